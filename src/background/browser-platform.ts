/** The `Platform` from the real extension APIs (the only module of the background that touches `browser`, with the listeners). */
import type { browser as Browser } from 'wxt/browser';
import { collectClientInfo, type ClientEnv, type ClientInfo } from '../diagnostics/browser-age';
import type { RefreshMessage } from '../messages';
import type { Platform } from './platform';

export function browserPlatform(browser: typeof Browser, kind: Platform['browser'], academyUrls: string[]): Platform {
  let client: Promise<ClientInfo> | undefined;
  return {
    browser: kind,
    version: browser.runtime.getManifest().version,
    local: browser.storage.local,
    session: browser.storage.session,
    readManaged: () => browser.storage.managed.get(),
    action: browser.action,
    uiLanguage: () => browser.i18n.getUILanguage(),
    clock: {
      now: Date.now,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    alarms: {
      create: (name, when) => browser.alarms.create(name, { when }),
      clear: (name) => browser.alarms.clear(name),
    },
    fetch: (input, init) => fetch(input, init),
    client: () => (client ??= collectClientInfo({ navigator: navigator as unknown as ClientEnv['navigator'], runtime: browser.runtime as ClientEnv['runtime'] })),
    probe: { fetch: (u, init) => fetch(u, init), online: () => navigator.onLine, now: Date.now },
    tabs: {
      get: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
      academy: () => browser.tabs.query({ url: academyUrls }),
      loading: () => browser.tabs.query({ status: 'loading' }),
      refresh: async (tabId) => void (await browser.tabs.sendMessage(tabId, { type: 'refresh' } satisfies RefreshMessage)),
      open: (url, disposition) => (disposition === 'currentTab' ? browser.tabs.update({ url }) : browser.tabs.create({ url, active: disposition === 'newForegroundTab' })),
    },
    // The content script is put into academy pages by the worker once they have loaded (page-script.ts says why).
    inject: (tabId) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/academy.js'] }),
    // The manifest's host permissions are the academy's URLs (wxt.config.ts): the user may withhold them.
    siteAccess: () => browser.permissions.contains({ origins: academyUrls }),
    guideUrl: browser.runtime.getURL('/options.html'),
  };
}
