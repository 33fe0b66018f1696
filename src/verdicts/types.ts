import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';
import type { Classification } from '../match/types';
import type { Pack, Portal } from '../rules/schema';

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
}

export type Severity = 'ok' | 'info' | 'warning';

export interface VerdictContext {
  facts: TabFacts;
  pack: Pack;
  lang: Lang;
  t: Translate;
  /** The portal of the page, when there is one (most verdicts about a portal need it). */
  portal: Portal | null;
}

/** How a verdict is told: a headline and a few lines, in the popup and (when `banner` is set) on the page. */
export interface Telling {
  headline: string;
  lines: string[];
}

/**
 * One user situation. How it is detected and how it is told live together:
 * adding a situation is one module like this plus its strings.
 */
export interface VerdictDef<Id extends string = string> {
  id: Id;
  severity: Severity;
  detect(facts: TabFacts, pack: Pack): boolean;
  popup(ctx: VerdictContext): Telling;
  /** Present only for situations that warrant interrupting the page. */
  banner?(ctx: VerdictContext): Telling;
}

export const defineVerdict = <Id extends string>(def: VerdictDef<Id>): VerdictDef<Id> => def;
