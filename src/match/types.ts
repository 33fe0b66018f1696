import type { Portal } from '../rules/schema';

/**
 * A page's role: one of the pack's `pageRoles` (Lyon's: 'inbox', 'login'), or
 * 'other' (`NO_PAGE_ROLE`) when the page matches none. Roles are pack data, so
 * this is any string: code that cares about one compares with its id.
 */
export type PageRole = string;

/** What the matcher says of one URL. */
export interface Classification {
  /** http(s) URL whose host is one of the academy's domains or under one. */
  academy: boolean;
  /** Normalised ASCII host (lowercase, no trailing dot), or null when the URL is not http(s) or not parseable. */
  host: string | null;
  /** The most specific portal whose patterns match (host first, then path); may lie outside the academy (regional ENT). */
  portal: Portal | null;
  /**
   * The first of the pack's roles whose pages match: the portal's pages, the webmail's on the webmail portal,
   * and the academy-wide ones on academy hosts; 'other' when none does.
   */
  role: PageRole;
}

export interface Matcher {
  classify(url: string): Classification;
  /**
   * The URL with every path segment that a page pattern's wildcard segment matched replaced by
   * `*` (SOGo's `/SOGo/so/<user>/Mail/view` → the same with `*` for `<user>`): the form in which a page's
   * URL is kept or shown. Other URLs are returned unchanged. With the pack's patterns it classifies
   * as the URL does (tests/unit/webmail-families.test.ts); a pack that also named such a segment
   * literally elsewhere would see it as `*` there.
   */
  redact(url: string): string;
}
