/** The first-login reminder as the popup and the badge show it, from the user's recorded day and the pack's delays. */
import { parseDay, reminderBadgeText, reminderLine, reminderSchedule, type ReminderState } from '../identity/reminder';
import type { Lang } from '../i18n/lang';
import type { Pack } from '../rules/schema';

export interface ReminderView {
  state: Exclude<ReminderState, 'none'>;
  line: string;
  badge: string;
}

export function reminderView(pack: Pack, receivedOn: string | undefined, now: Date, lang: Lang): ReminderView | null {
  const day = parseDay(receivedOn);
  const thresholds = pack.support?.tempPassword.value;
  if (!day || !thresholds) return null;
  const schedule = reminderSchedule(day, now, thresholds);
  const line = reminderLine(schedule, lang);
  return schedule.state === 'none' || line === null ? null : { state: schedule.state, line, badge: reminderBadgeText(schedule) };
}
