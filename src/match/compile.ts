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
 * Host trie layout: a node stands for a reversed label path (fr → ac-lyon →
 * edu01) and links to its nearest ancestor node that holds something. Nodes
 * are found through one hash map keyed by the host suffix they stand for
 * ("edu01.ac-lyon.fr"), probed from the full host upwards: an exact host costs
 * one probe, instead of one map per label (and one string slice and hash per
 * label), and the first node found is the deepest one, which is where the
 * search for the most specific pattern starts anyway. Measured on the 10,000
 * portal bench, this is what keeps a cold-cache lookup under the target.
 *
 * Page role: the pack declares its roles (`pageRoles`, first listed wins) and
 * gives each site its pages by role; every role is read the same way, so a
 * new role is pack data only. At compile time each portal gets its roles
 * folded into one list per role (its own pages, the webmail's and every webmail
 * family's when it is the webmail, and a variant with the academy-wide ones), so a URL's role costs
 * one pre-filtered list check per role that has pages there.
 *
 * Lookup cost grows with the number of labels and path segments of the URL,
 * not with the number of portals or patterns (and a host beyond the DNS limits, 253 characters
 * and 63 per label, is refused before the trie: at most 127 labels are ever probed); 10,000 `pedagogie.ac-lyon.fr/<d>`
 * rules are one map lookup per segment. `linear.ts` implements the same rules
 * by scanning every pattern; the property tests hold the two to agree.
 */
import { NO_PAGE_ROLE, type Pack, type PageSets, type PagePattern, type Portal } from '../rules/schema';
import { dnsHost, isIpLiteral, isUnderAny, normalizeHost, parseWebUrl } from './normalize';
import { compilePage, compilePath, compileQuery, PageList, queryMatches, redactPath, type QueryPairs, type QuerySource } from './page-pattern';
import type { Classification, Matcher, PageRole } from './types';

export { normalizeHost } from './normalize';
export { matchesPagePattern } from './page-pattern';

/** The answer for anything that is not an http(s) URL we could parse (a fresh object: callers may keep or change it). */
export const notWeb = (): Classification => ({ academy: false, host: null, portal: null, role: NO_PAGE_ROLE });

/** The pages of the roles that have some at a place, in the pack's role order: the first that matches is the page's role. */
type RoleTable = readonly { readonly role: PageRole; readonly pages: PageList }[];

/** One URL pattern of one portal, as stored in the path tries (with what the role check needs, to save memory hops). */
interface Entry {
  readonly portal: Portal;
  /** The portal's role table off the academy's domains, shared between portals whose pages are the same. */
  readonly roles: RoleTable;
  /** The same with the academy-wide pages folded in, for hosts under the academy's domains. */
  readonly academyRoles: RoleTable;
  /** Path specificity (characters of the path without `*`; 0 without a path). */
  readonly length: number;
  /** 1 when the path's last segment must match exactly. */
  readonly exactLast: number;
  readonly query: QueryPairs | null;
  readonly queryCount: number;
  /** Position of the pattern in the pack; lower wins ties. */
  readonly order: number;
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
  starLengths: number[] | null = null;
  /** False when the node has neither children nor stars (no need to look at the path). */
  deeper = false;
}

class HostNode {
  /** Nearest ancestor node (shorter host suffix) that exists; null at the top. */
  parent: HostNode | null = null;
  /** This host is one of the academy's domains or lies under one. */
  academy = false;
  /** `subdomains: 'none'` patterns on exactly this host. */
  exact: PathNode | null = null;
  /** `subdomains: 'include'` patterns, on exactly this host. */
  self: PathNode | null = null;
  /** `include` and `only` patterns, for hosts strictly under this one. */
  sub: PathNode | null = null;
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
  node.deeper = true;
  if (compiled.star) {
    node.stars ??= new Map();
    node.starLengths ??= [];
    const list = node.stars.get(compiled.last);
    if (list) list.push(entry);
    else node.stars.set(compiled.last, [entry]);
    if (!node.starLengths.includes(compiled.last.length)) node.starLengths.push(compiled.last.length);
  } else {
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

/**
 * Work done by every compiled matcher, in steps: a host-map probe, a path-trie step, a candidate
 * pattern or page checked. Counted, not timed, so a test can prove that a hostile URL costs no
 * more than an ordinary one (`CompiledMatcher.steps()`).
 */
let steps = 0;

function consider(list: Entry[] | null | undefined, best: Entry | null, lookup: Lookup): Entry | null {
  if (!list) return best;
  steps += list.length;
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
    steps++;
    let end = path.indexOf('/', pos);
    if (end === -1) end = path.length;
    if (node.starLengths !== null && node.stars !== null) {
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
  /** Number of host nodes in the trie. */
  readonly hostNodes: number;
  /** Steps taken so far by every compiled matcher (probes, trie steps, checks): the cost of a lookup is the difference. */
  steps(): number;
}

export function compileMatcher(pack: Pack): CompiledMatcher {
  const domains = pack.academy.domains.map(normalizeHost);
  const nodes = new Map<string, HostNode>();
  const hostNode = (host: string): HostNode => {
    const key = normalizeHost(host);
    let node = nodes.get(key);
    if (!node) {
      nodes.set(key, (node = new HostNode()));
      node.academy = isUnderAny(key, domains);
    }
    return node;
  };
  for (const domain of domains) hostNode(domain);

  // Role tables are interned: 10,000 portals listing the same SPIP login pages share one pair of compiled tables.
  const tableOf = (sets: readonly (PageSets | undefined)[]): RoleTable =>
    pack.pageRoles.flatMap((role) => {
      const patterns = sets.flatMap((set): readonly PagePattern[] => set?.[role]?.value ?? []);
      return patterns.length > 0 ? [{ role, pages: new PageList(patterns.map(compilePage)) }] : [];
    });
  /** Equal for equal page sets (paths hold neither spaces nor newlines). */
  const pagesKey = (set: PageSets | undefined): string => {
    let key = '';
    for (const role of pack.pageRoles) {
      for (const p of set?.[role]?.value ?? []) key += `${role} ${p.path}${p.exact ? ' exact' : ''}${p.query ? JSON.stringify(p.query) : ''}\n`;
    }
    return key;
  };
  const shared = new Map<string, { roles: RoleTable; academyRoles: RoleTable }>();
  const academyPages = pack.academy.pages;
  const academyOnly = tableOf([academyPages]);

  let order = 0;
  for (const portal of pack.portals) {
    const isWebmail = portal.id === pack.webmail.portal;
    const key = `${isWebmail ? 'webmail\n' : ''}${pagesKey(portal.pages)}`; // every pagesKey line holds a space
    let tables = shared.get(key);
    if (!tables) {
      const own = isWebmail ? [pack.webmail.pages, ...pack.webmailFamilies.map((f) => f.pages), portal.pages] : [portal.pages];
      shared.set(key, (tables = { roles: tableOf(own), academyRoles: tableOf([...own, academyPages]) }));
    }
    const { roles, academyRoles } = tables;
    for (const pattern of portal.urls.value) {
      const query = compileQuery(pattern.query);
      const path = pattern.path === undefined ? null : compilePath(pattern.path);
      const entry: Entry = {
        portal,
        roles,
        academyRoles,
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

  // Link each node to its nearest existing ancestor (drop labels from the left).
  for (const [host, node] of nodes) {
    for (let dot = host.indexOf('.'); dot !== -1 && node.parent === null; dot = host.indexOf('.', dot + 1)) {
      node.parent = nodes.get(host.slice(dot + 1)) ?? null;
    }
  }

  function roleOf(table: RoleTable, lookup: Lookup): PageRole {
    for (let i = 0; i < table.length; i++) {
      steps++;
      const check = table[i]!;
      if (check.pages.matches(lookup.pathname, lookup)) return check.role;
    }
    return NO_PAGE_ROLE;
  }

  function classify(input: string): Classification {
    const url = parseWebUrl(input);
    if (url === null) return notWeb();
    // WHATWG parsing already lowercased (and punycoded) the host: only trailing dots remain to strip.
    // A host beyond the DNS limits is no site: refused on its length, before any probe.
    const host = dnsHost(url.hostname);
    if (host === null || host.length === 0) return notWeb();
    if (isIpLiteral(host)) return { academy: false, host, portal: null, role: NO_PAGE_ROLE };

    // The deepest node at or above the host: probe the full host, then drop labels from the left.
    // Node keys are valid host names, so probing past an empty label could only find an ancestor
    // of a malformed host: such hosts (`a..ac-lyon.fr`, `.ac-lyon.fr`) match nothing.
    steps++;
    let node = nodes.get(host);
    const whole = node !== undefined;
    if (node === undefined) {
      // Stops at an empty label (a leading dot, or two dots in a row) before probing past it.
      for (let dot = host.indexOf('.'); dot > 0 && host.charCodeAt(dot + 1) !== 0x2e /* . */; dot = host.indexOf('.', dot + 1)) {
        steps++;
        node = nodes.get(host.slice(dot + 1));
        if (node !== undefined) break;
      }
      if (node === undefined) return { academy: false, host, portal: null, role: NO_PAGE_ROLE };
    }

    const lookup = new Lookup(url);
    let found: Entry | null = null;
    let at: HostNode | null = node;
    if (whole) {
      if (node.exact !== null) found = bestInPaths(node.exact, lookup);
      if (found === null && node.self !== null) found = bestInPaths(node.self, lookup);
      at = node.parent;
    }
    for (; found === null && at !== null; at = at.parent) {
      steps++;
      if (at.sub !== null) found = bestInPaths(at.sub, lookup);
    }

    const academy = node.academy;
    if (found === null) return { academy, host, portal: null, role: academy ? roleOf(academyOnly, lookup) : NO_PAGE_ROLE };
    return { academy, host, portal: found.portal, role: roleOf(academy ? found.academyRoles : found.roles, lookup) };
  }

  // Only the page patterns with a wildcard segment can match a name; without any, redact is the identity.
  const allSets = [academyPages, pack.webmail.pages, ...pack.webmailFamilies.map((f) => f.pages), ...pack.portals.map((p) => p.pages)];
  const wild = allSets
    .flatMap((set) => pack.pageRoles.flatMap((role): readonly PagePattern[] => set?.[role]?.value ?? []))
    .map(compilePage)
    .filter((page) => page.segments !== null);

  function redact(input: string): string {
    if (wild.length === 0) return input;
    const url = parseWebUrl(input);
    if (url === null) return input;
    const path = redactPath(wild, url.pathname);
    if (path === url.pathname) return input;
    url.pathname = path;
    return url.href;
  }

  return { classify, redact, patternCount: order, hostNodes: nodes.size, steps: () => steps };
}
