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

export interface CompiledPage {
  readonly path: CompiledPath | null;
  readonly query: QueryPairs | null;
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

export function compilePage(pattern: { path?: string | undefined; query?: Readonly<Record<string, string>> | undefined }): CompiledPage {
  return { path: pattern.path === undefined ? null : compilePath(pattern.path), query: compileQuery(pattern.query) };
}

/** Does a compiled path match these URL path segments? */
export function pathMatches(path: CompiledPath, segs: readonly string[]): boolean {
  const n = path.head.length;
  if (segs.length <= n) return false;
  for (let i = 0; i < n; i++) if (segs[i] !== path.head[i]) return false;
  const seg = segs[n] as string;
  return path.star ? seg.startsWith(path.last) : seg === path.last;
}

/** Are all the query pairs present in these search params? */
export function queryMatches(query: QueryPairs | null, params: URLSearchParams): boolean {
  if (query === null) return true;
  for (const [key, value] of query) if (!params.getAll(key).includes(value)) return false;
  return true;
}

export function pageMatches(page: CompiledPage, segs: readonly string[], params: URLSearchParams): boolean {
  return (page.path === null || pathMatches(page.path, segs)) && queryMatches(page.query, params);
}

/** True when one of the compiled pages matches. */
export function anyPageMatches(pages: readonly CompiledPage[], segs: readonly string[], params: URLSearchParams): boolean {
  for (const page of pages) if (pageMatches(page, segs, params)) return true;
  return false;
}

/**
 * Does this URL's path (and query) match a page pattern? Host and scheme are
 * not looked at. URLs without a hierarchical path (`about:blank`) never match.
 */
export function matchesPagePattern(url: URL, pattern: PagePattern): boolean {
  const pathname = url.pathname;
  if (pathname.charCodeAt(0) !== 0x2f /* / */) return false;
  return pageMatches(compilePage(pattern), pathSegments(pathname), url.searchParams);
}
