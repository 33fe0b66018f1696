/**
 * What the verdicts ask of the pack about the site a tab shows: whether it is the mailbox's own
 * host, and which facts say that a page has a role. One place, so that every verdict that warns
 * about a site hedges on the same facts.
 */
import type { Provenanced } from '../model/confidence';
import type { TabFacts } from '../model/facts';
import type { Pack } from '../rules/schema';
import { own } from '../own';

/**
 * The tab is on the webmail's own host (its portal, by the pack's URLs, or the host of its
 * address, which is `multi`): the mailbox is here, whatever page of it this is.
 */
export function onMailboxHost({ classification: c }: TabFacts, pack: Pack): boolean {
  if (c.portal?.id === pack.webmail.portal) return true;
  try {
    return c.host !== null && c.host === new URL(pack.webmail.url.value).hostname;
  } catch {
    return false;
  }
}

/**
 * The facts that may have given the page its role: the page sets of its portal, of the webmail
 * when it is the webmail, and the academy-wide ones on academy hosts. A role is as sure as the
 * least sure of them (the matcher does not say which one matched).
 */
export function roleFacts({ classification: c }: TabFacts, pack: Pack): Provenanced[] {
  const role = c.role;
  const sets = [c.portal?.pages, c.portal?.id === pack.webmail.portal ? pack.webmail.pages : undefined, c.academy ? pack.academy.pages : undefined];
  return sets.flatMap((set) => {
    const fact = set ? own(set, role) : undefined;
    return fact ? [fact] : [];
  });
}
