/**
 * A page's report (its address, and the signals its content script saw) read as the background
 * keeps it. One reading for the router, which answers the page and stores the tab, and for the
 * pack preview, which shows what a draft pack would make of a typed address.
 */
import { watchedSignals } from '../content/page-watch';
import { keptUrl } from '../match/kept-url';
import { towardMailbox } from '../match/toward-mailbox';
import type { Matcher } from '../match/types';
import type { PageSignals, TabFacts } from '../model/facts';
import type { Pack } from '../rules/schema';
import { watchFor, type WatchedSignals } from '../verdicts/watch';

export const NO_SIGNALS: PageSignals = Object.freeze({ passwordField: false, inboxMarkers: false });

/** A page's facts: its address as given, the matcher's classification of it, its signals. */
export const factsFor = (matcher: Matcher, url: string, signals: PageSignals = NO_SIGNALS): TabFacts => ({
  url,
  classification: matcher.classify(url),
  signals,
});

export interface ReadReport {
  /** What the page's script is to watch for there. */
  watch: WatchedSignals;
  /** The page as kept: its address redacted and cut to what the pack's patterns name, its watched signals. */
  facts: TabFacts;
}

/**
 * `rawUrl` as the page reported it; `cameFrom`: the hosts the tab's journey came through, which
 * tell a page on its way back to the mailbox.
 */
export function readPageReport(pack: Pack, matcher: Matcher, rawUrl: string, seen: PageSignals, cameFrom: readonly string[]): ReadReport {
  // Kept and shown only as redacted: a user name in the path (SOGo) never reaches storage.
  const url = matcher.redact(rawUrl);
  // The first report of a page is sent before its script knows what matters there: keep only the
  // signals this page is watched for.
  const watch = watchFor(factsFor(matcher, url), pack);
  // Only what the pack's patterns name is kept of the address (kept-url.ts), for the reply too.
  const facts = factsFor(matcher, keptUrl(url, pack), watchedSignals(seen, watch));
  return { watch, facts: towardMailbox(rawUrl, pack, cameFrom) ? { ...facts, towardMailbox: true } : facts };
}
