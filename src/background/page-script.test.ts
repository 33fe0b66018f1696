import { describe, expect, it } from 'vitest';
import { pageScriptInjector } from './page-script';

function harness(fallbackMs = 300) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const injected: Array<{ tabId: number; at: number }> = [];
  const injector = pageScriptInjector(
    {
      inject: async (tabId) => void injected.push({ tabId, at: now }),
      setTimeout: (fn, ms) => {
        timers.set(next, { at: now + ms, fn });
        return next++;
      },
      clearTimeout: (h) => void timers.delete(h as number),
    },
    fallbackMs,
  );
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        timers.delete(h);
        t.fn();
      }
  };
  return { injector, injected, advance, pendingTimers: () => timers.size };
}

describe('pageScriptInjector', () => {
  it('puts the script into a page once its load completes, not while it loads', () => {
    const h = harness();
    h.injector.committed(7);
    h.advance(60);
    expect(h.injected).toEqual([]);
    h.injector.completed(7);
    expect(h.injected).toEqual([{ tabId: 7, at: 60 }]);
    expect(h.pendingTimers()).toBe(0);
  });

  it('a page still loading 300 ms after its commit gets it then, and not a second time at its load', () => {
    const h = harness();
    h.injector.committed(7);
    h.advance(299);
    expect(h.injected).toEqual([]);
    h.advance(1);
    expect(h.injected).toEqual([{ tabId: 7, at: 300 }]);
    h.advance(2_000);
    h.injector.completed(7);
    expect(h.injected).toHaveLength(1);
  });

  it('each new document of the tab gets it again; a document left before its fallback cancels it', () => {
    const h = harness();
    h.injector.committed(7);
    h.injector.completed(7);
    h.advance(1_000);
    h.injector.committed(7); // the next page
    h.advance(100);
    h.injector.committed(7); // left at once for another: the first one's fallback must not fire
    h.advance(250);
    expect(h.injected).toHaveLength(1);
    h.injector.completed(7);
    expect(h.injected).toEqual([
      { tabId: 7, at: 0 },
      { tabId: 7, at: 1_350 },
    ]);
  });

  it('a worker woken by the load (it never saw the commit) still injects', () => {
    const h = harness();
    h.injector.completed(3);
    expect(h.injected).toEqual([{ tabId: 3, at: 0 }]);
  });

  it('tabs are independent, and a closed tab is forgotten with its timer', () => {
    const h = harness();
    h.injector.committed(1);
    h.injector.committed(2);
    h.injector.forget(1);
    h.advance(300);
    expect(h.injected).toEqual([{ tabId: 2, at: 300 }]);
    h.injector.forget(2);
    expect(h.injector.size()).toBe(0);
  });

  it('tabs already open when the worker starts: loaded ones get it now, loading ones at their load or after the fallback', () => {
    const h = harness();
    h.injector.openTabs([{ id: 1, status: 'complete' }, { id: 2, status: 'loading' }, { status: 'complete' }, { id: 4, status: 'loading' }]);
    expect(h.injected).toEqual([{ tabId: 1, at: 0 }]);
    h.advance(100);
    h.injector.completed(2);
    h.advance(200);
    expect(h.injected).toEqual([
      { tabId: 1, at: 0 },
      { tabId: 2, at: 100 },
      { tabId: 4, at: 300 },
    ]);
  });

  it('a failed injection (tab gone, error page) is swallowed: no unhandled rejection, and no retry until the next load', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    let attempts = 0;
    const injector = pageScriptInjector({
      inject: () => (attempts++, Promise.reject(new Error('No tab with id: 9'))),
      setTimeout: () => 0,
      clearTimeout: () => {},
    });
    injector.completed(9);
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(attempts).toBe(1);
    expect(unhandled).toEqual([]);
    // Each completion is a load of its own (most commits are not heard): the next one gets the script.
    injector.completed(9);
    expect(attempts).toBe(2);
  });
});
