/**
 * Is an address inside the education perimeter? Domain families are checked
 * label by label (prefix/suffix), never with a regular expression from the pack.
 * Runs in the content script: no zod, no catalog, only type imports.
 */
import type { Pack } from '../rules/schema';
import { inFamily, isAtOrUnder, normalizeHost } from '../rules/host-names';

export { inFamily } from '../rules/host-names';
import type { DomainSet, ForwardingClass, ForwardingRules } from './types';

/** The guard's rules as plain data, from a pack (null when the pack says nothing about mail). */
export function forwardingRules(pack: Pack): ForwardingRules | null {
  const f = pack.mail?.forwarding;
  return f ? { selectors: [...f.selectors.value], words: [...f.words], domains: f.domains.value } : null;
}

/** Accepts either a pack or the plain rules it yields (what the content script receives). */
export const rulesOf = (source: Pack | ForwardingRules): ForwardingRules | null =>
  'academy' in source ? forwardingRules(source) : source;

const LABEL_CHARS = /^[a-z0-9-]+$/;
const LOCAL_CHARS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;

/** An internationalised domain in punycode, as DNS sees it (`académie.fr` → `xn--acadmie-gya.fr`). */
function toAscii(domain: string): string {
  // Plain ASCII needs nothing; URL syntax (`/`, `?`, `:`…) must stay and fail validation, not be parsed away.
  if (/^[\x00-\x7f]*$/.test(domain) || /[/?#\\:@%\s]/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return domain;
  }
}

/** A DNS name we accept in an address: dotted ASCII labels (punycode for IDN), a TLD of 2+ letters. */
export function isValidDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || !LABEL_CHARS.test(l) || l.startsWith('-') || l.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1]!;
  return tld.length >= 2 && !/^\d+$/.test(tld);
}

/**
 * The normalised domain of one e-mail address (`Jean.Dupont@AC-Lyon.fr.` → `ac-lyon.fr`),
 * or null when the address is malformed. Accepts `Name <addr>` as mail apps write it.
 */
export function addressDomain(raw: string): string | null {
  let s = raw.trim();
  const angle = /<([^<>]*)>$/.exec(s);
  if (angle) s = angle[1]!.trim();
  if (s.toLowerCase().startsWith('mailto:')) s = s.slice(7);
  const at = s.lastIndexOf('@');
  if (at <= 0 || at !== s.indexOf('@')) return null;
  const local = s.slice(0, at);
  if (local.length > 64 || !LOCAL_CHARS.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  const domain = normalizeHost(toAscii(s.slice(at + 1)));
  return isValidDomain(domain) ? domain : null;
}

export const inDomainSet = (domain: string, set: DomainSet): boolean =>
  set.exact.some((base) => isAtOrUnder(domain, base)) || set.families.some((f) => inFamily(domain, f));

/** Where mail forwarded to `domain` would go. */
export function classifyDomain(domain: string, rules: ForwardingRules): Exclude<ForwardingClass, 'invalid'> {
  if (inDomainSet(domain, rules.domains.academic)) return 'academic';
  if (inDomainSet(domain, rules.domains.ministry)) return 'ministry';
  return 'personal';
}

/**
 * `academic` (ac-lyon.fr, other ac-*.fr, region-academique-*.fr…), `ministry`
 * (education.gouv.fr and its subdomains), `personal` (everything else, including
 * lookalikes such as `ac-lyon.fr.example.com` or `evil-ac-lyon.fr`), or `invalid`.
 */
export function classifyForwardingAddress(address: string, source: Pack | ForwardingRules): ForwardingClass {
  const rules = rulesOf(source);
  const domain = addressDomain(address);
  if (!rules || domain === null) return 'invalid';
  return classifyDomain(domain, rules);
}

/**
 * Several addresses in one field (`a@x.fr, b@y.fr`): the riskiest class wins
 * (personal over invalid over ministry over academic); an empty field is `invalid`.
 */
export function classifyForwardingList(text: string, source: Pack | ForwardingRules): ForwardingClass {
  const parts = text.split(/[,;\s]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return 'invalid';
  const classes = parts.map((p) => classifyForwardingAddress(p, source));
  for (const c of ['personal', 'invalid', 'ministry'] as const) if (classes.includes(c)) return c;
  return 'academic';
}
