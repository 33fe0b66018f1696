/**
 * Path prefixes by whole segments, and exact query parameters.
 *
 * A pattern path is split into segments. Every segment but the last must equal
 * the URL's segment at the same place. The last one either equals it, or —
 * when it ends with `*` — is a prefix of it. A trailing slash (`/enseigne/`)
 * leaves an empty last segment, treated as `/enseigne/*`: anything under the
 * directory, not `/enseigne` itself. The URL may have more segments.
 *
 *   `/enseigne`        matches `/enseigne`, `/enseigne/`, `/enseigne/maths/x`; not `/enseignement`
 *   `/login/ct_logon*` matches `/login/ct_logon.jsp`, `/login/ct_logon_mixte.jsp`
 *
 * The pathname is compared as `new URL()` gives it (percent-encoded, dot
 * segments resolved), case-sensitively; it is never decoded.
 *
 * Query: each listed parameter must occur in the query string with exactly
 * the given value (as `URLSearchParams` decodes it; any occurrence counts).
 *
 * Page patterns only (not the portals' URL patterns) may also have:
 * - a middle segment that is a lone `*`: exactly one whole, non-empty segment,
 *   whatever it holds (SOGo's inbox, `/SOGo/so/<user>/Mail/view`, is written with `*` for `<user>`);
 *   `redactPath` replaces what such a segment matched with `*`, so it is never kept;
 * - `exact: true`: nothing may follow the path (`/owa/` exact is the OWA inbox,
 *   not `/owa/auth/logon.aspx`).
 */
import type { PagePattern } from '../rules/schema';
import { pathSegments } from './normalize';

export type QueryPairs = readonly (readonly [string, string])[];

/** A path prefix split once at compile time. */
export interface CompiledPath {
  /** Segments before the last one; each must match exactly. */
  readonly head: readonly string[];
  /** The last segment, without its `*`. */
  readonly last: string;
  /** True when the last segment is a prefix (`*`, or empty after a trailing slash). */
  readonly star: boolean;
  /** Specificity: characters of the path without its `*` (0 when there is no path). */
  readonly length: number;
}

/**
 * A page pattern ready for cheap checks on the pathname string (no splitting):
 * segment semantics reduce to a string prefix, plus a `/`-or-end boundary when
 * the last segment must match whole.
 */
export interface CompiledPage {
  /** The path without its final `*` (up to its first wildcard segment, when it has one); '' when the pattern has no path. */
  readonly prefix: string;
  /** True when the pathname must end, or continue with '/', right after `prefix`. */
  readonly whole: boolean;
  /** True when the pathname must end right after the path. */
  readonly exact: boolean;
  /** The path's segments when one is a wildcard (null: one per wildcard), else null: a plain prefix check is enough. */
  readonly segments: readonly (string | null)[] | null;
  readonly query: QueryPairs | null;
}

/** A page path's segments, with null for each lone `*` that is not the last segment; null when there is none. */
function wildSegments(path: string): (string | null)[] | null {
  const segs = pathSegments(path);
  if (!segs.slice(0, -1).includes('*')) return null;
  return segs.map((seg, i) => (seg === '*' && i < segs.length - 1 ? null : seg));
}

export function compilePath(path: string): CompiledPath {
  const segs = pathSegments(path);
  let last = segs.pop() ?? '';
  let star = false;
  if (last.endsWith('*')) {
    last = last.slice(0, -1);
    star = true;
  } else if (last === '') {
    star = true;
  }
  return { head: segs, last, star, length: star && path.endsWith('*') ? path.length - 1 : path.length };
}

export function compileQuery(query: Readonly<Record<string, string>> | undefined): QueryPairs | null {
  if (!query) return null;
  const pairs = Object.entries(query);
  return pairs.length > 0 ? pairs : null;
}

export function compilePage(pattern: {
  path?: string | undefined;
  query?: Readonly<Record<string, string>> | undefined;
  exact?: boolean | undefined;
}): CompiledPage {
  const path = pattern.path ?? '';
  const star = path.endsWith('*');
  const segments = wildSegments(path);
  // The pre-filter and the cheap first check read the literal part before the first wildcard.
  const literal = segments === null ? path : path.slice(0, path.indexOf('/*/') + 1);
  return {
    prefix: segments === null && star ? path.slice(0, -1) : literal,
    whole: path !== '' && !star && !path.endsWith('/'),
    exact: pattern.exact === true && !star,
    segments,
    query: compileQuery(pattern.query),
  };
}

