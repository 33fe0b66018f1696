/**
 * What the pack says the webmail's inbox looks like, whichever software the webmail runs: its own
 * guess (`webmail.inboxMarkers`, Lyon's Convergence) and every family's markers. The pack does not
 * know the software, so the content script on the webmail watches for all of them.
 */
import type { Pack } from './schema';

export function webmailInboxMarkers(pack: Pack): string[] {
  return [...new Set([...pack.webmail.inboxMarkers.value, ...pack.webmailFamilies.flatMap((f) => f.inboxMarkers.value)])];
}
