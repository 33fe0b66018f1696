/**
 * Firefox's own events: webRequest's redirect hops and login requests (a login posted by a
 * script has no other trace) and its better-worded request errors. Not the tab's own 'complete':
 * heard, it woke the event page while each academy page's load ended (build/page-script-ask.ts).
 */
import type { browser as Browser } from 'wxt/browser';
import type { Pack } from '../rules/schema';
import type { Background } from './create-background';
import { listenCommon, listenerFilters } from './listeners';
import { takeDoorRequests } from './door-hold';
import { loginRequestUrls } from './nav-filters';

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
  // The doors' page requests, held for the event page by its first script (door-hold.ts).
  takeDoorRequests(globalThis as unknown as Record<string, unknown>, (d) => bg.doorRequested(d));
  browser.webRequest.onErrorOccurred.addListener((d) => bg.requestError(d), { urls: academyUrls, types: ['main_frame'] });
}
