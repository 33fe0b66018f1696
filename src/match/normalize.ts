/**
 * URL and host normalisation shared by the matcher, the page-pattern check and
 * whoever else needs "the host of this URL, as the matcher sees it".
 *
 * Pure TypeScript: no browser API beyond WHATWG `URL`, so it runs in the
 * service worker, content scripts, Node tests and the bench alike.
 */

/**
 * Longest URL string we try to parse. Chromium refuses to navigate to URLs
 * longer than 2 MiB, so anything longer cannot be a page we are asked about;
 * refusing it early keeps a hostile string from costing a full parse.
 */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

/** `host` is `base` or one of its subdomains (whole labels: `xac-lyon.fr` is not under `ac-lyon.fr`). Both already normalised. */
export const isAtOrUnder = (host: string, base: string): boolean => host === base || host.endsWith(`.${base}`);

/** `host` is one of `bases` or under one of them: "is this host the academy's?" with the pack's academy domains. */
export const isUnderAny = (host: string, bases: readonly string[]): boolean => bases.some((b) => isAtOrUnder(host, b));

/** Lowercases a host name and strips its trailing dot(s): `WEBMAIL.AC-LYON.FR.` → `webmail.ac-lyon.fr`. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  let end = lower.length;
  while (end > 0 && lower.charCodeAt(end - 1) === 0x2e /* . */) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * True for hosts that are IP literals (`[::1]`, `127.0.0.1`). WHATWG URL parsing
 * rewrites every numeric host form (`0x7f.1`, `2130706433`) to dotted decimal,
 * so the dotted-quad test is enough on a parsed `hostname`.
 */
export function isIpLiteral(host: string): boolean {
  if (host.charCodeAt(0) === 0x5b /* [ */) return true;
  const last = host.charCodeAt(host.length - 1);
  return last >= 0x30 && last <= 0x39 /* digit */ && IPV4.test(host);
}

/**
 * True when a normalised host can name a DNS site we may match: not empty, no
 * empty label (`a..ac-lyon.fr`, `.ac-lyon.fr`), not an IP literal.
 */
export function isMatchableHost(host: string): boolean {
  return host.length > 0 && host.charCodeAt(0) !== 0x2e && !host.includes('..') && !isIpLiteral(host);
}

/** Parses an http(s) URL; null for anything else (other schemes, malformed, too long, not a string). Never throws. */
export function parseWebUrl(input: string): URL | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return null;
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

/** Host of an http(s) URL, lowercase and without trailing dot; null otherwise. Only the host is ever kept. */
export function webHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/\.+$/, '') : null;
  } catch {
    return null;
  }
}
