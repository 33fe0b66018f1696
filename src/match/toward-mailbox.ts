/**
 * Whether a page is on the way to the webmail: the tab came to it from the webmail's host (the
 * webmail sent it to sign on), or the page's return address points to the webmail (it will send
 * it back there). Both are what the browser saw, not the pack's word: a sign-on page reached so
 * is the mailbox's own login, wherever it sits.
 */
import { returnHosts } from './return-address';
import { webHost } from './normalize';
import type { Pack } from '../rules/schema';

export function towardMailbox(url: string, pack: Pack, cameFrom: readonly string[]): boolean {
  const mailbox = webHost(pack.webmail.url.value);
  const here = webHost(url);
  if (!mailbox || !here || here === mailbox) return false;
  // The last host is the page's own once the tab committed it; any before it led here.
  const before = cameFrom[cameFrom.length - 1] === here ? cameFrom.slice(0, -1) : cameFrom;
  if (before.includes(mailbox)) return true;
  return returnHosts(url, pack.academy.signOnReturns?.value ?? []).includes(mailbox);
}
