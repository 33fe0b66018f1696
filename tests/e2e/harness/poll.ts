/**
 * Waiting for an observable state (a badge text, a banner, a popup's verdict, a storage value):
 * ask again until it holds or a deadline passes. No test sleeps for a state it can observe.
 */

export interface PollOptions {
  /** Deadline in ms from the first probe (default 10 s). */
  timeout?: number;
  /** Pause between two probes in ms (default 100). */
  interval?: number;
}

/**
 * Probes until `done(value)` or the deadline, and returns the last value seen either way, so the
 * caller's `expect` shows what was there instead of a bare timeout. The probe runs at least once.
 */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, { timeout = 10_000, interval = 100 }: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, interval));
    value = await probe();
  }
  return value;
}

/** Like `eventually`, but throws when the deadline passes, naming `what` was awaited and the last value seen. */
export async function waitUntil<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, options: PollOptions = {}): Promise<T> {
  const started = Date.now();
  const value = await eventually(probe, done, options);
  if (!done(value)) throw new Error(`${what}: not so after ${Date.now() - started} ms (last seen: ${JSON.stringify(value)})`);
  return value;
}
