/**
 * Load failures and incomplete loads, per tab, in session storage (they must
 * outlive the worker, which Chrome stops while a page spins), plus the last
 * academy verdicts for the support report in local storage (they must outlive a
 * browser restart until the ticket is written). Hosts and ids only.
 */
import { createSlowLoads, slowFailure, type LoadEvent, applyLoadEvent, type PendingLoad, type SlowLoads } from '../diagnostics/load-timer';
import { parseRecentVerdicts, pushRecentVerdict, recentVerdictOf, type RecentVerdict } from '../diagnostics/report';
import type { LoadFailure } from '../model/facts';
import { keptPromise } from '../kept-promise';
import { writeIfChanged } from './write-if-changed';

interface Area {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const FAILURES = 'diag:failures';
const SLOW = 'diag:slowLoads';
const RECENT = 'diag:recent';

export function diagnosticsStore(session: Area, local: Area, thresholdMs: () => Promise<number>, lazyMs = 3_000) {
  let state: Promise<{ failures: Record<string, LoadFailure>; slow: SlowLoads }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () =>
    (state ??= Promise.all([session.get([FAILURES, SLOW]), thresholdMs()]).then(([got, ms]) => ({
      failures: (got[FAILURES] as Record<string, LoadFailure> | undefined) ?? {},
      slow: createSlowLoads(ms, got[SLOW]),
    })));
  const save = writeIfChanged(session);
  // Only the worker writes this list: read it once per worker life.
  const recent = keptPromise(async () => parseRecentVerdicts((await local.get(RECENT))[RECENT]));
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Runs one change at a time; writes back only when the state actually changed (navigation is a
   * hot path). A `lazy` change (a load starting or ending) is written `lazyMs` later, not while
   * the page loads: the worker lives at least 30 s after the event that woke it, and most loads
   * end long before, leaving nothing to write.
   */
  const serial = <T>(work: (s: Awaited<ReturnType<typeof load>>) => Promise<T> | T, lazy = false): Promise<T> => {
    const run = queue.then(async () => {
      const s = await load();
      const out = await work(s);
      if (lazy) flushTimer ??= setTimeout(() => void serial(() => undefined).catch(() => {}), lazyMs);
      else await writeBack(s);
      return out;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  async function writeBack(s: Awaited<ReturnType<typeof load>>): Promise<void> {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    await save({ [FAILURES]: s.failures, [SLOW]: s.slow.snapshot() });
  }

  return {
    /** A navigation started or ended; returns the load a stop ended. A new navigation clears the tab's old failure. */
    loadEvent: (e: LoadEvent | null): Promise<PendingLoad | undefined> =>
      serial((s) => {
        if (e?.kind === 'start') delete s.failures[e.tabId];
        const ended = applyLoadEvent(s.slow, e);
        if (ended && e?.kind === 'stop' && s.failures[e.tabId]?.kind === 'network-slow') delete s.failures[e.tabId];
        return ended;
      }, true),
    /** Records a failure unless the tab already has one for this navigation. */
    fail: (tabId: number, failure: LoadFailure, replace = true): Promise<boolean> =>
      serial((s) => {
        const had = s.failures[tabId];
        if (had && !replace && had.at >= failure.at - 60_000) return false;
        s.failures[tabId] = failure;
        return true;
      }),
    /**
     * Loads still incomplete past the threshold become `network-slow` failures; returns their tabs.
     * Navigations away to non-academy sites are not listened to, so each load is checked against the tab first.
     */
    dueSlowLoads: (now: number, stillLoading: (tabId: number, host: string) => Promise<boolean>): Promise<number[]> =>
      serial(async (s) => {
        const ms = await thresholdMs();
        const tabs: number[] = [];
        for (const load of s.slow.due(now)) {
          if (!(await stillLoading(load.tabId, load.host))) {
            s.slow.stop(load.tabId);
            continue;
          }
          s.failures[load.tabId] = slowFailure(load, ms);
          tabs.push(load.tabId);
        }
        return tabs;
      }),
    nextDueAt: (): Promise<number | null> => serial((s) => s.slow.nextDueAt()),
    /** Whether a load of the tab is being timed. */
    timing: (tabId: number): Promise<boolean> => serial((s) => s.slow.pending().some((l) => l.tabId === tabId)),
    failure: (tabId: number): Promise<LoadFailure | undefined> => serial((s) => s.failures[tabId]),
    forget: (tabId: number): Promise<void> =>
      serial((s) => {
        delete s.failures[tabId];
        s.slow.stop(tabId);
      }),
    recent(): Promise<RecentVerdict[]> {
      return recent.get();
    },
    async remember(host: string, verdict: string, at: number, failure?: LoadFailure): Promise<void> {
      const list = await this.recent();
      const next = pushRecentVerdict(list, recentVerdictOf(host, verdict, at, failure));
      // The same verdict again on the same host is not news: no write on every page view.
      if (next.length === list.length && next[0] === list[0]) return;
      recent.keep(next);
      await local.set({ [RECENT]: next });
    },
  };
}
export type DiagnosticsStore = ReturnType<typeof diagnosticsStore>;
