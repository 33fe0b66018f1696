/**
 * The "silent network": an academy page that never finishes loading (it half-loads
 * or spins) because a proxy or firewall holds the connection without an error.
 *
 * A pure state machine keyed by tab: a load starts on an academy main-frame
 * navigation, stops on completion or error, and `due(now)` lists the loads still
 * incomplete after the pack's threshold (20 s). Its snapshot is plain JSON, so the
 * background can keep it in `storage.session` and pick it up after the worker was
 * stopped (MV3): restore, then ask `due(Date.now())` and `nextDueAt()`.
 */
import type { LoadFailure } from '../model/facts';
import { DEFAULT_SLOW_LOAD_MS } from '../rules/diagnostics-schema';
import { isOutermost } from '../journey/events';
import { webHost } from '../match/normalize';

// The threshold is the pack's (read in rules/, where the verdict that tells it reads it too).
export { DEFAULT_SLOW_LOAD_MS, slowLoadMs } from '../rules/diagnostics-schema';

export interface PendingLoad {
  tabId: number;
  host: string;
  startedAt: number;
  /** Set once `due()` has returned it: a load is reported once. */
  reportedAt?: number;
}

/** What to store: `{ v: 1, loads: { "<tabId>": PendingLoad } }`. */
export interface SlowLoadsSnapshot {
  v: 1;
  loads: Record<string, PendingLoad>;
}

export interface SlowLoads {
  /** An academy main-frame navigation started (replaces any load of the tab). */
  start(tabId: number, host: string, at: number): void;
  /** The tab's load completed, failed, or the tab navigated away: returns what was pending (to clear a reported slow load). */
  stop(tabId: number): PendingLoad | undefined;
  /** Loads still incomplete `thresholdMs` after they started, not reported before; marks them reported. */
  due(now: number): PendingLoad[];
  /** When the next unreported load becomes due (for a timer or an alarm), or null. */
  nextDueAt(): number | null;
  pending(): PendingLoad[];
  snapshot(): SlowLoadsSnapshot;
  readonly thresholdMs: number;
}

const isLoad = (v: unknown): v is PendingLoad => {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    Number.isSafeInteger(l.tabId) &&
    (l.tabId as number) >= 0 &&
    typeof l.host === 'string' &&
    l.host.length > 0 &&
    Number.isFinite(l.startedAt) &&
    (l.reportedAt === undefined || Number.isFinite(l.reportedAt))
  );
};

/** Reads a stored snapshot, dropping anything malformed (storage survives extension updates). */
export function parseSlowLoadsSnapshot(value: unknown): SlowLoadsSnapshot {
  const out: SlowLoadsSnapshot = { v: 1, loads: {} };
  if (typeof value !== 'object' || value === null) return out;
  const s = value as { v?: unknown; loads?: unknown };
  if (s.v !== 1 || typeof s.loads !== 'object' || s.loads === null) return out;
  for (const [key, load] of Object.entries(s.loads as Record<string, unknown>)) {
    if (isLoad(load) && String(load.tabId) === key) out.loads[key] = { ...load };
  }
  return out;
}

export function createSlowLoads(thresholdMs: number = DEFAULT_SLOW_LOAD_MS, snapshot?: unknown): SlowLoads {
  const loads = new Map<number, PendingLoad>();
  for (const l of Object.values(parseSlowLoadsSnapshot(snapshot).loads)) loads.set(l.tabId, l);

  return {
    thresholdMs,
    start(tabId, host, at) {
      loads.set(tabId, { tabId, host, startedAt: at });
    },
    stop(tabId) {
      const l = loads.get(tabId);
      loads.delete(tabId);
      return l;
    },
    due(now) {
      const out: PendingLoad[] = [];
      for (const l of loads.values()) {
        if (l.reportedAt === undefined && now - l.startedAt >= thresholdMs) {
          l.reportedAt = now;
          out.push({ ...l });
        }
      }
      return out;
    },
    nextDueAt() {
      let next: number | null = null;
      for (const l of loads.values()) {
        if (l.reportedAt !== undefined) continue;
        const at = l.startedAt + thresholdMs;
        if (next === null || at < next) next = at;
      }
      return next;
    },
    pending: () => [...loads.values()].map((l) => ({ ...l })),
    snapshot() {
      const out: SlowLoadsSnapshot = { v: 1, loads: {} };
      for (const l of loads.values()) out.loads[String(l.tabId)] = { ...l };
      return out;
    },
  };
}

/** The failure a due load becomes (its code says how long it had been loading). */
export const slowFailure = (load: PendingLoad, thresholdMs: number): LoadFailure => ({
  kind: 'network-slow',
  code: `LOAD_INCOMPLETE_${Math.round(thresholdMs / 1000)}S`,
  host: load.host,
  at: load.startedAt + thresholdMs,
});

// ---------------------------------------------------------------------------
// webNavigation details → start/stop (pure, like src/journey/events.ts)
// ---------------------------------------------------------------------------

export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp: number;
  frameType?: string;
  documentLifecycle?: string;
}

export type LoadEvent =
  | { kind: 'start'; tabId: number; host: string; at: number }
  | { kind: 'stop'; tabId: number; at: number };

/**
 * `webNavigation.onBeforeNavigate`: a main-frame navigation to an academy host starts a
 * load; one to anywhere else ends whatever the tab was loading.
 */
export function beforeNavigateEvent(d: NavigationDetails, isAcademyHost: (host: string) => boolean): LoadEvent | null {
  if (!isOutermost(d)) return null;
  const host = webHost(d.url);
  return host && isAcademyHost(host) ? { kind: 'start', tabId: d.tabId, host, at: d.timeStamp } : { kind: 'stop', tabId: d.tabId, at: d.timeStamp };
}

/** `webNavigation.onCompleted` and `onErrorOccurred`: the main frame's load is over. */
export function loadEndedEvent(d: NavigationDetails): LoadEvent | null {
  return isOutermost(d) ? { kind: 'stop', tabId: d.tabId, at: d.timeStamp } : null;
}

/** Applies an event; returns the load a `stop` ended (to clear its slow failure if it had been reported). */
export function applyLoadEvent(loads: SlowLoads, e: LoadEvent | null): PendingLoad | undefined {
  if (!e) return undefined;
  if (e.kind === 'start') {
    const previous = loads.stop(e.tabId);
    loads.start(e.tabId, e.host, e.at);
    return previous;
  }
  return loads.stop(e.tabId);
}
