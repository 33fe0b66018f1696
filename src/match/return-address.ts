/**
 * Where a sign-on page will send the user back: the hosts named by its return-address
 * parameters (`CT_ORIG_URL`, `service`, `TARGET`, `RelayState`, `goto`, `redirect_uri`, `url`…,
 * the pack's `academy.signOnReturns`). Values are absolute or relative URLs, sometimes nested
 * (ARENA's `CT_ORIG_URL=/sso/SSO?…TARGET=https://…`, encoded twice) or in Base64 (LemonLDAP::NG):
 * each is read, and its own query read again, a few levels deep. Nothing here is kept: the
 * background keeps only whether one of the hosts is the webmail's.
 */
import { parseWebUrl, webHost } from './normalize';

/** How deep a return address nested in another is followed. */
const MAX_DEPTH = 3;
/** Longer values are not addresses anyone types: not decoded (Base64 of a URL is short). */
const MAX_VALUE = 4096;
/** Return addresses read in all, nesting included: a query holding thousands of them (each nesting thousands more) is read no further. */
export const MAX_RETURN_VALUES = 32;

const base64Url = (v: string): string | null => {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(v) || v.length % 4 === 1) return null;
  try {
    const decoded = atob(v.replace(/-/g, '+').replace(/_/g, '/'));
    return /^https?:\/\//i.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
};

/** The hosts a page's return-address parameters point to (the page's own host for a relative path). */
export function returnHosts(pageUrl: string, params: readonly string[]): string[] {
  const names = new Set(params.map((p) => p.toLowerCase()));
  const hosts = new Set<string>();
  let budget = MAX_RETURN_VALUES;
  const visit = (url: URL, depth: number) => {
    for (const [name, value] of url.searchParams) {
      if (!names.has(name.toLowerCase()) || value.length > MAX_VALUE) continue;
      if (budget-- <= 0) return;
      const text = base64Url(value) ?? value;
      let target: URL;
      try {
        target = new URL(text, url);
      } catch {
        continue;
      }
      const host = webHost(target.href);
      if (!host) continue;
      hosts.add(host);
      if (depth < MAX_DEPTH) visit(target, depth + 1);
    }
  };
  // Read as every page address is (http(s), bounded length, a host within DNS limits' reach).
  const page = parseWebUrl(pageUrl);
  if (page === null) return [];
  visit(page, 1);
  return [...hosts];
}
