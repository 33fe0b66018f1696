/**
 * What is kept of a visited academy page's address: its origin and path, and of its query only
 * the parameters the pack's patterns name, with a value a pattern names (a pattern may need them
 * to tell the page's role or portal; a pattern matches on exact name and value, so nothing else
 * can change what the kept address classifies as). Never the fragment, never user info, never any
 * other parameter or value: a query can hold a username, a ticket, a reset token, a return address.
 */
import type { Pack } from '../rules/schema';
import { dnsHost, parseWebUrl } from './normalize';

const pairs = new WeakMap<Pack, ReadonlyMap<string, ReadonlySet<string>>>();

/** The query parameters the pack's patterns (page patterns, portal URLs, login endpoints) test: name → the values they test. Read once per pack. */
export function patternQuery(pack: Pack): ReadonlyMap<string, ReadonlySet<string>> {
  let found = pairs.get(pack);
  if (found) return found;
  const out = new Map<string, Set<string>>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.path === 'string' && o.query && typeof o.query === 'object') {
      for (const [k, v] of Object.entries(o.query)) if (typeof v === 'string') (out.get(k) ?? out.set(k, new Set()).get(k)!).add(v);
    }
    Object.values(o).forEach(walk);
  };
  walk(pack);
  pairs.set(pack, (found = out));
  return found;
}

/** A web page whose address may be kept: http(s), within the URL length bound and DNS limits; null otherwise. */
function keptParse(url: string): URL | null {
  const u = parseWebUrl(url);
  return u !== null && dnsHost(u.hostname) !== null ? u : null;
}

/**
 * What is kept of a page's address where no query is kept (a journey's landing page, the tab's
 * page it is compared with): `origin` + path; null for anything but a web page within DNS limits.
 * `keptUrl` is this and the named query pairs.
 */
export function pageOf(url: string): string | null {
  const u = keptParse(url);
  return u === null ? null : `${u.origin}${u.pathname}`;
}

/** The address as it may be kept: `pageOf` + the named pairs (each once); '' for anything but a web page within DNS limits. */
export function keptUrl(url: string, pack: Pack): string {
  const u = keptParse(url);
  if (u === null) return '';
  const wanted = patternQuery(pack);
  const kept = new URLSearchParams();
  for (const [k, v] of u.searchParams) if (wanted.get(k)?.has(v) && !kept.getAll(k).includes(v)) kept.append(k, v);
  const query = kept.toString();
  return `${u.origin}${u.pathname}${query ? `?${query}` : ''}`;
}
