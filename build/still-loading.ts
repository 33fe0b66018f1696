/**
 * Firefox's one declared content script, a few bytes on the academy's pages: a page still loading
 * 300 ms after it ran (at `document_idle`, once its document is parsed) asks the background for
 * the content script at once, so that a slow login page gets its banner before anyone types.
 * A page that loads in time never touches the extension's API: nothing wakes the background
 * during its load, which then hears the load's end (`webNavigation.onCompleted`).
 *
 * Why not `onDOMContentLoaded`, as in Chromium: waking Firefox's event page at that moment cost
 * the DRANE login page ×1.27 of its control, cold (docs/performance.md), while a declared script
 * that does nothing costs what the control's empty one does. Plain JavaScript, written into the
 * Firefox build as it is (no bundler, no framework runtime).
 */
import { EARLY_INJECTION_MS } from '../src/background/page-script';

export const STILL_LOADING_FILE = 'content-scripts/still-loading.js';

export const STILL_LOADING_SCRIPT = `(() => {
  if (document.readyState === 'complete') return;
  setTimeout(() => {
    if (document.readyState !== 'complete') browser.runtime.sendMessage({ type: 'still-loading' }).catch(() => {});
  }, ${EARLY_INJECTION_MS});
})();
`;
