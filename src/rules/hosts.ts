/**
 * The one host rule and the one URL rule for every host and URL a rules pack or a policy names.
 *
 * A host is the academy's (at or under `academy.domains`) unless its field says it is outside (the
 * regional ENT's sign-on, other providers' mail servers, an outside portal). No host is an IP
 * literal. An academy domain, and an outside domain that claims its subdomains, is never a public
 * suffix (`fr`, `gouv.fr`, `github.io`): that is checked against the public-suffix list where the
 * list is cheap to carry (the build, `npm run validate-rules`, the tests: `public-suffix.ts`).
 * The worker does not carry it; there, a remote layer (hosted pack, policy) is held to the pack
 * built into the extension, which was checked against the list when it was built: its academy
 * domains at or under the build's, and an outside domain claiming subdomains at or under one the
 * build claims (an outside portal's, or a domain list's).
 *
 * A URL is https, with no user name or password, its host normalised (case, trailing dot, punycode,
 * as WHATWG URL parsing gives it) and held to the host rule.
 *
 * Messages are keys of the validator's catalog (./messages.ts), with their values in `subs`.
 */
import type { MessageRef } from './messages';

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
  /** Outside domains the built-in pack lists with their subdomains (other providers, the forwarding perimeter). */
  outsideDomains: readonly string[];
}

/** How far a field's hosts reach. */
export type Reach =
  /** one of `academy.domains` itself */
  | 'academy-domain'
  /** a host at or under the academy's domains */
  | 'academy'
  /** one outside host */
  | 'outside'
  /** an outside domain and all its subdomains (a provider's, the forwarding perimeter's) */
  | 'outside-domain';

/** Lowercase ASCII host name: IDNs in punycode, as URL parsing returns them. */
export const HOST_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

/** `host` is `base` or one of its subdomains (whole labels). Both normalised. */
export const isAtOrUnder = (host: string, base: string): boolean => host === base || host.endsWith(`.${base}`);
const underAny = (host: string, bases: readonly string[]) => bases.some((b) => isAtOrUnder(host, b));

/** A dotted quad, or any name whose last label is all digits: no top-level domain is (RFC 3696 §2). */
export const isIpLike = (host: string): boolean => host.startsWith('[') || /(^|\.)\d+$/.test(host);

/** Lowercase, no trailing dot: how the matcher compares hosts. */
export const normalizeHostName = (host: string): string => host.toLowerCase().replace(/\.+$/, '');

/** What is wrong with `host` for a field of this reach, or null. `host` must already be lowercase ASCII (HOST_RE). */
export function hostProblem(host: string, reach: Reach, scope: HostScope, claimsSubdomains = reach === 'outside-domain'): MessageRef | null {
  if (isIpLike(host)) return { key: 'v_host_ip', subs: [host] };
  const build = scope.build;
  if (reach === 'academy-domain') {
    if (scope.isPublicSuffix?.(host)) return { key: 'v_host_public_suffix', subs: [host] };
    if (build && !underAny(host, build.domains)) return { key: 'v_host_beyond_build', subs: [host, build.domains.join(', ')] };
    return null;
  }
  if (reach === 'academy') {
    if (scope.domains && !underAny(host, scope.domains)) return { key: 'v_host_not_academy', subs: [host, scope.domains.join(', ')] };
    return null;
  }
  if (!claimsSubdomains) return null;
  if (scope.isPublicSuffix?.(host)) return { key: 'v_host_public_suffix_claim', subs: [host] };
  if (build) {
    const allowed = reach === 'outside-domain' ? build.outsideDomains : build.outsideSites;
    if (!underAny(host, allowed)) return { key: 'v_host_remote_claim', subs: [host] };
  }
  return null;
}

/** A URL read by the URL rule: its normalised form and host, or what is wrong with it. */
export type ReadUrl = { ok: true; href: string; host: string } | { ok: false; problem: MessageRef };

/** Reads a URL by the one URL rule (https, no user info, a host name that passes the host rule). Never throws. */
export function readUrl(input: string, reach: 'academy' | 'outside', scope: HostScope): ReadUrl {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: { key: 'v_url_invalid' } };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: { key: 'v_url_https' } };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: { key: 'v_url_userinfo' } };
  const host = normalizeHostName(url.hostname);
  if (!HOST_RE.test(host)) return { ok: false, problem: isIpLike(host) ? { key: 'v_host_ip', subs: [host] } : { key: 'v_url_invalid' } };
  const problem = hostProblem(host, reach, scope);
  if (problem) return { ok: false, problem };
  if (url.hostname !== host) url.hostname = host;
  return { ok: true, href: url.href, host };
}
