/**
 * The URL matcher: compiles a rules pack once into a trie of reversed host
 * labels, each host node holding tries of path segments (the shape Dark Reader
 * uses for its site lists), then classifies URLs without scanning portals.
 *
 * Which portal wins — the most specific matching pattern, compared in order:
 *   1. host depth: more labels of the URL host matched by the pattern host;
 *   2. at the URL's own host, `subdomains: 'none'` beats `'include'`
 *      (`'only'` never matches the host itself; at a parent host `include`
 *      and `only` are equal);
 *   3. path: longer prefix (characters without the final `*`); at equal
 *      length an exact last segment beats a `*` one;
 *   4. more query parameters;
 *   5. declaration order in the pack (first wins).
 * A pattern whose path or query does not match is skipped, and the search goes
 * on with less specific ones (e.g. `www.ac-lyon.fr/dsden01` misses on
 * `/actus`, so the host-only `www.ac-lyon.fr` pattern wins).
 *
 * Lookup cost grows with the number of labels and path segments of the URL,
 * not with the number of portals or patterns: 10,000 `pedagogie.ac-lyon.fr/<d>`
 * rules are one map lookup per segment. `linear.ts` implements the same rules
 * by scanning every pattern; the property tests hold the two to agree.
 */
import type { Pack, Portal } from '../rules/schema';
import { normalizeHost, isMatchableHost, parseWebUrl } from './normalize';
import { anyPageMatches, compilePage, compilePath, compileQuery, queryMatches, type CompiledPage, type QueryPairs, type QuerySource } from './page-pattern';
import type { Classification, Matcher, PageRole } from './types';

export { normalizeHost } from './normalize';
export { matchesPagePattern } from './page-pattern';

/** The answer for anything that is not an http(s) URL we could parse. */
export const NOT_WEB: Classification = Object.freeze({ academy: false, host: null, portal: null, role: 'other' }) as Classification;

/** One URL pattern of one portal, as stored in the path tries. */
interface Entry {
  readonly portal: CompiledPortal;
  /** Path specificity (characters of the path without `*`; 0 without a path). */
  readonly length: number;
  /** 1 when the path's last segment must match exactly. */
  readonly exactLast: number;
  readonly query: QueryPairs | null;
  readonly queryCount: number;
  /** Position of the pattern in the pack; lower wins ties. */
  readonly order: number;
}

interface CompiledPortal {
  readonly portal: Portal;
  readonly isWebmail: boolean;
  readonly loginPages: readonly CompiledPage[];
}

/** Is `a` more specific than `b` on the path level (host level already equal)? */
function better(a: Entry, b: Entry): boolean {
  if (a.length !== b.length) return a.length > b.length;
  if (a.exactLast !== b.exactLast) return a.exactLast > b.exactLast;
  if (a.queryCount !== b.queryCount) return a.queryCount > b.queryCount;
  return a.order < b.order;
}

class PathNode {
  /** Patterns whose path ends at this node (exact last segment), or that have no path (root). */
  here: Entry[] | null = null;
  children: Map<string, PathNode> | null = null;
  /** Patterns whose last segment is a prefix on the next URL segment, keyed by that prefix. */
  stars: Map<string, Entry[]> | null = null;
  /** The distinct prefix lengths in `stars`, so a lookup tries each length once. */
  starLengths: number[] = [];
  /** False when the node has neither children nor stars (no need to split the path). */
  deeper = false;
}

class HostNode {
  children: Map<string, HostNode> | null = null;
  /** This host is one of the academy's domains. */
  academy = false;
  /** `subdomains: 'none'` patterns on exactly this host. */
  exact: PathNode | null = null;
  /** `subdomains: 'include'` patterns, on exactly this host. */
  self: PathNode | null = null;
  /** `include` and `only` patterns, for hosts strictly under this one. */
  sub: PathNode | null = null;

  child(label: string): HostNode {
    this.children ??= new Map();
    let next = this.children.get(label);
    if (!next) this.children.set(label, (next = new HostNode()));
    return next;
  }
}

function insertPath(root: PathNode, path: string | undefined, entry: Entry): void {
  if (path === undefined) {
    (root.here ??= []).push(entry);
    return;
  }
  const compiled = compilePath(path);
  let node = root;
  for (const seg of compiled.head) {
    node.deeper = true;
    node.children ??= new Map();
    let next = node.children.get(seg);
    if (!next) node.children.set(seg, (next = new PathNode()));
    node = next;
  }
  if (compiled.star) {
    node.deeper = true;
    node.stars ??= new Map();
    const list = node.stars.get(compiled.last);
    if (list) list.push(entry);
    else node.stars.set(compiled.last, [entry]);
    if (!node.starLengths.includes(compiled.last.length)) node.starLengths.push(compiled.last.length);
  } else {
    node.deeper = true;
    node.children ??= new Map();
    let leaf = node.children.get(compiled.last);
    if (!leaf) node.children.set(compiled.last, (leaf = new PathNode()));
    (leaf.here ??= []).push(entry);
  }
}

/** Per-URL parts, read once and shared by every path trie and page check. */
class Lookup implements QuerySource {
  readonly pathname: string;
  private search: URLSearchParams | null = null;
  constructor(private readonly url: URL) {
    this.pathname = url.pathname;
  }
  /** The query, parsed only when a pattern with a query is checked. */
  params(): URLSearchParams {
    return (this.search ??= this.url.searchParams);
  }
}

