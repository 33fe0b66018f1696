/**
 * What one academy page view costs the background, in trips to the browser's storage and
 * toolbar. Each trip is an IPC the browser makes while pages load; on a school's old PC this is
 * the extension's page-load cost (measured in Chromium by `npm run bench`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { fakePlatform } from './testing/fake-platform';

type Area = typeof fakeBrowser.storage.local;

function worker(url: string) {
  const trips: string[] = [];
  const counted = (name: string, area: Area) => ({
    get: (k: string | string[] | null) => (trips.push(`${name}.get`), area.get(k)),
    set: (v: Record<string, unknown>) => (trips.push(`${name}.set`), area.set(v)),
    remove: (k: string | string[]) => (trips.push(`${name}.remove`), area.remove(k)),
  });
  const { platform, shown } = fakePlatform({
    local: counted('local', fakeBrowser.storage.local),
    session: counted('session', fakeBrowser.storage.session),
    onAction: () => void trips.push('action'),
  });
  shown.set(5, { url, status: 'complete' });
  const handler = createBackground(platform, bundledPack);
  /** The events one view of `url` in tab 5 brings, in the order Chromium sends them. */
  const view = async () => {
    trips.length = 0;
    const sender = { tab: { id: 5 }, frameId: 0 };
    const host = new URL(url).hostname;
    await handler.onJourneyEvent({ kind: 'start', tabId: 5, host, at: 1 });
    await handler.onJourneyEvent({ kind: 'commit', tabId: 5, host, at: 2, transition: 'link', clientRedirect: false, backForward: false });
    await handler.onJourneyEvent({ kind: 'complete', tabId: 5, host, page: url, at: 3 });
    await handler.onTabLoaded(5);
    await handler.handle({ type: 'page', url, signals: { passwordField: true, inboxMarkers: false } }, sender);
    return [...trips];
  };
  return { view };
}

const count = (trips: string[], what: string) => trips.filter((t) => t === what).length;

describe('the cost of an academy page view', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the DRANE login page seen again: nothing written for its navigation, no storage read, no write to disk, one report kept for the popup', async () => {
    const w = worker('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    const first = await w.view();
    expect(count(first, 'local.set')).toBe(1); // the support report's list of recent verdicts
    const again = await w.view();
    expect(again.filter((t) => t.endsWith('.get'))).toEqual([]);
    expect(count(again, 'local.set')).toBe(0);
    expect(count(again, 'session.set') + count(again, 'session.remove')).toBeLessThanOrEqual(2);
    expect(again.length).toBeLessThanOrEqual(8);
  });

  it('the webmail seen again: no storage read, nothing written to disk', async () => {
    const w = worker('https://webmail.ac-lyon.fr/');
    await w.view();
    const again = await w.view();
    expect(again.filter((t) => t.startsWith('local.') || t.endsWith('.get'))).toEqual([]);
  });
});
