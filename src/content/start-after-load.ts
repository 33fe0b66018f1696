/**
 * Runs `start` once: when the page has loaded (next task, so the page's own load handlers go
 * first), or after `maxWaitMs` on a page still loading — whichever comes first.
 */
export function startAfterLoad(win: Pick<Window, 'addEventListener' | 'setTimeout'>, doc: Pick<Document, 'readyState'>, maxWaitMs: number, start: () => void): void {
  if (doc.readyState === 'complete') return start();
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    start();
  };
  win.addEventListener('load', () => win.setTimeout(go, 0), { once: true });
  win.setTimeout(go, maxWaitMs);
}
