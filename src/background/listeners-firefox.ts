/**
 * Firefox's own events: webRequest's redirect hops and login requests (a login posted by a
 * script has no other trace) and its better-worded request errors. Not the tab's own 'complete':
 * heard, it woke the event page while each academy page's load ended (build/page-script-ask.ts).
 */
import type { browser as Browser } from 'wxt/browser';
import type { Pack } from '../rules/schema';
import type { Background } from './create-background';
import { listenCommon, listenerFilters } from './listeners';
import { doorRequestUrls, loginRequestUrls } from './nav-filters';

export function listenFirefox(browser: typeof Browser, bg: Background, pack: Pack): void {
  listenCommon(browser, bg, pack, 'firefox');
  const { academyUrls } = listenerFilters(pack);
  browser.webRequest.onBeforeRedirect.addListener((d) => bg.redirected(d), { urls: academyUrls, types: ['main_frame'] });
  // Only requests to the bundled pack's login endpoints reach the worker. An institution's pack
  // naming others: their form logins are still heard (the content script's `login-submit`).
  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      bg.loginRequest(d);
      return undefined;
    },
    { urls: loginRequestUrls(pack), types: ['main_frame', 'xmlhttprequest'] },
  );
  // Blocking, though it never blocks anything: while Firefox starts, only a blocking webRequest
  // listener is held for the event page (non-blocking ones and webNavigation's are not primed
  // before the browser's start-up ends), and the browser's first page (a home page set to the
  // webmail, a restored session) must still be timed for network-slow. The cost: a door's request
  // waits for the worker to answer; measured in docs/performance.md.
  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      bg.doorRequested(d);
      return undefined;
    },
    { urls: doorRequestUrls(pack), types: ['main_frame'] },
    ['blocking'],
  );
  browser.webRequest.onErrorOccurred.addListener((d) => bg.requestError(d), { urls: academyUrls, types: ['main_frame'] });
}
