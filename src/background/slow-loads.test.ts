import { describe, expect, it } from 'vitest';
import { ALARM_MIN_DELAY_MS, ALARM_SYNC_DELAY_MS, SLOW_ALARM, slowLoadWatch, stillLoadingHost, type SlowLoadSource } from './slow-loads';
import { fakeClock } from './testing/fake-clock';
import type { TabInfo } from './platform';

/** Loads due at given times, as the diagnostics store keeps them. */
function loads(clock: ReturnType<typeof fakeClock>, due: Map<number, { host: string; at: number }>): SlowLoadSource {
  return {
    async dueSlowLoads(now, stillLoading) {
      const out: number[] = [];
      for (const [tabId, l] of [...due]) {
        if (l.at > now) continue;
        due.delete(tabId);
        if (await stillLoading(tabId, l.host)) out.push(tabId);
      }
      return out;
    },
    nextDueAt: async () => (due.size ? Math.min(...[...due.values()].map((l) => l.at)) : null),
  };
}

function setup(tabs: Record<number, TabInfo> = {}) {
  const clock = fakeClock(0);
  const due = new Map<number, { host: string; at: number }>();
  const alarms = new Map<string, number>();
  const slow: number[] = [];
  const watch = slowLoadWatch({
    loads: loads(clock, due),
    tab: async (id) => tabs[id],
    alarms: { create: (n, when) => void alarms.set(n, when), clear: (n) => void alarms.delete(n) },
    clock,
    slow: async (id) => void slow.push(id),
  });
  return { clock, due, alarms, slow, watch };
}

describe('slow loads', () => {
  it('a load still going at its deadline is told slow on time, by the timer', async () => {
    const s = setup({ 7: { status: 'loading', url: 'https://webmail.ac-lyon.fr/' } });
    s.due.set(7, { host: 'webmail.ac-lyon.fr', at: 20_000 });
    await s.watch.check();
    await s.clock.advance(19_990);
    expect(s.slow).toEqual([]);
    await s.clock.advance(100);
    expect(s.slow).toEqual([7]);
  });

  it('a load that ended before its deadline costs no alarm: the alarm is set only a few seconds after a check', async () => {
    const s = setup();
    s.due.set(7, { host: 'webmail.ac-lyon.fr', at: 20_000 });
    await s.watch.check();
    s.due.delete(7); // the page loaded
    await s.clock.advance(ALARM_SYNC_DELAY_MS + 10);
    expect(s.alarms.size).toBe(0);
  });

  it('a load still pending after the sync delay sets the alarm, never sooner than a stopped worker can be woken', async () => {
    const s = setup();
    s.due.set(7, { host: 'webmail.ac-lyon.fr', at: 20_000 });
    await s.watch.check();
    await s.clock.advance(ALARM_SYNC_DELAY_MS);
    expect(s.alarms.get(SLOW_ALARM)).toBe(ALARM_SYNC_DELAY_MS + ALARM_MIN_DELAY_MS);
  });

  it('the alarm wakes a worker that was stopped meanwhile: it checks, and clears the alarm when nothing is pending', async () => {
    const s = setup({ 7: { status: 'loading', url: 'https://webmail.ac-lyon.fr/' } });
    s.due.set(7, { host: 'webmail.ac-lyon.fr', at: 20_000 });
    s.alarms.set(SLOW_ALARM, 33_000);
    await s.clock.advance(33_000); // no check ran in this (new) worker: its timers were lost
    s.watch.onAlarm('something-else');
    await s.clock.advance(0);
    expect(s.slow).toEqual([]);
    s.watch.onAlarm(SLOW_ALARM);
    await s.clock.advance(ALARM_SYNC_DELAY_MS);
    expect(s.slow).toEqual([7]);
    expect(s.alarms.has(SLOW_ALARM)).toBe(false);
  });

  it('a tab that went to another page, or finished, is not slow', () => {
    expect(stillLoadingHost({ status: 'loading', url: 'https://webmail.ac-lyon.fr/' }, 'webmail.ac-lyon.fr')).toBe(true);
    expect(stillLoadingHost({ status: 'loading', url: 'https://webmail.ac-lyon.fr/', pendingUrl: 'https://example.org/' }, 'webmail.ac-lyon.fr')).toBe(false);
    expect(stillLoadingHost({ status: 'complete', url: 'https://webmail.ac-lyon.fr/' }, 'webmail.ac-lyon.fr')).toBe(false);
    expect(stillLoadingHost(undefined, 'webmail.ac-lyon.fr')).toBe(false);
  });

  it("Firefox, which shows the previous page's URL until the new one commits: a loading tab is still its load (a load left for another ends with an error)", () => {
    const typedOverDrane = { status: 'loading', url: 'https://drane.ac-lyon.fr/spip/' };
    expect(stillLoadingHost(typedOverDrane, 'webmail.ac-lyon.fr', 'firefox')).toBe(true);
    expect(stillLoadingHost(typedOverDrane, 'webmail.ac-lyon.fr', 'chromium')).toBe(false);
    expect(stillLoadingHost({ status: 'complete' }, 'webmail.ac-lyon.fr', 'firefox')).toBe(false);
  });
});
