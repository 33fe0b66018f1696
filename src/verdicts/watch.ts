/**
 * What a page must watch for: only the signals that could change its verdict (a password field
 * on the webmail or a site without the mailbox, the inbox markers on the webmail). The background
 * asks the content script for these, and the options page's pack preview applies the same rule to
 * the switch it offers, so a draft pack is judged on what the page would really report.
 */
import type { TabFacts } from '../model/facts';
import type { Pack } from '../rules/schema';
import { webmailInboxMarkers } from '../rules/webmail';

export interface WatchedSignals {
  passwordField: boolean;
  inboxMarkers: string[];
}

export function watchFor(facts: TabFacts, pack: Pack): WatchedSignals {
  const portal = facts.classification.portal;
  if (!facts.classification.academy || !portal) return { passwordField: false, inboxMarkers: [] };
  const isWebmail = portal.id === pack.webmail.portal;
  return {
    passwordField: isWebmail || !portal.hasMailbox.value,
    inboxMarkers: isWebmail ? webmailInboxMarkers(pack) : [],
  };
}
