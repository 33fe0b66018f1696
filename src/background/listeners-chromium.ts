/**
 * Chromium's own events. Its build has no webRequest (the permission alone slows every site's
 * loads): a navigation's path is told by its start and its commit, a form login by the content
 * script's report, and a main frame's load by webNavigation's completion.
 */
import type { browser as Browser } from 'wxt/browser';
import type { Pack } from '../rules/schema';
import type { Background } from './create-background';
import { listenCommon, listenerFilters } from './listeners';

export function listenChromium(browser: typeof Browser, bg: Background, pack: Pack): void {
  listenCommon(browser, bg, pack);
  browser.webNavigation.onCompleted.addListener((d) => {
    bg.completed(d);
    if (d.frameId === 0) bg.tabLoaded(d.tabId);
  }, { url: listenerFilters(pack).url });
}
