/**
 * Chromium's own events: none beyond the common ones. Its build has no webRequest (the permission
 * alone slows every site's loads): a navigation's path is told by its start and its commit, a form
 * login by the content script's report, and a main frame's load by webNavigation's completion.
 */
import type { browser as Browser } from 'wxt/browser';
import type { Pack } from '../rules/schema';
import type { Background } from './create-background';
import { listenCommon } from './listeners';

export function listenChromium(browser: typeof Browser, bg: Background, pack: Pack): void {
  listenCommon(browser, bg, pack, 'chromium');
}