/** Segment by segment, for a path with wildcard segments (rare: a plain prefix check does for the others). */
function wildPathMatches(page: CompiledPage, segments: readonly (string | null)[], pathname: string): boolean {
  const segs = pathSegments(pathname);
  if (segs.length < segments.length || (page.exact && segs.length !== segments.length)) return false;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const want = segments[i];
    const got = segs[i] as string;
    if (want === null ? got === '' : got !== want) return false;
  }
  const want = segments[last] as string;
  const got = segs[last] as string;
  if (want.endsWith('*')) return got.startsWith(want.slice(0, -1));
  // An empty last segment (a trailing '/') is anything under the directory, as in a plain prefix;
  // in an exact path it is the trailing '/' itself.
  return (want === '' && !page.exact) || got === want;
}

/** Does a pathname (starting with '/') match a compiled page's path? */
export function pagePathMatches(page: CompiledPage, pathname: string): boolean {
  if (!pathname.startsWith(page.prefix)) return false;
  if (page.segments !== null) return wildPathMatches(page, page.segments, pathname);
  if (page.exact) return pathname.length === page.prefix.length;
  if (!page.whole) return true;
  const n = page.prefix.length;
  return pathname.length === n || pathname.charCodeAt(n) === 0x2f /* / */;
}

/**
 * The pathname with every segment that a wildcard segment of one of these pages matched
 * replaced by `*`: what a page's path says of its user (SOGo's `/SOGo/so/<user>/…`) is
 * never kept nor shown. A redacted path still matches the same pages (`*` is a segment).
 */
export function redactPath(pages: readonly CompiledPage[], pathname: string): string {
  let segs: string[] | null = null;
  for (const page of pages) {
    if (page.segments === null || !pagePathMatches(page, pathname)) continue;
    segs ??= pathSegments(pathname);
    page.segments.forEach((want, i) => {
      if (want === null && i < segs!.length) segs![i] = '*';
    });
  }
  return segs === null ? pathname : `/${segs.join('/')}`;
}

/** Are all the query pairs present in these search params? */
export function queryMatches(query: QueryPairs | null, params: URLSearchParams): boolean {
  if (query === null) return true;
  for (const [key, value] of query) if (!params.getAll(key).includes(value)) return false;
  return true;
}

/** Where the query comes from: read only when a pattern with a query is checked (parsing it costs). */
export interface QuerySource {
  params(): URLSearchParams;
}

/**
 * A list of compiled pages with a one-character pre-filter: most pathnames
 * differ from every pattern at their first character, and are rejected with
 * one bit test instead of a prefix test per pattern.
 */
export class PageList {
  /** Bit c set when some pattern's path has character code c (< 128) right after the leading '/'; null: no filter. */
  private readonly second: Uint32Array | null;

  constructor(readonly pages: readonly CompiledPage[]) {
    let mask: Uint32Array | null = new Uint32Array(4);
    for (const page of pages) {
      const c = page.prefix.charCodeAt(1);
      if (!(c < 128)) {
        mask = null; // a prefix of '' or '/' (or a non-ASCII one): no pre-filter
        break;
      }
      mask[c >> 5] = (mask[c >> 5] as number) | (1 << (c & 31));
    }
    this.second = mask;
  }

  matches(pathname: string, source: QuerySource): boolean {
    const pages = this.pages;
    if (pages.length === 0) return false;
    if (this.second !== null) {
      const c = pathname.charCodeAt(1);
      if (!(c < 128) || ((this.second[c >> 5] as number) & (1 << (c & 31))) === 0) return false;
    }
    return anyPageMatches(pages, pathname, source);
  }
}

/** True when one of the compiled pages matches. */
export function anyPageMatches(pages: readonly CompiledPage[], pathname: string, source: QuerySource): boolean {
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i] as CompiledPage;
    if (pagePathMatches(page, pathname) && (page.query === null || queryMatches(page.query, source.params()))) return true;
  }
  return false;
}

/**
 * Does this URL's path (and query) match a page pattern? Host and scheme are
 * not looked at. URLs without a hierarchical path (`about:blank`) never match.
 */
export function matchesPagePattern(url: URL, pattern: PagePattern): boolean {
  const pathname = url.pathname;
  if (pathname.charCodeAt(0) !== 0x2f /* / */) return false;
  return anyPageMatches([compilePage(pattern)], pathname, { params: () => url.searchParams });
}
