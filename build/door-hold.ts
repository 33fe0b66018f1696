/**
 * Firefox's first background script, a few bytes: the blocking listener on the doors' page
 * requests (src/background/door-hold.ts says why it is not in the bundle). It answers at once,
 * changing nothing, and keeps only what the bundle will read: the tab, the URL, the time. Plain
 * JavaScript, written into the Firefox build as it is.
 */
import { DOOR_HOLD_GLOBAL } from '../src/background/door-hold';

export const DOOR_HOLD_FILE = 'door-hold.js';

export const doorHoldScript = (urls: string[]): string => `(() => {
  const hold = (globalThis.${DOOR_HOLD_GLOBAL} = { held: [], tell: null });
  browser.webRequest.onBeforeRequest.addListener(
    ({ tabId, type, method, url, timeStamp }) => {
      const d = { tabId, type, method, url, timeStamp };
      if (hold.tell) hold.tell(d);
      else hold.held.push(d);
    },
    { urls: ${JSON.stringify(urls)}, types: ['main_frame'] },
    ['blocking'],
  );
})();
`;
