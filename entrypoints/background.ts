import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserPlatform } from '../src/background/browser-platform';
import { createBackground } from '../src/background/create-background';
import { listenerFilters } from '../src/background/listeners';
import { listenChromium } from '../src/background/listeners-chromium';
import { listenFirefox } from '../src/background/listeners-firefox';
import { bundledPack } from '../src/rules/bundled';

// Wiring only: the parts are in src/background (create-background.ts puts them together). The
// filters need the pack synchronously, so the bundled one names the hosts listened to.
export default defineBackground(() => {
  const firefox = import.meta.env.BROWSER === 'firefox';
  const bg = createBackground(browserPlatform(browser, firefox ? 'firefox' : 'chromium', listenerFilters(bundledPack).academyUrls), bundledPack);
  (firefox ? listenFirefox : listenChromium)(browser, bg, bundledPack);
});
