import { describe, expect, it, vi } from 'vitest';
import { startAfterLoad } from './start-after-load';

function fakePage(readyState: DocumentReadyState) {
  const listeners: Array<() => void> = [];
  const timers: Array<{ at: number; fn: () => void }> = [];
  let now = 0;
  const win = {
    addEventListener: (type: string, fn: () => void) => void (type === 'load' && listeners.push(fn)),
    setTimeout: (fn: () => void, ms = 0) => timers.push({ at: now + ms, fn }),
  } as unknown as Window;
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) if (t.at <= now) t.fn(); else timers.push(t);
  };
  return { win, doc: { readyState }, fireLoad: () => listeners.forEach((l) => l()), advance };
}

describe('startAfterLoad', () => {
  it('starts at once on a page that has already loaded', () => {
    const page = fakePage('complete');
    const start = vi.fn();
    startAfterLoad(page.win, page.doc, 300, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("waits for the load event, then lets the page's own load handlers go first", () => {
    const page = fakePage('interactive');
    const start = vi.fn();
    startAfterLoad(page.win, page.doc, 300, start);
    expect(start).not.toHaveBeenCalled();
    page.fireLoad();
    expect(start).not.toHaveBeenCalled();
    page.advance(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait longer than the limit on a slow page, and starts only once', () => {
    const page = fakePage('interactive');
    const start = vi.fn();
    startAfterLoad(page.win, page.doc, 300, start);
    page.advance(299);
    expect(start).not.toHaveBeenCalled();
    page.advance(1);
    expect(start).toHaveBeenCalledTimes(1);
    page.fireLoad();
    page.advance(0);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
