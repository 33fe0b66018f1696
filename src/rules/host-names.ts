/**
 * Host names as the whole extension compares them: the validator (./hosts.ts), the matcher
 * (src/match/normalize.ts re-exports these), the mail checks. One definition of each idea, here at
 * the bottom of the import graph (rules/ imports nothing of ours above it), pure and without zod,
 * so the content script can carry it.
 */

/** `host` is `base` or one of its subdomains (whole labels: `xac-lyon.fr` is not under `ac-lyon.fr`). Both already normalised. */
export const isAtOrUnder = (host: string, base: string): boolean => host === base || host.endsWith(`.${base}`);

/** `host` is one of `bases` or under one of them: "is this host the academy's?" with the pack's academy domains. */
export const isUnderAny = (host: string, bases: readonly string[]): boolean => bases.some((b) => isAtOrUnder(host, b));

/** Lowercases a host name and strips its trailing dot(s): `WEBMAIL.AC-LYON.FR.` → `webmail.ac-lyon.fr`. Linear in the host's length. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  let end = lower.length;
  while (end > 0 && lower.charCodeAt(end - 1) === 0x2e /* . */) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

/**
 * An IP literal, or what would be one: `[::1]`, or a name whose last label is all digits (no
 * top-level domain is, RFC 3696 §2). WHATWG URL parsing reads every such host as IPv4 (and rewrites
 * `0x7f.1`, `2130706433` to dotted decimal), so on a parsed `hostname` this is "an IPv4 or IPv6
 * address"; on a host a pack names it also refuses `intranet.10`, which no URL could reach by name.
 */
export function isIpLiteral(host: string): boolean {
  if (host.charCodeAt(0) === 0x5b /* [ */) return true;
  let i = host.length;
  while (i > 0 && host.charCodeAt(i - 1) >= 0x30 && host.charCodeAt(i - 1) <= 0x39) i--;
  return i < host.length && (i === 0 || host.charCodeAt(i - 1) === 0x2e /* . */);
}

/** `ac-*.fr` is `{ prefix: 'ac-', suffix: '.fr' }`: checks on whole labels, never a regular expression. */
export interface DomainFamily {
  prefix: string;
  suffix: string;
}

/** The label just before `suffix` starts with `prefix` and is longer than it: `ac-lyon.fr`, `x.ac-lyon.fr` for `ac-` + `.fr`. */
export function inFamily(domain: string, { prefix, suffix }: DomainFamily): boolean {
  if (!domain.endsWith(suffix)) return false;
  const head = domain.slice(0, domain.length - suffix.length);
  if (head.length === 0 || head.endsWith('.')) return false;
  const label = head.slice(head.lastIndexOf('.') + 1);
  return label.length > prefix.length && label.startsWith(prefix);
}
