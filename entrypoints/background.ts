import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { currentConfig } from '../src/background/config';
import { createHandler, type Sender } from '../src/background/handler';
import { omniboxSuggestions, omniboxTarget } from '../src/background/omnibox';
import { tabStore } from '../src/background/tab-store';
import { userSettings } from '../src/background/user-settings';
import { resolveLang } from '../src/i18n/lang';
import { t } from '../src/i18n/translate';
import type { Request } from '../src/messages';

// Wiring only. Every listener is registered synchronously at the top of main():
// a listener added after an await would miss the event that woke the worker.
export default defineBackground(() => {
  const settings = userSettings(browser.storage.local);
  const tabs = tabStore(browser.storage.session);
  const { handle } = createHandler({
    config: currentConfig,
    tabs,
    settings,
    action: browser.action,
    uiLanguage: () => browser.i18n.getUILanguage(),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    now: () => new Date(),
  });
  const guideUrl = () => browser.runtime.getURL('/options.html');
  const lang = async () => resolveLang((await settings.read()).language, browser.i18n.getUILanguage());

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    handle(message as Request, sender).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });

  // A new document starts with a clean slate; its content script reports again if it is an academy page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void tabs.forget(tabId);
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));

  browser.omnibox.onInputStarted.addListener(() => {
    void lang().then((l) => browser.omnibox.setDefaultSuggestion({ description: t(l, 'omnibox_default') }));
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void Promise.all([currentConfig(), lang()]).then(([{ pack }, l]) => suggest(omniboxSuggestions(pack, l, text, guideUrl())));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void Promise.all([currentConfig(), lang()]).then(([{ pack }, l]) => {
      const url = omniboxTarget(pack, l, text, guideUrl());
      if (disposition === 'currentTab') void browser.tabs.update({ url });
      else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
    });
  });
});
