/**
 * The journey tracker as the worker sees it: loaded from session storage on
 * first use after each wake-up, every event applied in arrival order (one at a
 * time, so two quick events never overwrite each other), and written back.
 */
import { JourneyTracker, type Journey, type JourneyEvent, type TrackerSnapshot } from '../journey/tracker';
import { writeIfChanged } from './write-if-changed';

interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'journeys';

export function journeyStore(area: SessionArea) {
  let tracker: Promise<JourneyTracker> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  // Most navigation events change nothing worth a write (navigation is a hot path).
  const save = writeIfChanged(area);
  const load = () => (tracker ??= area.get(KEY).then((got) => new JourneyTracker(got[KEY] as TrackerSnapshot | undefined)));

  const serial = <T>(work: (t: JourneyTracker) => Promise<T> | T): Promise<T> => {
    const run = queue.then(async () => work(await load()));
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    /** Applies an event; resolves to the journey when it just landed. */
    apply: (event: JourneyEvent): Promise<Journey | null> =>
      serial(async (t) => {
        t.expire(event.at);
        const landed = t.apply(event);
        // A navigation's start outside a journey matters only until its commit, a moment later:
        // kept in memory, not written while the page loads (the commit writes if anything changed).
        if (event.kind !== 'start' || t.journey(event.tabId)?.phase === 'running') await save({ [KEY]: t.snapshot() });
        return landed;
      }),
    journey: (tabId: number): Promise<Journey | undefined> => serial((t) => t.journey(tabId)),
    /** The hosts that led to the tab's page (its journey, or its redirect chain). */
    cameFrom: (tabId: number): Promise<readonly string[]> => serial((t) => t.cameFrom(tabId)),
    /** Whether a journey runs in some tab (then landings outside the academy are listened for). */
    anyRunning: (): Promise<boolean> => serial((t) => t.anyRunning()),
  };
}
export type JourneyStore = ReturnType<typeof journeyStore>;
