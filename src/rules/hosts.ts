/**
 * The one host rule and the one URL rule for every host and URL a rules pack or a policy names.
 *
 * A host is the academy's (at or under `academy.domains`) unless its field says it is outside (the
 * regional ENT's sign-on, other providers' mail servers, an outside portal). No host is an IP
 * literal. An academy domain, and an outside domain that claims its subdomains, is never a public
 * suffix (`fr`, `gouv.fr`, `github.io`): that is checked against the public-suffix list where the
 * list is cheap to carry (the build, `npm run validate-rules`, the tests: `public-suffix.ts`).
 * The worker does not carry it; there, a remote layer (hosted pack, policy) is held to the pack
 * built into the extension, which was checked against the list when it was built, role by role:
 * its academy domains at or under the build's; an outside portal claiming subdomains at or under
 * one the build's outside portals claim; a provider's domain at or under a provider's of the build;
 * the forwarding perimeter's academic and ministry domains and families each within the build's
 * same set (a remote layer may narrow the perimeter the forwarding guard trusts, never widen it, so
 * that no hosted pack can make `moi@gmail.com` academic).
 *
 * A URL is https, with no user name or password, its host normalised (case, trailing dot, punycode,
 * as WHATWG URL parsing gives it) and held to the host rule.
 *
 * Messages are keys of the validator's catalog (./messages.ts), with their values in `subs`.
 */
import type { MessageRef } from './messages';
import { inFamily, isIpLiteral, isUnderAny, normalizeHost, type DomainFamily } from './host-names';

/** Where a host or URL is checked, and against what. */
export interface HostScope {
  /** The academy's domains (the pack's own, already checked); undefined while unknown (the check then waits for them). */
  domains?: readonly string[] | undefined;
  /** From the public-suffix list: only where it is cheap to carry (never the worker). */
  isPublicSuffix?: ((host: string) => boolean) | undefined;
  /** A remote layer (hosted pack, policy) checked in the worker, held to the pack built into the extension. */
  build?: BuildBounds | undefined;
}

/** What the pack built into the extension allows a remote layer: checked against the public-suffix list at build time. */
export interface BuildBounds {
  /** The built-in pack's academy domains. */
  domains: readonly string[];
  /** Outside portal hosts the built-in pack lets claim their subdomains (`subdomains: include|only`). */
  outsideSites: readonly string[];
  /** The other providers' domains the built-in pack lists. */
  providerDomains: readonly string[];
  /** The forwarding perimeter of the built-in pack, each set on its own: a remote set may only be within the same one. */
  perimeter: Record<PerimeterRole, PerimeterSet>;
}

/** The two sets of the forwarding perimeter. */
export type PerimeterRole = 'academic' | 'ministry';
/** Domains with their subdomains, and families (`ac-*.fr`). */
export interface PerimeterSet {
  exact: readonly string[];
  families: readonly DomainFamily[];
}

/** How far a field's hosts reach. */
export type Reach =
  /** one of `academy.domains` itself */
  | 'academy-domain'
  /** a host at or under the academy's domains */
  | 'academy'
  /** a host of a portal the pack says is the academy's (no `"outside": true`): `academy`, with the way to mark it outside */
  | 'academy-site'
  /** one outside host */
  | 'outside'
  /** another provider's domain and all its subdomains */
  | 'provider-domain'
  /** a domain of the forwarding perimeter's academic set, with its subdomains */
  | 'academic-perimeter'
  /** a domain of the forwarding perimeter's ministry set, with its subdomains */
  | 'ministry-perimeter';

/** Reaches that claim every subdomain of the host. */
const CLAIMS_SUBDOMAINS: readonly Reach[] = ['provider-domain', 'academic-perimeter', 'ministry-perimeter'];

/** Lowercase ASCII host name: IDNs in punycode, as URL parsing returns them. */
export const HOST_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

/** A domain (and its subdomains) is within a perimeter set: at or under one of its domains, or in one of its families. */
const domainWithin = (host: string, set: PerimeterSet): boolean => isUnderAny(host, set.exact) || set.families.some((f) => inFamily(host, f));