function consider(list: Entry[] | null | undefined, best: Entry | null, lookup: Lookup): Entry | null {
  if (!list) return best;
  for (let i = 0; i < list.length; i++) {
    const entry = list[i] as Entry;
    if (best !== null && !better(entry, best)) continue;
    if (entry.query === null || queryMatches(entry.query, lookup.params())) best = entry;
  }
  return best;
}

/** The most specific entry of one path trie matching the URL, or null. */
function bestInPaths(root: PathNode, lookup: Lookup): Entry | null {
  let best = consider(root.here, null, lookup);
  if (!root.deeper) return best;
  // Walk the pathname segment by segment without splitting it all: most walks stop early.
  const path = lookup.pathname;
  let node = root;
  let pos = 1;
  for (;;) {
    let end = path.indexOf('/', pos);
    if (end === -1) end = path.length;
    if (node.stars !== null) {
      for (const len of node.starLengths) {
        if (len <= end - pos) best = consider(node.stars.get(path.slice(pos, pos + len)), best, lookup);
      }
    }
    if (node.children === null) break;
    const next = node.children.get(path.slice(pos, end));
    if (next === undefined) break;
    node = next;
    best = consider(node.here, best, lookup);
    if (end === path.length) break;
    pos = end + 1;
  }
  return best;
}

export interface CompiledMatcher extends Matcher {
  /** Number of URL patterns compiled (for diagnostics and the bench). */
  readonly patternCount: number;
}

export function compileMatcher(pack: Pack): CompiledMatcher {
  const root = new HostNode();
  const hostNode = (host: string): HostNode => {
    const labels = normalizeHost(host).split('.');
    let node = root;
    for (let i = labels.length - 1; i >= 0; i--) node = node.child(labels[i] as string);
    return node;
  };

  for (const domain of pack.academy.domains) hostNode(domain).academy = true;

  const webmailPages = pack.webmail.inboxPages.map(compilePage);
  const webmailLogin = pack.webmail.loginPages.map(compilePage);
  const academyLogin = pack.loginPages.map(compilePage);

  let order = 0;
  for (const portal of pack.portals) {
    const compiled: CompiledPortal = {
      portal,
      isWebmail: portal.id === pack.webmail.portal,
      loginPages: (portal.loginPages ?? []).map(compilePage),
    };
    for (const pattern of portal.urls.value) {
      const query = compileQuery(pattern.query);
      const path = pattern.path === undefined ? null : compilePath(pattern.path);
      const entry: Entry = {
        portal: compiled,
        length: path?.length ?? 0,
        exactLast: path !== null && !path.star ? 1 : 0,
        query,
        queryCount: query?.length ?? 0,
        order: order++,
      };
      const node = hostNode(pattern.host);
      switch (pattern.subdomains) {
        case 'include':
          insertPath((node.self ??= new PathNode()), pattern.path, entry);
          insertPath((node.sub ??= new PathNode()), pattern.path, entry);
          break;
        case 'only':
          insertPath((node.sub ??= new PathNode()), pattern.path, entry);
          break;
        default:
          insertPath((node.exact ??= new PathNode()), pattern.path, entry);
      }
    }
  }

  // Host nodes met on the walk, reused across calls (classify is synchronous and never re-entered).
  // The walk is never deeper than the trie (pack hosts have at most 127 labels); the array grows if needed.
  const visited: HostNode[] = new Array<HostNode>(16).fill(root);

  function roleOf(portal: CompiledPortal | null, academy: boolean, lookup: Lookup): PageRole {
    if (portal === null && !academy) return 'other';
    const pathname = lookup.pathname;
    if (portal !== null) {
      if (portal.isWebmail) {
        if (anyPageMatches(webmailPages, pathname, lookup)) return 'inbox';
        if (anyPageMatches(webmailLogin, pathname, lookup)) return 'login';
      }
      if (anyPageMatches(portal.loginPages, pathname, lookup)) return 'login';
    }
    if (academy && anyPageMatches(academyLogin, pathname, lookup)) return 'login';
    return 'other';
  }

  function classify(input: string): Classification {
    const url = parseWebUrl(input);
    if (url === null) return NOT_WEB;
    // WHATWG parsing already lowercased (and punycoded) the host: only trailing dots remain to strip.
    let host = url.hostname;
    if (host.charCodeAt(host.length - 1) === 0x2e /* . */) host = normalizeHost(host);
    if (host.length === 0) return NOT_WEB;
    if (!isMatchableHost(host)) return { academy: false, host, portal: null, role: 'other' };

    // Walk down the reversed labels as far as the trie goes.
    let depth = 0;
    let academy = false;
    let node = root;
    let end = host.length;
    let whole = true;
    while (end > 0) {
      if (node.children === null) {
        whole = false;
        break;
      }
      const dot = host.lastIndexOf('.', end - 1);
      const next = node.children.get(host.slice(dot + 1, end));
      if (next === undefined) {
        whole = false;
        break;
      }
      node = next;
      visited[depth++] = node;
      if (node.academy) academy = true;
      end = dot;
    }

    const lookup = new Lookup(url);
    let found: Entry | null = null;
    let i = depth - 1;
    if (whole && i >= 0) {
      const self = visited[i] as HostNode;
      if (self.exact !== null) found = bestInPaths(self.exact, lookup);
      if (found === null && self.self !== null) found = bestInPaths(self.self, lookup);
      i--;
    }
    for (; found === null && i >= 0; i--) {
      const sub = (visited[i] as HostNode).sub;
      if (sub !== null) found = bestInPaths(sub, lookup);
    }

    const portal = found?.portal ?? null;
    return { academy, host, portal: portal?.portal ?? null, role: roleOf(portal, academy, lookup) };
  }

  return { classify, patternCount: order };
}
