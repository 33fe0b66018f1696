/**
 * Firefox's one declared content script, a few bytes on the academy's pages: it asks the
 * background for the content script once the page has loaded, or 300 ms after it ran (at
 * `document_idle`, once the document is parsed) on a page still loading, so that a slow login
 * page gets its banner before anyone types. Until then it never touches the extension's API.
 *
 * Why: waking Firefox's event page during a load costs the load, whatever wakes it. Its
 * `webNavigation.onCompleted` (and the tab's own 'complete') arrive while the load ends: a
 * background listening to them and doing nothing took the DRANE login page's cold load to ×1.38
 * of its control, and `onDOMContentLoaded` to ×1.27 (docs/performance.md). A message sent after
 * the load event has run cannot delay it; a declared script that only reads `document.readyState`
 * costs what the control's empty one does. A page already 'complete' when the script runs asks a
 * turn later too: a fast page can run it between its readiness and its load event, and a message
 * then woke the stopped event page inside the load (the DRANE page's cold load, one run each:
 * ×1.15–1.19 of its control asking at once, ×1.07 a turn later). Plain JavaScript, written into the
 * Firefox build as it is (no bundler, no framework runtime).
 */
import { EARLY_INJECTION_MS } from '../src/background/page-script';

export const PAGE_SCRIPT_ASK_FILE = 'content-scripts/ask-for-script.js';

export const PAGE_SCRIPT_ASK = `(() => {
  let asked = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    browser.runtime.sendMessage({ type: 'page-script' }).catch(() => {});
  };
  if (document.readyState === 'complete') return void setTimeout(ask, 0);
  setTimeout(ask, ${EARLY_INJECTION_MS});
  addEventListener('load', () => setTimeout(ask, 0), { once: true });
})();
`;
