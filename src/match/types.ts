import type { Portal } from '../rules/schema';

export type PageRole = 'login' | 'inbox' | 'other';

/** What the matcher says of one URL. */
export interface Classification {
  /** http(s) URL whose host is one of the academy's domains or under one. */
  academy: boolean;
  /** Normalised ASCII host (lowercase, no trailing dot), or null when the URL is not http(s) or not parseable. */
  host: string | null;
  /** The most specific portal whose patterns match (host first, then path); may lie outside the academy (regional ENT). */
  portal: Portal | null;
  /** From the pack's page patterns: the webmail's login/inbox pages, the portal's and the academy-wide login pages. */
  role: PageRole;
}

export interface Matcher {
  classify(url: string): Classification;
}
