import { afterEach, describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { formatDay, parseDay, reminderBadgeText, reminderLine, reminderSchedule, type ReminderState } from './reminder';

const T = { remindFromDays: 14, urgentFromDays: 28 };
/** Local calendar days, as the page records them. */
const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const received = day(2026, 9, 1);

describe('reminderSchedule', () => {
  it.each<[string, Date, ReminderState, number]>([
    ['the same day', day(2026, 9, 1, 18), 'none', 0],
    ['the next day', day(2026, 9, 2), 'none', 1],
    ['day 13, late evening', day(2026, 9, 14, 23, 59), 'none', 13],
    ['day 14, just after midnight', day(2026, 9, 15, 0, 1), 'soon', 14],
    ['day 20', day(2026, 9, 21, 12), 'soon', 20],
    ['day 27, late evening', day(2026, 9, 28, 23, 59), 'soon', 27],
    ['day 28', day(2026, 9, 29), 'urgent', 28],
    ['months later', day(2027, 1, 10), 'urgent', 131],
    ['a date in the future', day(2026, 8, 25), 'none', -7],
  ])('%s', (_label, now, state, daysSince) => {
    const s = reminderSchedule(received, now, T);
    expect(s.state).toBe(state);
    expect(s.daysSince).toBe(daysSince);
    expect(formatDay(s.remindOn)).toBe('2026-09-15');
    expect(formatDay(s.dueDate)).toBe('2026-09-29');
  });

  it('ignores the hour of receipt', () => {
    expect(reminderSchedule(day(2026, 9, 1, 23, 30), day(2026, 9, 15, 0, 10), T).state).toBe('soon');
  });

  it('crosses month and year ends', () => {
    const s = reminderSchedule(day(2026, 12, 20), day(2027, 1, 3), T);
    expect([s.state, formatDay(s.remindOn), formatDay(s.dueDate)]).toEqual(['soon', '2027-01-03', '2027-01-17']);
    const leap = reminderSchedule(day(2028, 2, 15), day(2028, 2, 29), T);
    expect([leap.state, formatDay(leap.remindOn)]).toEqual(['soon', '2028-02-29']);
  });

  describe('across a daylight-saving change (Europe/Paris)', () => {
    const tz = process.env.TZ;
    afterEach(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    it('counts calendar days, not 24-hour periods', () => {
      process.env.TZ = 'Europe/Paris';
      // Clocks go back on 25 October 2026: that day has 25 hours.
      const s = reminderSchedule(day(2026, 10, 11), day(2026, 10, 25, 0, 30), T);
      expect([s.state, s.daysSince]).toEqual(['soon', 14]);
      const u = reminderSchedule(day(2026, 10, 11), day(2026, 11, 8, 0, 0), T);
      expect([u.state, u.daysSince, formatDay(u.dueDate)]).toEqual(['urgent', 28, '2026-11-08']);
    });
  });

  it('takes its thresholds from the caller (the pack), not from code', () => {
    expect(reminderSchedule(received, day(2026, 9, 4), { remindFromDays: 3, urgentFromDays: 5 }).state).toBe('soon');
    expect(reminderSchedule(received, day(2026, 9, 6), { remindFromDays: 3, urgentFromDays: 5 }).state).toBe('urgent');
  });

  it('says nothing for an invalid date', () => {
    expect(reminderSchedule(new Date(Number.NaN), day(2026, 9, 1), T).state).toBe('none');
  });

  it('the bundled pack holds the thresholds, labelled as a guess', () => {
    const temp = bundledPack.support?.tempPassword;
    expect(temp).toMatchObject({ value: { remindFromDays: 14, urgentFromDays: 28 }, confidence: 'guess' });
  });
});

describe('parseDay / formatDay', () => {
  it.each([
    ['2026-09-01', '2026-09-01'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-9-1', null],
    ['01/09/2026', null],
    ['0002-01-01', null],
    ['', null],
  ])('%s', (text, back) => {
    const d = parseDay(text);
    expect(d ? formatDay(d) : null).toBe(back);
  });

  it('refuses what is not a string', () => {
    for (const v of [undefined, null, 20260901, { day: '2026-09-01' }]) expect(parseDay(v)).toBeNull();
  });
});

describe('reminderLine and badge', () => {
  const at = (now: Date) => reminderSchedule(received, now, T);

  it('is silent before the reminder day', () => {
    expect(reminderLine(at(day(2026, 9, 5)), 'fr')).toBeNull();
    expect(reminderBadgeText(at(day(2026, 9, 5)))).toBe('');
  });

  it('names the day to complete the first login by, in both languages', () => {
    expect(reminderLine(at(day(2026, 9, 16)), 'fr')).toBe(
      'Pensez à faire votre première connexion avant le 29 septembre 2026\u00a0: votre mot de passe provisoire risque d’expirer.',
    );
    expect(reminderLine(at(day(2026, 9, 16)), 'en')).toBe('Complete your first login before 29 September 2026: your temporary password may expire.');
    expect(reminderBadgeText(at(day(2026, 9, 16)))).toBe('1');
  });

  it('becomes urgent, with the number of days', () => {
    expect(reminderLine(at(day(2026, 10, 1)), 'fr')).toContain('il y a 30 jours');
    expect(reminderLine(at(day(2026, 10, 1)), 'en')).toContain('30 days ago');
    expect(reminderBadgeText(at(day(2026, 10, 1)))).toBe('!');
  });
});
