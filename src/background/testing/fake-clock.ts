/** A clock for unit tests: time moves only when the test says, and due timers run in order. */
import type { Clock } from '../platform';

export interface FakeClock extends Clock {
  /** Moves time forward, running each timer due on the way (and those they set), then lets promises settle. */
  advance(ms: number): Promise<void>;
  /** Timers set and not yet run or cleared. */
  pending(): number;
}

export function fakeClock(start = Date.parse('2026-11-24T08:00:00Z')): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await new Promise((r) => setImmediate(r));
  };
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        await settle(); // work already under way may set a timer first
        const due = [...timers].filter(([, t]) => t.at <= end).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = end;
      await settle();
    },
    pending: () => timers.size,
  };
}
