/**
 * The domain model: what the extension knows about a tab. Every layer above (verdicts, journeys,
 * diagnostics, the background, the pages) speaks of tabs in these terms; this module imports only
 * the matcher's classification and depends on no feature.
 */
import type { Classification } from '../match/types';

/** What the content script saw on the page; never a field's value. */
export interface PageSignals {
  passwordField: boolean;
  inboxMarkers: boolean;
}

/** A login journey that landed on the page the tab shows (hosts only, never a query string). */
export interface JourneyFacts {
  /** Hosts in order, consecutive repeats folded. */
  path: string[];
  loginHost: string;
  landingHost: string;
  startedAt: number;
  landedAt: number;
}

export const FAILURE_KINDS = ['certificate-error', 'network-blocked', 'network-slow', 'dns-error', 'offline'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** An academy main-frame load that failed (or never completed), as the browser reported it. */
export interface LoadFailure {
  kind: FailureKind;
  /** The browser's own error string or code, kept for the support report. */
  code: string;
  host: string;
  at: number;
}

/** Everything known about what a tab shows, gathered by the background. */
export interface TabFacts {
  url: string;
  classification: Classification;
  signals: PageSignals;
  journey?: JourneyFacts;
  failure?: LoadFailure;
  /**
   * The tab is on its way to the webmail: its navigation came from the webmail's host, or the
   * page's return address (a sign-on page's `CT_ORIG_URL`, `service`…) points there. Only this
   * flag is kept, never the address.
   */
  towardMailbox?: true;
}

/** How loudly a situation is told: `warning` paints the `!` badge. */
export type Severity = 'ok' | 'info' | 'warning';
