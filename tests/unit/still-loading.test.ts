// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { EARLY_INJECTION_MS } from '../../src/background/page-script';
import { STILL_LOADING_SCRIPT } from '../../build/still-loading';

/** Runs the script as Firefox would, in a page whose readyState the test sets. */
function run(readyState: () => string) {
  const sent: unknown[] = [];
  const browser = { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } };
  new Function('document', 'browser', 'setTimeout', STILL_LOADING_SCRIPT)({ get readyState() { return readyState(); } }, browser, setTimeout);
  return sent;
}

describe("Firefox's still-loading script", () => {
  it('a page still loading after the delay asks for the content script, once', async () => {
    vi.useFakeTimers();
    const sent = run(() => 'interactive');
    await vi.advanceTimersByTimeAsync(EARLY_INJECTION_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ type: 'still-loading' }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    vi.useRealTimers();
  });

  it('a page loaded by then, or already, never touches the extension (nothing wakes the background during its load)', async () => {
    vi.useFakeTimers();
    let state = 'interactive';
    const sent = run(() => state);
    state = 'complete';
    await vi.advanceTimersByTimeAsync(EARLY_INJECTION_MS);
    expect(run(() => 'complete')).toEqual([]);
    expect(sent).toEqual([]);
    vi.useRealTimers();
  });
});
