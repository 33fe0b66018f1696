import { describe, expect, it } from 'vitest';
import { keptPromise } from './kept-promise';

describe('keptPromise', () => {
  it('reads once, however many ask', async () => {
    let reads = 0;
    const v = keptPromise(async () => ++reads);
    expect(await Promise.all([v.get(), v.get()])).toEqual([1, 1]);
    expect(await v.get()).toBe(1);
    expect(reads).toBe(1);
  });

  it('does not keep a failed read: the next call reads again', async () => {
    let reads = 0;
    const v = keptPromise(async () => {
      if (++reads === 1) throw new Error('storage unavailable');
      return reads;
    });
    await expect(v.get()).rejects.toThrow('storage unavailable');
    expect(await v.get()).toBe(2);
  });

  it('reads again after forget, and returns what was kept without reading', async () => {
    let reads = 0;
    const v = keptPromise(async () => ++reads);
    await v.get();
    v.forget();
    expect(await v.get()).toBe(2);
    v.keep(40);
    expect(await v.get()).toBe(40);
    expect(reads).toBe(2);
  });

  it('a read that fails after being forgotten does not drop the newer one', async () => {
    let fail!: (e: Error) => void;
    let reads = 0;
    const v = keptPromise(() => (++reads === 1 ? new Promise<number>((_, reject) => (fail = reject)) : Promise.resolve(reads)));
    const first = v.get();
    v.forget();
    expect(await v.get()).toBe(2);
    fail(new Error('late failure'));
    await expect(first).rejects.toThrow('late failure');
    expect(await v.get()).toBe(2);
    expect(reads).toBe(2);
  });
});
