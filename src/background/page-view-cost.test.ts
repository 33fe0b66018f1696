/**
 * What one academy page view costs the background, in trips to the browser's storage and
 * toolbar. Each trip is an IPC the browser makes while pages load; on a school's old PC this is
 * the extension's page-load cost (measured in Chromium by `npm run bench`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseUserAgent } from '../diagnostics/browser-age';
import { institution } from '../policy/runtime';
import { institutionView } from '../policy/view';
import { bundledPack } from '../rules/bundled';
import { diagnosticsStore } from './diagnostics-store';
import { createHandler } from './handler';
import { journeyStore } from './journey-store';
import { tabStore } from './tab-store';
import { userSettings } from './user-settings';

type Area = typeof fakeBrowser.storage.local;

function worker(url: string) {
  const trips: string[] = [];
  const counted = (name: string, area: Area) => ({
    get: (k: string | string[] | null) => (trips.push(`${name}.get`), area.get(k)),
    set: (v: Record<string, unknown>) => (trips.push(`${name}.set`), area.set(v)),
    remove: (k: string | string[]) => (trips.push(`${name}.remove`), area.remove(k)),
    onChanged: area.onChanged,
  });
  const local = counted('local', fakeBrowser.storage.local);
  const session = counted('session', fakeBrowser.storage.session);
  const policy = institution({
    bundled: bundledPack,
    readManaged: async () => ({}),
    local: fakeBrowser.storage.local,
    fetch: async () => {
      throw new Error('no network in unit tests');
    },
    now: () => new Date('2026-11-24T08:00:00Z'),
    schedule: () => {},
    unschedule: () => {},
  });
  const handler = createHandler({
    config: () => policy.config(),
    institutionView: async (l) => institutionView(await policy.config(), l),
    tabs: tabStore(session),
    journeys: journeyStore(session),
    settings: userSettings(local),
    refreshTab: async () => {},
    diagnostics: diagnosticsStore(session, local, async () => 20_000),
    client: async () => parseUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'),
    probe: { fetch: async () => ({}) as Response, online: () => true, now: () => 0 },
    version: '1.2.3',
    action: {
      setBadgeText: async () => void trips.push('action'),
      setTitle: async () => void trips.push('action'),
      setBadgeBackgroundColor: async () => void trips.push('action'),
    },
    uiLanguage: () => 'fr-FR',
    tabUrl: async () => url,
    now: () => new Date('2026-11-24T08:00:00Z'),
  });
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
