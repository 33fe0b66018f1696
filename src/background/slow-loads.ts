/**
 * When to look for academy loads that never end. The timer is the precise path; the alarm wakes
 * a worker that was stopped meanwhile (Chrome: 30 s after its last event at the soonest). So the
 * alarm can wait a few seconds, and a load that ends by then (most do) never costs one: nothing is
 * asked of the browser while pages load.
 */
import { webHost } from '../match/normalize';
import type { Clock, Platform, TabInfo } from './platform';

export const SLOW_ALARM = 'aiguilleur-slow-loads';
/** How long the alarm waits after a check before it is brought in line with the loads pending. */
export const ALARM_SYNC_DELAY_MS = 3_000;
/** The soonest a stopped worker is woken: it cannot have been stopped earlier. */
export const ALARM_MIN_DELAY_MS = 30_000;
/** A timer fires this late, so the load is due when it is checked. */
const TIMER_SLACK_MS = 50;

export interface SlowLoadSource {
  /** The tabs whose loads are due and still loading (each marked slow by this call). */
  dueSlowLoads(now: number, stillLoading: (tabId: number, host: string) => Promise<boolean>): Promise<number[]>;
  nextDueAt(): Promise<number | null>;
}

export interface SlowLoadDeps {
  loads: SlowLoadSource;
  tab(tabId: number): Promise<TabInfo | undefined>;
  alarms: Platform['alarms'];
  clock: Clock;
  browser?: 'chromium' | 'firefox';
  /** A tab's load turned slow: its badge and popup say so. */
  slow(tabId: number): Promise<void>;
}

/**
 * Whether the tab still loads a page of `host` (not another page the user went to meanwhile).
 * Chromium shows a loading tab's destination (`pendingUrl`). Firefox shows the previous page's
 * URL until the new one commits (none at all for a page outside the academy): there the load
 * is known still pending by its own events, since a load left for another ends with an error
 * (`NS_BINDING_ABORTED`, heard on every academy URL), and the tab must merely still be loading.
 */
/** The URL a tab is loading, as far as the browser shows it (Chromium's destination while pending). */
export const loadingUrl = (tab: TabInfo): string | undefined => tab.pendingUrl ?? tab.url;

export const stillLoadingHost = (tab: TabInfo | undefined, host: string, browser: 'chromium' | 'firefox' = 'chromium'): boolean => {
  if (tab?.status !== 'loading') return false;
  if (browser === 'firefox') return true;
  const shown = loadingUrl(tab);
  return !!shown && webHost(shown) === host;
};

export function slowLoadWatch(deps: SlowLoadDeps) {
  const { clock } = deps;
  let timer: unknown;
  let syncTimer: unknown;
  let scheduledFor: number | null | undefined; // what the alarm is set for, in this worker's life

  async function syncAlarm(): Promise<void> {
    syncTimer = undefined;
    const next = await deps.loads.nextDueAt();
    if (next === scheduledFor) return;
    scheduledFor = next;
    if (next === null) await deps.alarms.clear(SLOW_ALARM);
    else await deps.alarms.create(SLOW_ALARM, Math.max(next, clock.now() + ALARM_MIN_DELAY_MS));
  }

  async function check(): Promise<void> {
    const due = await deps.loads.dueSlowLoads(clock.now(), async (tabId, host) => stillLoadingHost(await deps.tab(tabId), host, deps.browser));
    for (const tabId of due) await deps.slow(tabId);
    const next = await deps.loads.nextDueAt();
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = next === null ? undefined : clock.setTimeout(() => void check(), Math.max(0, next - clock.now()) + TIMER_SLACK_MS);
    syncTimer ??= clock.setTimeout(() => void syncAlarm(), ALARM_SYNC_DELAY_MS);
  }

  return {
    /** Looks now, and sets the timer and (soon) the alarm for the next load due. */
    check,
    onAlarm(name: string): void {
      if (name === SLOW_ALARM) void check();
    },
  };
}
