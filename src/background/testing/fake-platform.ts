/**
 * A `Platform` in memory, for unit tests of the composed background: WXT's fake storage, a fake
 * clock, a toolbar that records badges and titles, tabs whose visible URL the test sets (the
 * browser shows the extension academy URLs only).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseUserAgent } from '../../diagnostics/browser-age';
import type { Platform, StorageArea, TabInfo } from '../platform';
import { fakeClock } from './fake-clock';

/** Where the badge and title of every tab (the default) are recorded. */
export const DEFAULT_TAB = -1;

export const CHROME_CLIENT = parseUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36');

export interface FakePlatformOptions {
  browser?: Platform['browser'];
  ui?: string;
  managed?: () => unknown;
  local?: StorageArea;
  session?: StorageArea;
  clock?: ReturnType<typeof fakeClock>;
  /** What each tab shows; kept by the test across worker restarts (the browser's tabs outlive the worker). */
  shown?: Map<number, TabInfo>;
  /** Counts each toolbar call (the page-view cost test). */
  onAction?(): void;
}

export function fakePlatform(o: FakePlatformOptions = {}) {
  const clock = o.clock ?? fakeClock();
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const refreshed: number[] = [];
  const injected: number[] = [];
  const alarms = new Map<string, number>();
  const opened: Array<{ url: string; disposition: string }> = [];
  const shown = o.shown ?? new Map<number, TabInfo>();
  const fake = { ui: o.ui ?? 'fr-FR', access: true };
  const platform: Platform = {
    browser: o.browser ?? 'chromium',
    version: '1.2.3',
    local: o.local ?? fakeBrowser.storage.local,
    session: o.session ?? fakeBrowser.storage.session,
    readManaged: async () => o.managed?.() ?? {},
    action: {
      setBadgeText: async ({ tabId, text }) => void (o.onAction?.(), badges.set(tabId ?? DEFAULT_TAB, text)),
      setTitle: async ({ tabId, title }) => void (o.onAction?.(), titles.set(tabId ?? DEFAULT_TAB, title)),
      setBadgeBackgroundColor: async () => void o.onAction?.(),
    },
    uiLanguage: () => fake.ui,
    clock,
    alarms: {
      create: (name, when) => void alarms.set(name, when),
      clear: (name) => void alarms.delete(name),
    },
    fetch: async () => {
      throw new Error('no network in unit tests');
    },
    client: async () => CHROME_CLIENT,
    probe: { fetch: async () => ({ status: 200, type: 'basic' }) as Response, online: () => true, now: clock.now },
    tabs: {
      get: async (tabId) => shown.get(tabId),
      academy: async () => [...shown].map(([id, t]) => ({ id, status: t.status ?? 'complete' })),
      loading: async () => [...shown].filter(([, t]) => t.status === 'loading').map(([id, t]) => ({ id, ...t })),
      refresh: async (tabId) => void refreshed.push(tabId),
      open: async (url, disposition) => void opened.push({ url, disposition }),
    },
    inject: async (tabId) => void injected.push(tabId),
    siteAccess: async () => fake.access,
    guideUrl: 'chrome-extension://aiguilleur/options.html',
  };
  /** `ui` is the browser's UI language, which a test may change before the next worker starts; `access`, whether the user leaves the academy's sites to the extension. */
  return Object.assign(fake, { platform, clock, badges, titles, refreshed, injected, alarms, opened, shown });
}
