// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EARLY_INJECTION_MS } from '../../src/background/page-script';
import { PAGE_SCRIPT_ASK } from '../../build/page-script-ask';

/** Runs the script as Firefox would, in a page whose readyState and load event the test drives. */
function run(initial: string) {
  const page = { readyState: initial, onLoad: [] as Array<() => void> };
  const sent: unknown[] = [];
  const browser = { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } };
  const addEventListener = (type: string, fn: () => void) => void (type === 'load' && page.onLoad.push(fn));
  new Function('document', 'browser', 'setTimeout', 'addEventListener', PAGE_SCRIPT_ASK)(page, browser, setTimeout, addEventListener);
  const load = () => {
    page.readyState = 'complete';
    for (const fn of page.onLoad) fn();
  };
  return { sent, load };
}

/** Once it has asked, neither its load event nor the delay makes it ask again. */
async function asksNoMore(sent: unknown[], load: () => void): Promise<void> {
  load();
  await vi.advanceTimersByTimeAsync(10_000);
  expect(sent).toHaveLength(1);
}

describe("Firefox's few-byte script that asks for the content script", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('a page that loads in time asks once, after its load event has run (nothing touches the extension during the load)', async () => {
    const { sent, load } = run('interactive');
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
    load();
    expect(sent).toEqual([]); // not inside the load event
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ type: 'page-script' }]);
    await asksNoMore(sent, () => {});
  });

  it('a page still loading after the delay asks then, and not again at its load', async () => {
    const { sent, load } = run('interactive');
    await vi.advanceTimersByTimeAsync(EARLY_INJECTION_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ type: 'page-script' }]);
    await asksNoMore(sent, load);
  });

  it('a page already complete when the script runs asks a turn later (its load event may still be running), once', async () => {
    const { sent, load } = run('complete');
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ type: 'page-script' }]);
    await asksNoMore(sent, load);
  });
});
