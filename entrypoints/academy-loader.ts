import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAfterLoad } from '../src/content/start-after-load';

// Chromium only: the academy's declared content script (manifest hook in wxt.config.ts), kept to a few
// hundred bytes. Chromium runs document_idle scripts before the load event on fast pages, so
// whatever is declared there delays the page's load; the real content script
// (academy.content.ts) is evaluated only once the page has loaded, or after a short wait on a
// slow page — the banner must still come before anyone types.
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    startAfterLoad(window, document, 300, () => {
      import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/academy.js')).catch(() => {
        // The extension was updated or removed while the page was open: nothing to do here.
      });
    });
  },
});
