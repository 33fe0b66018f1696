/**
 * One run at a time per key, and never a stale last word: a call made while a run is going
 * asks for one more run after it, and every caller waits for the run that saw its request.
 * Badge refreshes need this: two refreshes of one tab read state at different moments, and
 * the slower one (older state) would otherwise write last.
 */
export function coalescePerKey<K>(work: (key: K) => Promise<void>): (key: K) => Promise<void> {
  const runs = new Map<K, { again: boolean; done: Promise<void> }>();
  return (key) => {
    const running = runs.get(key);
    if (running) {
      running.again = true;
      return running.done;
    }
    const run = { again: false, done: Promise.resolve() };
    run.done = (async () => {
      try {
        do {
          run.again = false;
          await work(key);
        } while (run.again);
      } finally {
        runs.delete(key);
      }
    })();
    runs.set(key, run);
    return run.done;
  };
}
