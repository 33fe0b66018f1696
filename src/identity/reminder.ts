/**
 * When to remind a new user to complete their first login, before the temporary
 * password is likely to expire. The delay is not published ("after some weeks"):
 * the thresholds come from the pack (`support.tempPassword`, confidence guess),
 * never from code.
 *
 * Dates are calendar days in the user's time zone: the user records the day they
 * received the password (`YYYY-MM-DD`), and "day 14" starts at local midnight.
 */
import type { Lang } from '../i18n/lang';
import { t } from '../strings';

export interface ReminderThresholds {
  /** From this many days after receipt: "soon". */
  remindFromDays: number;
  /** From this many days after receipt: "urgent". */
  urgentFromDays: number;
}

export type ReminderState = 'none' | 'soon' | 'urgent';

export interface ReminderSchedule {
  state: ReminderState;
  /** Complete the first login before this day (receipt + urgentFromDays), local midnight. */
  dueDate: Date;
  /** The day the reminder starts (receipt + remindFromDays), local midnight. */
  remindOn: Date;
  /** Whole days since receipt (negative for a date in the future). */
  daysSince: number;
}

/** The storage.local key of the receipt day (`YYYY-MM-DD`, nothing else). */
export const RECEIVED_ON_KEY = 'tempPasswordReceivedOn';

const DAY_MS = 86_400_000;

/** A day number that ignores the hour and daylight-saving shifts. */
const dayNumber = (d: Date): number => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);

const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** `YYYY-MM-DD` → that day at local midnight; null unless it is a real calendar day. */
export function parseDay(text: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** A date's local calendar day as `YYYY-MM-DD`. */
export function formatDay(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function reminderSchedule(receivedOn: Date, now: Date, thresholds: ReminderThresholds): ReminderSchedule {
  const remindOn = addDays(receivedOn, thresholds.remindFromDays);
  const dueDate = addDays(receivedOn, thresholds.urgentFromDays);
  const daysSince = dayNumber(now) - dayNumber(receivedOn);
  if (Number.isNaN(daysSince)) return { state: 'none', dueDate, remindOn, daysSince: 0 };
  const state: ReminderState =
    daysSince >= thresholds.urgentFromDays ? 'urgent' : daysSince >= thresholds.remindFromDays ? 'soon' : 'none';
  return { state, dueDate, remindOn, daysSince };
}

/** A day as people write it: "12 mars 2026", "12 March 2026". */
export const formatLongDay = (d: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(d);

/** The popup / badge-title line; null when there is nothing to remind. */
export function reminderLine(schedule: ReminderSchedule, lang: Lang): string | null {
  switch (schedule.state) {
    case 'soon':
      return t(lang, 'account_reminder_soon', formatLongDay(schedule.dueDate, lang));
    case 'urgent':
      return t(lang, 'account_reminder_urgent', schedule.daysSince);
    default:
      return null;
  }
}

/** A suggestion for the toolbar badge: '' (nothing), '1' (a reminder), '!' (urgent). */
export const reminderBadgeText = (schedule: ReminderSchedule): string =>
  schedule.state === 'urgent' ? '!' : schedule.state === 'soon' ? '1' : '';
