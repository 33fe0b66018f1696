/**
 * The naive matcher: same answers as `compileMatcher`, found by checking every
 * pattern of every portal in turn. It is the oracle of the property tests and
 * the baseline of the bench, so it is written independently of the tries: host
 * tests are string comparisons (`===`, `endsWith('.' + host)`), path tests are
 * plain string prefixes on the pathname, and ranks are compared as tuples.
 *
 * The pack is flattened once per pack object (normalised hosts, label counts);
 * the scan itself stays linear in the number of patterns.
 */
import { NO_PAGE_ROLE, type Pack, type PagePattern, type PageSets, type Portal } from '../rules/schema';
import { AUTHORITY_WINDOW } from './normalize';
import type { Classification } from './types';

interface FlatPattern {
  portal: Portal;
  host: string;
  labels: number;
  subdomains: 'none' | 'include' | 'only';
  path: string | undefined;
  query: [string, string][];
}

interface Flat {
  domains: string[];
  patterns: FlatPattern[];
}

const flats = new WeakMap<Pack, Flat>();

function flatten(pack: Pack): Flat {
  let flat = flats.get(pack);
  if (flat) return flat;
  const strip = (h: string) => h.toLowerCase().replace(/\.+$/, '');
  flat = {
    domains: pack.academy.domains.map(strip),
    patterns: pack.portals.flatMap((portal) =>
      portal.urls.value.map((u) => ({
        portal,
        host: strip(u.host),
        labels: strip(u.host).split('.').length,
        subdomains: u.subdomains ?? 'none',
        path: u.path,
        query: Object.entries(u.query ?? {}),
      })),
    ),
  };
  flats.set(pack, flat);
  return flat;
}

/** Path prefix by whole segments, as plain string tests on the pathname. */
function linearPathMatches(pathname: string, path: string | undefined): boolean {
  if (path === undefined) return true;
  if (path.endsWith('*')) return pathname.startsWith(path.slice(0, -1));
  if (path.endsWith('/')) return pathname.startsWith(path);
  return pathname === path || pathname.startsWith(path + '/');
}

function linearQueryMatches(params: URLSearchParams, query: readonly (readonly [string, string])[]): boolean {
  return query.every(([k, v]) => {
    for (const [pk, pv] of params) if (pk === k && pv === v) return true;
    return false;
  });
}

/** A page path, wildcard segments and `exact` included, written the obvious way: segment by segment. */
function linearPagePathMatches(pathname: string, page: PagePattern): boolean {
  const want = page.path.slice(1).split('/');
  const got = pathname.slice(1).split('/');
  if (page.exact && !page.path.endsWith('*')) {
    if (want.length !== got.length) return false;
  } else if (got.length < want.length) return false;
  return want.every((w, i) => {
    const g = got[i] as string;
    if (i < want.length - 1) return w === '*' ? g !== '' : g === w;
    if (w.endsWith('*')) return g.startsWith(w.slice(0, -1));
    return (w === '' && !page.exact) || g === w;
  });
}

function linearPageMatches(url: URL, page: PagePattern): boolean {
  if (!url.pathname.startsWith('/')) return false;
  return linearPagePathMatches(url.pathname, page) && linearQueryMatches(url.searchParams, Object.entries(page.query ?? {}));
}

/** [host labels, host exactness, path length, exact last segment, query count, -order]: bigger wins. */
type Rank = [number, number, number, number, number, number];

function greater(a: Rank, b: Rank): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
  return false;
}

export function linearClassify(pack: Pack, input: string): Classification {
  const none: Classification = { academy: false, host: null, portal: null, role: NO_PAGE_ROLE };
  if (typeof input !== 'string' || input === '' || input.length > 2 * 1024 * 1024) return none;
  // A long string whose authority has not ended within the window holds no host within DNS limits.
  if (input.length > AUTHORITY_WINDOW && !/^[\x00-\x20]*[a-z][a-z0-9+.\t\n\r-]*:[/\\\t\n\r]*(?:[?#]|[^/\\?#\t\n\r][^/\\?#]*[/\\?#])/i.test(input.slice(0, AUTHORITY_WINDOW))) return none;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return none;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return none;
  // Beyond the DNS limits (253 characters and a root dot; 127 labels of at most 63): no site.
  if (url.hostname.length > 254) return none;
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (host === '' || host.length > 253) return none;
  const labels = host.split('.');
  if (labels.length > 127 || labels.some((label) => label.length > 63)) return none;
  const ip = /^\[.*\]$/.test(host) || /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/.test(host);
  if (ip || labels.some((label) => label === '')) return { academy: false, host, portal: null, role: NO_PAGE_ROLE };

  const flat = flatten(pack);
  const academy = flat.domains.some((d) => host === d || host.endsWith('.' + d));

  let best: FlatPattern | null = null;
  let bestRank: Rank | null = null;
  flat.patterns.forEach((p, order) => {
    let exactness: number;
    if (host === p.host) {
      if (p.subdomains === 'only') return;
      exactness = p.subdomains === 'none' ? 2 : 1;
    } else if (p.subdomains !== 'none' && host.endsWith('.' + p.host)) {
      exactness = 0;
    } else return;
    if (!linearPathMatches(url.pathname, p.path)) return;
    if (!linearQueryMatches(url.searchParams, p.query)) return;
    const path = p.path ?? '';
    const rank: Rank = [
      p.labels,
      exactness,
      path.endsWith('*') ? path.length - 1 : path.length,
      path !== '' && !path.endsWith('*') && !path.endsWith('/') ? 1 : 0,
      p.query.length,
      -order,
    ];
    if (bestRank === null || greater(rank, bestRank)) {
      best = p;
      bestRank = rank;
    }
  });

  const portal: Portal | null = (best as FlatPattern | null)?.portal ?? null;
  // The page sets that apply here; the role is the first declared one that any of them matches.
  const sets: (PageSets | undefined)[] = [];
  if (portal !== null && portal.id === pack.webmail.portal) sets.push(pack.webmail.pages, ...pack.webmailFamilies.map((f) => f.pages));
  if (portal !== null) sets.push(portal.pages);
  if (academy) sets.push(pack.academy.pages);
  const matches = (set: PageSets | undefined, role: string) => (set?.[role]?.value ?? []).some((page) => linearPageMatches(url, page));
  const role = pack.pageRoles.find((r) => sets.some((set) => matches(set, r))) ?? NO_PAGE_ROLE;
  return { academy, host, portal, role };
}
