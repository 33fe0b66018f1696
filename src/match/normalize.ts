/**
 * URL and host normalisation shared by the matcher, the page-pattern check and
 * whoever else needs "the host of this URL, as the matcher sees it".
 *
 * Pure TypeScript: no browser API beyond WHATWG `URL`, so it runs in the
 * service worker, content scripts, Node tests and the bench alike.
 */

import { isIpLiteral, normalizeHost } from '../rules/host-names';

// One definition of each, at the bottom of the import graph: the validator uses them too.
export { isAtOrUnder, isIpLiteral, isUnderAny, normalizeHost } from '../rules/host-names';

/**
 * Longest URL string we try to parse. Chromium refuses to navigate to URLs
 * longer than 2 MiB, so anything longer cannot be a page we are asked about;
 * refusing it early keeps a hostile string from costing a full parse.
 */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

/**
 * DNS limits on a host name (RFC 1035 §2.3.4, in its ASCII form, without the root's trailing dot):
 * 253 characters in all, 63 per label; 127 labels follows from the two. A longer host cannot be
 * resolved, so it is no site of the pack's: it is refused before anything else is done with it,
 * at a cost that does not grow with its length.
 */
export const MAX_HOST_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;
export const MAX_LABELS = 127;

/**
 * How far into a long URL string we look for the end of its host before parsing it: an
 * authority (user info, host, port) that has not ended by then holds no host within DNS limits
 * (253 characters, three times that percent-encoded), so the string is refused unparsed.
 */
export const AUTHORITY_WINDOW = 1024;

/**
 * A normalised host (lowercase, no trailing dot) within the DNS limits: at most 253 characters,
 * every label at most 63. Reads at most 253 characters whatever the host's length. Empty labels
 * are left to `isMatchableHost` (such a host is named, and matches nothing).
 */
export function withinDnsLimits(host: string): boolean {
  if (host.length > MAX_HOST_LENGTH) return false;
  let label = 0;
  for (let i = 0; i < host.length; i++) {
    if (host.charCodeAt(i) === 0x2e /* . */) label = 0;
    else if (++label > MAX_LABEL_LENGTH) return false;
  }
  return true;
}

/**
 * A parsed URL's host as the matcher compares it (trailing dots stripped), or null when it is
 * beyond the DNS limits. Constant time: a hostname longer than a host and its root dot is refused
 * on its length, before its dots are stripped or its labels read.
 */
export function dnsHost(hostname: string): string | null {
  if (hostname.length > MAX_HOST_LENGTH + 1) return null;
  const host = normalizeHost(hostname);
  return withinDnsLimits(host) ? host : null;
}

/** An http(s) scheme, slashes, then an authority that ends (tabs and newlines removed first, as WHATWG ignores them). */
const AUTHORITY = /^[\0- ]*https?:[/\\]*(?:[?#]|[^/\\?#]+[/\\?#])/i;

/**
 * For a string longer than `AUTHORITY_WINDOW`: false when it cannot be an http(s) URL whose
 * authority ends within the window (WHATWG's reading: leading C0 controls and spaces skipped, tabs
 * and newlines ignored anywhere, any run of `/` and `\\` after the scheme, the authority ended by
 * `/`, `\\`, `?` or `#`). Reads at most the window, so a 2 MB host costs what a short one does.
 */
const authorityEndsInWindow = (input: string): boolean =>
  input.length <= AUTHORITY_WINDOW || AUTHORITY.test(input.slice(0, AUTHORITY_WINDOW).replace(/[\t\n\r]/g, ''));

/**
 * True when a normalised host can name a DNS site we may match: not empty, no
 * empty label (`a..ac-lyon.fr`, `.ac-lyon.fr`), not an IP literal.
 */
export function isMatchableHost(host: string): boolean {
  return host.length > 0 && host.charCodeAt(0) !== 0x2e && !host.includes('..') && !isIpLiteral(host);
}

/**
 * Parses an http(s) URL; null for anything else (other schemes, malformed, too long, not a string,
 * an authority too long to hold a host within DNS limits). Never throws.
 */
export function parseWebUrl(input: string): URL | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH || !authorityEndsInWindow(input)) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

/** Path segments of a pathname: `/a/b/` → `['a', 'b', '']`, `/` → `['']`. */
export function pathSegments(pathname: string): string[] {
  return pathname.slice(1).split('/');
}

/** Host of an http(s) URL, lowercase and without trailing dot; null otherwise (and beyond DNS limits). Only the host is ever kept. */
export function webHost(url: string): string | null {
  const u = parseWebUrl(url);
  return u === null ? null : dnsHost(u.hostname);
}
