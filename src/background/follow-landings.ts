/**
 * A journey that leaves the academy lands where the filtered listeners do not hear. Hearing every
 * tab's loads would cost every site's pages a trip to the worker: these two unfiltered listeners
 * are added only while a journey runs, and removed when none does.
 */
import type { CommittedDetails } from '../journey/events';

interface Event<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

type TabUpdated = (tabId: number, change: { status?: string }) => void;

export interface LandingEvents {
  tabUpdated: Event<TabUpdated>;
  committed: Event<(d: CommittedDetails) => void>;
}

export interface LandingSink {
  loadedOutside(tabId: number): void;
  committedOutside(d: CommittedDetails, heardAnyway: (host: string) => boolean): void;
}

/** Returns the switch: `follow(true)` while a journey runs in some tab, `follow(false)` after. */
export function followLandings(events: LandingEvents, sink: LandingSink, heardAnyway: (host: string) => boolean) {
  const loaded: TabUpdated = (tabId, change) => {
    if (change.status === 'complete') sink.loadedOutside(tabId);
  };
  // Where it goes outside, only webNavigation says (no redirect events in Chromium, and no host
  // access there): commits elsewhere, not already heard by the filtered listener.
  const committed = (d: CommittedDetails) => sink.committedOutside(d, heardAnyway);
  return (running: boolean): void => {
    if (running === events.tabUpdated.hasListener(loaded)) return;
    if (running) {
      events.tabUpdated.addListener(loaded);
      events.committed.addListener(committed);
    } else {
      events.tabUpdated.removeListener(loaded);
      events.committed.removeListener(committed);
    }
  };
}
