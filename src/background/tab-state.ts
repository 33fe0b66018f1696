/**
 * What the extension knows of one tab, from four places: the page its content script reported
 * (tab store), its login journey, its last load failure, and the URL the browser lets us see.
 */
import { fold, keptPage, type Journey } from '../journey/tracker';
import { pageOf } from '../match/kept-url';
import type { Matcher } from '../match/types';
import type { JourneyFacts, PageSignals, TabFacts } from '../model/facts';
import type { DiagnosticsStore } from './diagnostics-store';
import type { JourneyStore } from './journey-store';
import type { TabStore } from './tab-store';
import { factsFor } from '../page-report/read-report';

export interface TabStateDeps {
  tabs: TabStore;
  journeys: JourneyStore;
  diagnostics: DiagnosticsStore;
  /** The tab's URL when the browser lets us see it (academy hosts only). */
  tabUrl(tabId: number): Promise<string | undefined>;
}

export const cleanSignals = (s: Partial<PageSignals> | undefined): PageSignals => ({
  passwordField: s?.passwordField === true,
  inboxMarkers: s?.inboxMarkers === true,
});

/** The journey facts that apply to the page now shown: only a landed journey, and only on its landing page. */
export function journeyFacts(j: Journey | undefined, url: string): JourneyFacts | undefined {
  if (!j || j.phase !== 'landed' || !j.landing) return undefined;
  // The landing is kept as `keptPage` shortens a long page: compare the tab's page in that form.
  if (j.landing.page !== null && j.landing.page !== keptPage(pageOf(url))) return undefined;
  return {
    path: fold(j.hosts),
    loginHost: j.hosts[j.loginAt] ?? j.hosts[0] ?? '',
    landingHost: j.landing.host,
    startedAt: j.startedAt,
    landedAt: j.landing.at,
  };
}

export function tabState(deps: TabStateDeps) {
  return {
    /** The facts, and whether they are settled: reported by the page, or a failure, or a journey (not a bare URL mid-load). */
    async read(tabId: number, matcher: Matcher): Promise<{ facts: TabFacts; settled: boolean }> {
      const [kept, journey, failure, seen] = await Promise.all([deps.tabs.get(tabId), deps.journeys.journey(tabId), deps.diagnostics.failure(tabId), deps.tabUrl(tabId)]);
      // What was kept is redacted (matcher.redact): compare and describe the tab's URL in that form.
      const shown = seen === undefined ? undefined : matcher.redact(seen);
      // A report stays where it was made: the extension does not follow tabs out of the academy, so
      // a tab that left the page since (for a site whose URL the browser hides from us) has none.
      const stored = kept && shown !== undefined && pageOf(kept.url) === pageOf(shown) ? kept : undefined;
      let url = stored?.url ?? shown ?? '';
      // A journey that left the academy landed where the browser hides the URL from us: describe that host.
      if (!url && journey?.phase === 'landed' && journey.landing && journey.landing.page === null) url = `https://${journey.landing.host}/`;
      // A failed load shows the browser's error page: describe the academy host that failed.
      const failed = failure && (!stored || stored.at <= failure.at) ? failure : undefined;
      if (failed && (!url || !url.startsWith('http'))) url = `https://${failed.host}/`;
      let facts: TabFacts = factsFor(matcher, url, stored?.signals);
      const j = journeyFacts(journey, url);
      if (j) facts = { ...facts, journey: j };
      if (failed) facts = { ...facts, failure: failed };
      if (stored?.towardMailbox) facts = { ...facts, towardMailbox: true };
      return { facts, settled: !!stored || !!failed || !!j };
    },
    /** Whether the extension says anything about this tab: a page report, a failure or a journey. */
    async spokenOf(tabId: number): Promise<boolean> {
      const [page, failure, journey] = await Promise.all([deps.tabs.get(tabId), deps.diagnostics.failure(tabId), deps.journeys.journey(tabId)]);
      return !!page || !!failure || !!journey;
    },
  };
}
export type TabState = ReturnType<typeof tabState>;