/**
 * Every domain of `family` is within `set`: under one of its domains (`ac-*.education.gouv.fr`
 * under `education.gouv.fr`), or in one of its families with the same suffix and a prefix that
 * starts with theirs (`ac-ly*.fr` in `ac-*.fr`), or with a longer suffix whose fixed label is in it
 * (`*.ac-lyon.fr` in `ac-*.fr`).
 */
export function familyWithin(family: DomainFamily, set: PerimeterSet): boolean {
  const fixed = family.suffix.slice(1);
  if (isUnderAny(fixed, set.exact)) return true;
  return set.families.some((f) => (f.suffix === family.suffix ? family.prefix.startsWith(f.prefix) : inFamily(fixed, f)));
}

const PERIMETER_OF: Partial<Record<Reach, PerimeterRole>> = { 'academic-perimeter': 'academic', 'ministry-perimeter': 'ministry' };

/** What is wrong with `host` for a field of this reach, or null. `host` must already be lowercase ASCII (HOST_RE). */
export function hostProblem(host: string, reach: Reach, scope: HostScope, claimsSubdomains = CLAIMS_SUBDOMAINS.includes(reach)): MessageRef | null {
  if (isIpLiteral(host)) return { key: 'v_host_ip', subs: [host] };
  const build = scope.build;
  if (reach === 'academy-domain') {
    if (scope.isPublicSuffix?.(host)) return { key: 'v_host_public_suffix', subs: [host] };
    if (build && !isUnderAny(host, build.domains)) return { key: 'v_host_beyond_build', subs: [host, build.domains.join(', ')] };
    return null;
  }
  if (reach === 'academy' || reach === 'academy-site') {
    if (scope.domains && !isUnderAny(host, scope.domains)) return { key: reach === 'academy' ? 'v_host_not_academy' : 'v_portal_not_academy', subs: [host, scope.domains.join(', ')] };
    return null;
  }
  if (!claimsSubdomains) return null;
  if (scope.isPublicSuffix?.(host)) return { key: 'v_host_public_suffix_claim', subs: [host] };
  if (!build) return null;
  const role = PERIMETER_OF[reach];
  if (role) return domainWithin(host, build.perimeter[role]) ? null : { key: 'v_host_remote_perimeter', subs: [host, role, describeSet(build.perimeter[role])] };
  if (reach === 'provider-domain') return isUnderAny(host, build.providerDomains) ? null : { key: 'v_host_remote_provider', subs: [host] };
  return isUnderAny(host, build.outsideSites) ? null : { key: 'v_host_remote_claim', subs: [host] };
}

/** `ac-*.fr` for a family, as a DSI would write it. */
export const describeFamily = (f: DomainFamily): string => `${f.prefix}*${f.suffix}`;
const describeSet = (set: PerimeterSet): string => [...set.exact, ...set.families.map(describeFamily)].join(', ') || '-';

/**
 * What is wrong with a family of the forwarding perimeter's `role` set, or null: in the worker, it
 * must be within the built-in pack's same set (`g*.com` is not within `ac-*.fr`).
 */
export function familyProblem(family: DomainFamily, role: PerimeterRole, scope: HostScope): MessageRef | null {
  const build = scope.build;
  if (build && !familyWithin(family, build.perimeter[role])) {
    return { key: 'v_family_remote', subs: [describeFamily(family), role, describeSet(build.perimeter[role])] };
  }
  return null;
}

/** The reaches a URL's host may have. */
export type UrlReach = 'academy' | 'academy-site' | 'outside';

/** A URL read by the URL rule: its normalised form and host, or what is wrong with it. */
export type ReadUrl = { ok: true; href: string; host: string } | { ok: false; problem: MessageRef };

/** Reads a URL by the one URL rule (https, no user info, a host name that passes the host rule). Never throws. */
export function readUrl(input: string, reach: UrlReach, scope: HostScope): ReadUrl {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: { key: 'v_url_invalid' } };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: { key: 'v_url_https' } };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: { key: 'v_url_userinfo' } };
  const host = normalizeHost(url.hostname);
  if (!HOST_RE.test(host)) return { ok: false, problem: isIpLiteral(host) ? { key: 'v_host_ip', subs: [host] } : { key: 'v_url_invalid' } };
  const problem = hostProblem(host, reach, scope);
  if (problem) return { ok: false, problem };
  if (url.hostname !== host) url.hostname = host;
  return { ok: true, href: url.href, host };
}
