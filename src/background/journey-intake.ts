/**
 * Login-journey events into the tracker; when a journey lands, the tab's badge and banner are
 * brought up to date. Subscribers hear whether a journey runs in some tab after each event (the
 * listeners then hear loads outside the academy: `follow-landings.ts`).
 */
import type { JourneyEvent } from '../journey/tracker';
import { isUnderAny } from '../match/normalize';
import { featureEnabled } from '../policy/layers';
import type { InstitutionState } from '../policy/runtime';
import type { JourneyStore } from './journey-store';
import type { Clock } from './platform';
import type { TabStore } from './tab-store';

/** A second call to the landing page's content script, for one that was not listening yet. */
export const LATE_REFRESH_MS = 1_000;

export interface JourneyIntakeDeps {
  config(): Promise<InstitutionState>;
  journeys: JourneyStore;
  tabs: TabStore;
  refreshBadge(tabId: number): Promise<void>;
  /** Asks the tab's content script to report its page again. */
  refreshTab(tabId: number): Promise<void>;
  clock: Clock;
}

export function journeyIntake(deps: JourneyIntakeDeps) {
  const listeners = new Set<(running: boolean) => void>();

  async function apply(event: JourneyEvent): Promise<void> {
    if (event.kind === 'tab-removed') {
      await Promise.all([deps.journeys.apply(event), deps.tabs.drop(event.tabId)]);
      return;
    }
    const cfg = await deps.config();
    if (!featureEnabled(cfg, 'journeys')) return;
    // The landing page is kept as redacted as the tab's page report is (no user name from the path).
    if (event.kind === 'complete' && event.page !== null) event = { ...event, page: cfg.matcher.redact(event.page) };
    if (!(await deps.journeys.apply(event))) return;
    await deps.refreshBadge(event.tabId);
    const refresh = () => void deps.refreshTab(event.tabId).catch(() => {});
    refresh();
    // The landing page's content script may not listen yet when the load completes: ask once more.
    deps.clock.setTimeout(refresh, LATE_REFRESH_MS);
  }

  async function onEvent(event: JourneyEvent | null): Promise<void> {
    if (!event) return;
    await apply(event);
    if (listeners.size === 0) return;
    const running = await deps.journeys.anyRunning();
    for (const l of listeners) l(running);
  }

  return {
    onEvent,
    /**
     * A tab finished loading a page outside the academy while a journey runs in it: the journey
     * left the academy and landed there (the browser hides that page's URL from us).
     */
    async onLoadedOutside(tabId: number): Promise<void> {
      const [j, { pack }] = await Promise.all([deps.journeys.journey(tabId), deps.config()]);
      const last = j?.phase === 'running' ? j.hosts[j.hosts.length - 1] : undefined;
      if (last && !isUnderAny(last, pack.academy.domains)) await onEvent({ kind: 'complete', tabId, host: null, page: null, at: deps.clock.now() });
    },
    /** Hears whether a journey runs, now (a worker restarted mid-journey) and after each event. */
    followRunning(listener: (running: boolean) => void): void {
      listeners.add(listener);
      void deps.journeys.anyRunning().then(listener);
    },
  };
}
export type JourneyIntake = ReturnType<typeof journeyIntake>;
