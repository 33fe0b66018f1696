/**
 * The events both browsers deliver, handed to the background. Every listener is added
 * synchronously when the worker starts: one added after an await would miss the event that woke
 * the worker. The benches' "listening floor" (bench/extensions.ts) hears the same navigation events with the
 * same filters: keep it in step when a listener is added or dropped here.
 */
import type { browser as Browser } from 'wxt/browser';
import { contentScriptMatches } from '../match/manifest-matches';
import type { Pack } from '../rules/schema';
import type { Background } from './create-background';
import { followLandings } from './follow-landings';
import { doorFilters, heardByFilters, loginPageFilters, navigationFilters } from './nav-filters';
import type { Sender } from './router';
import type { Request } from '../messages';

type BrowserApi = typeof Browser;

/**
 * The filters that keep every other site's navigations away from the worker: a navigation's start
 * and commit only on the mailbox's doors (`doors`), a login page's end of parsing (`loginPages`),
 * its end and its failure on every academy host (`url`): on any other academy page the worker
 * wakes after the load, never during it.
 */
export function listenerFilters(pack: Pack) {
  const doors = doorFilters(pack);
  return { url: navigationFilters(pack), doors, loginPages: loginPageFilters(pack), academyUrls: contentScriptMatches(pack), heardAnyway: heardByFilters(doors) };
}

export function listenCommon(browser: BrowserApi, bg: Background, pack: Pack, kind: 'chromium' | 'firefox'): void {
  const { url, doors, loginPages, heardAnyway } = listenerFilters(pack);
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    bg.handle(message as Request, sender).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });
  // One listener per event, journeys and diagnostics together: one wake-up of the worker, not two.
  browser.webNavigation.onBeforeNavigate.addListener((d) => bg.beforeNavigate(d), { url: doors });
  browser.webNavigation.onCommitted.addListener((d) => bg.committed(d), { url: doors });
  // Chromium: a login page's end of parsing. Firefox's page asks for its script itself
  // (build/page-script-ask.ts): waking its event page at that moment costs the page's load.
  if (kind === 'chromium') browser.webNavigation.onDOMContentLoaded.addListener((d) => bg.domReady(d), { url: loginPages });
  // Firefox hears only the doors' load ends: there a load's end, heard, wakes the event page while
  // the load finishes (build/page-script-ask.ts); its other pages ask for their script after it.
  browser.webNavigation.onCompleted.addListener((d) => bg.completed(d), { url: kind === 'firefox' ? doors : url });
  browser.webNavigation.onErrorOccurred.addListener((d) => bg.navigationError(d), { url });
  // Listening from the start in Chromium only (follow-landings.ts says why).
  const followed = { tabUpdated: browser.tabs.onUpdated, committed: browser.webNavigation.onCommitted, ...(kind === 'firefox' ? { completed: browser.webNavigation.onCompleted } : {}) };
  bg.followRunning(followLandings(followed, bg, heardAnyway, kind === 'chromium'));
  browser.tabs.onRemoved.addListener((tabId) => bg.tabRemoved(tabId));
  browser.runtime.onStartup.addListener(bg.started);
  browser.runtime.onInstalled.addListener((details) => bg.installed(details.reason));
  browser.permissions.onAdded.addListener(() => bg.siteAccessChanged());
  browser.permissions.onRemoved.addListener(() => bg.siteAccessChanged());
  browser.storage.onChanged.addListener((changes, area) => bg.storageChanged(changes, area));
  browser.alarms.onAlarm.addListener((alarm) => bg.alarm(alarm.name));
  browser.omnibox.onInputStarted.addListener(() => {
    void bg.omnibox.defaultSuggestion().then((description) => browser.omnibox.setDefaultSuggestion({ description }));
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void bg.omnibox.suggestions(text).then(suggest);
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void bg.omnibox.open(text, disposition);
  });
}
