import { describe, expect, it } from 'vitest';
import { coalescePerKey } from './coalesce';

/** A shared value, and a refresh that reads it, waits (slow storage), then writes what it read. */
function scene() {
  let state = 'portal';
  const shown = new Map<number, string>();
  const gates: (() => void)[] = [];
  let reads = 0;
  const refresh = coalescePerKey<number>(async (tab) => {
    const seen = state;
    reads++;
    await new Promise<void>((r) => gates.push(r));
    shown.set(tab, seen);
  });
  // The most recent wait ends first: the older refresh is the slow one.
  const openGates = async () => {
    while (gates.length) {
      gates.pop()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { refresh, shown, openGates, set: (s: string) => (state = s), reads: () => reads };
}

describe('coalescePerKey', () => {
  it('a refresh asked while an older one is still writing ends with the newer state, not the older one', async () => {
    const s = scene();
    const first = s.refresh(3); // reads "portal", then waits on storage
    s.set('login-without-inbox'); // the journey lands meanwhile
    const second = s.refresh(3);
    await s.openGates();
    await Promise.all([first, second]);
    expect(s.shown.get(3)).toBe('login-without-inbox');
  });

  it('many requests during one run make one more run, not one each', async () => {
    const s = scene();
    const all = [s.refresh(1), s.refresh(1), s.refresh(1), s.refresh(1)];
    await s.openGates();
    await Promise.all(all);
    expect(s.reads()).toBe(2);
  });

  it('keys do not wait for one another', async () => {
    const s = scene();
    const a = s.refresh(1);
    const b = s.refresh(2);
    expect(s.reads()).toBe(2);
    await s.openGates();
    await Promise.all([a, b]);
    expect([...s.shown.keys()].sort()).toEqual([1, 2]);
  });

  it('a failed run is reported to its callers and does not block the next one', async () => {
    let fail = true;
    const refresh = coalescePerKey<number>(async () => {
      if (fail) throw new Error('storage gone');
    });
    await expect(refresh(1)).rejects.toThrow('storage gone');
    fail = false;
    await expect(refresh(1)).resolves.toBeUndefined();
  });
});
