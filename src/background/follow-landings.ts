/**
 * A journey goes where the filtered listeners do not hear (academy pages' commits, other sites).
 * Hearing every tab's loads would cost every site's pages a trip to the worker: these two
 * unfiltered listeners are kept only while a journey runs, and removed when none does.
 *
 * Chromium keeps a listener added after start-up as one that wakes the worker, until it is
 * removed; a worker stopped while a journey ran would then be woken by every site's loads, and
 * the woken worker, not yet listening, would lose the event (measured, Chromium 156). So there
 * (`atStart`) the two are added at once when the worker starts (the event that woke it is heard),
 * and removed as soon as the worker knows no journey runs: that removal is what ends the
 * browser's registration. Firefox does the opposite: a listener added while its event page starts
 * is kept as one that wakes it (primed), one added later is not; there they are added only once
 * a journey runs.
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
  /** Firefox, whose filtered listener hears only the doors' load ends: a journey's landing on another academy page. */
  completed?: Event<(d: CommittedDetails) => void>;
}

export interface LandingSink {
  loadedOutside(tabId: number): void;
  committedOutside(d: CommittedDetails, heardAnyway: (host: string) => boolean): void;
  completedOutside(d: CommittedDetails, heardAnyway: (host: string) => boolean): void;
}

/** Listens at once; returns the switch: `follow(true)` while a journey runs in some tab, `follow(false)` after. */
export function followLandings(events: LandingEvents, sink: LandingSink, heardAnyway: (host: string) => boolean, atStart = true) {
  const loaded: TabUpdated = (tabId, change) => {
    if (change.status === 'complete') sink.loadedOutside(tabId);
  };
  // Where it goes outside, only webNavigation says (no redirect events in Chromium, and no host
  // access there): commits elsewhere, not already heard by the filtered listener.
  const committed = (d: CommittedDetails) => sink.committedOutside(d, heardAnyway);
  const completed = (d: CommittedDetails) => sink.completedOutside(d, heardAnyway);
  const add = () => {
    events.tabUpdated.addListener(loaded);
    events.committed.addListener(committed);
    events.completed?.addListener(completed);
  };
  if (atStart) add();
  return (running: boolean): void => {
    if (running === events.tabUpdated.hasListener(loaded)) return;
    if (running) add();
    else {
      events.tabUpdated.removeListener(loaded);
      events.committed.removeListener(committed);
      events.completed?.removeListener(completed);
    }
  };
}
