import { describe, expect, it } from 'vitest';
import { writeIfChanged } from './write-if-changed';

describe('writeIfChanged', () => {
  it('writes the first time and on every change, never the same items twice in a row', async () => {
    const writes: Record<string, unknown>[] = [];
    const write = writeIfChanged({ set: async (items) => void writes.push(items) });
    await write({ a: { tabs: [1] } });
    await write({ a: { tabs: [1] } });
    await write({ a: { tabs: [1, 2] } });
    await write({ a: { tabs: [1] } });
    expect(writes).toEqual([{ a: { tabs: [1] } }, { a: { tabs: [1, 2] } }, { a: { tabs: [1] } }]);
  });

  it('a failed write is tried again next time', async () => {
    let calls = 0;
    const write = writeIfChanged({
      set: async () => {
        if (++calls === 1) throw new Error('quota');
      },
    });
    await expect(write({ a: 1 })).rejects.toThrow('quota');
    await write({ a: 1 });
    expect(calls).toBe(2);
  });
});
