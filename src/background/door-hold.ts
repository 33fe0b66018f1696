/**
 * Firefox: the doors' page requests, held for the background while it starts.
 *
 * While Firefox starts, the one listener it keeps for an event page is a blocking `webRequest`
 * one (webNavigation's and non-blocking ones are not primed before its start-up ends), and the
 * browser's first page may be a door (a home page set to the webmail, a restored session) whose
 * load never ends: it must still be timed (network-slow). A blocking listener holds the request
 * until it answers, and a stopped event page answers once its script has run. So the listener
 * lives in a first background script of a few bytes (build/door-hold.ts writes it), which answers
 * at once and leaves each request here; the bundle takes them when it has started. Measured, cold
 * Firefox, the webmail's login page: 71 ms held by the few-byte script, 124–134 ms by the bundle,
 * 51 ms without any hold (docs/performance.md).
 */
import type { RequestDetails } from '../journey/events';

/** Where the first script leaves the requests: a property of the event page's global object. */
export const DOOR_HOLD_GLOBAL = '__aiguilleurDoorRequests';

export interface DoorHold {
  /** The requests heard before the bundle started. */
  held: RequestDetails[];
  /** Set by the bundle: each request from then on goes straight there. */
  tell: ((d: RequestDetails) => void) | null;
}

/** The bundle takes the requests held so far, and the ones to come. Nothing when the script is not there (Chromium, unit tests). */
export function takeDoorRequests(scope: Record<string, unknown>, tell: (d: RequestDetails) => void): void {
  const hold = scope[DOOR_HOLD_GLOBAL] as DoorHold | undefined;
  if (!hold) return;
  hold.tell = tell;
  for (const d of hold.held.splice(0)) tell(d);
}
