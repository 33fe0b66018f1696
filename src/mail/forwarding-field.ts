/**
 * Finds the webmail's forwarding-address fields (where incoming mail is sent): by the pack's
 * selectors, and by a label, name, id, placeholder, title or ARIA label holding a word that starts
 * with one of the pack's words (transfert, rediriger, forward…), accents folded, case ignored,
 * `mailForwardingAddress` read as three words: « Transferts », « transférés », « Redirections »
 * count, « Retransferts » does not (`startsLikeWord`).
 *
 * Whatever the pack's words and selectors, the code itself never lets through a field that is not
 * made for an address (a password, a number, a short code: by its type, autofill name, input mode,
 * pattern or length) nor one about a password, the NUMEN, a login, or a backup or recovery address
 * (`isProtectedField`): « Adresse de renvoi du mot de passe oublié » holds « renvoi » and is still
 * no forwarding field.
 *
 * Pure DOM querying that reads attributes and label text only, never a value:
 * a label's text skips the form controls inside it (a textarea's text is its value).
 */
import type { Pack } from '../rules/schema';
import { rulesOf } from './domains';
import type { ForwardingRules } from './types';

export type AddressControl = HTMLInputElement | HTMLTextAreaElement;

/** Inputs that can hold an address: text-like inputs and textareas (not checkboxes, passwords, hidden…). */
const ADDRESS_INPUT_TYPES = new Set(['', 'text', 'email']);

export function isAddressControl(el: Element): el is AddressControl {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && ADDRESS_INPUT_TYPES.has((el.getAttribute('type') ?? '').trim().toLowerCase());
}

/** Lowercase without accents: `Transférer` → `transferer`. */
export const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const SKIPPED = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** The text a person reads in a label, without the content of the controls it wraps. */
export function readableText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3 /* text */) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 /* element */ && !SKIPPED.has((child as Element).tagName.toUpperCase())) out += ` ${readableText(child)} `;
  });
  return out;
}

/** `<label for>` elements by the id they name, gathered once per scan. */
export function labelsByFor(doc: Document): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const label of Array.from(doc.getElementsByTagName('label'))) {
    const f = label.getAttribute('for');
    if (f) map.set(f, [...(map.get(f) ?? []), label]);
  }
  return map;
}

/** Everything that names a control: its attributes, its labels and the elements that label it. Never its value. */
export function controlDescription(el: AddressControl, labels: Map<string, Element[]> = labelsByFor(el.ownerDocument)): string[] {
  const doc = el.ownerDocument;
  const out: string[] = [];
  for (const attr of ['name', 'id', 'placeholder', 'title', 'aria-label']) {
    const v = el.getAttribute(attr);
    if (v) out.push(v);
  }
  const id = el.getAttribute('id');
  if (id) for (const label of labels.get(id) ?? []) out.push(readableText(label));
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) out.push(readableText(wrapping));
  for (const ref of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const target = ref ? doc.getElementById(ref) : null;
    if (target) out.push(readableText(target));
  }
  return out;
}

/**
 * The words of a text as the guard compares them: accents folded, lowercase, split at anything
 * but a letter or a digit, at camelCase and at letter/digit boundaries
 * (`mailForwardingAddress2` → mail, forwarding, address, 2).
 */
export function wordsOf(text: string): string[] {
  const spaced = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, '$1$3 $2$4');
  return fold(spaced).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Shorter words (mdp, pin, otp, uid) count only whole: as beginnings they would start too many others. */
const MIN_STEM = 4;

/**
 * Whether a label's word is `word` inflected: French and English inflect at the end, so a word
 * that starts with `word` counts (transfert → transferts, redirection → redirections, forward →
 * forwarded), and a verb in -er counts by its stem (transferer → transferes, transfere;
 * rediriger → rediriges). Only from the word's start: « retransferts » is no « transfert ».
 */
export function startsLikeWord(labelWord: string, word: string): boolean {
  if (word.length < MIN_STEM) return labelWord === word;
  const stem = word.length >= MIN_STEM + 2 && word.endsWith('er') ? word.slice(0, -2) : word;
  return labelWord.startsWith(stem);
}

/** Whether `words` holds `phrase` (words of its own) as consecutive words, each as `startsLikeWord` reads it. */
function holds(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => startsLikeWord(words[i + k]!, w))) return true;
  }
  return false;
}
const holdsAny = (words: readonly string[], phrases: readonly (readonly string[])[]): boolean => phrases.some((p) => holds(words, p));

/**
 * What a field is about that the guard must never read, in the code and not in the pack (a hosted
 * pack may be wrong or hostile): a password, the NUMEN, a login, a one-time code, a backup or
 * recovery address. Broad on purpose: a forwarding field missed costs a warning, a password read
 * breaks the extension's first promise. Read as the pack's words are (`startsLikeWord`), so the
 * inflections the forwarding words now reach are reached here too (« Passwords », « Identifiants »).
 */
const PROTECTED_PHRASES: readonly (readonly string[])[] = [
  // Passwords and codes.
  'mot de passe', 'motdepasse', 'mdp', 'password', 'passwd', 'pwd', 'passphrase', 'pass', 'passe',
  'otp', 'totp', 'pin', 'one time', 'verification code', 'code de verification',
  // The NUMEN and the login.
  'numen', 'identifiant', 'identification', 'numero', 'login', 'logon', 'signin', 'sign in', 'connexion',
  'username', 'user name', 'userid', 'user id', 'uid', 'utilisateur',
  // Backup and recovery addresses, password resets.
  'secours', 'recuperation', 'recovery', 'recover', 'backup', 'reinitialisation', 'reset', 'oublie', 'forgot', 'forgotten',
].map(wordsOf);

/**
 * `autocomplete` tokens that say a field holds something other than an email address: HTML's
 * autofill field names but `email` (a credential, a name, a number, a code…), and `webauthn`.
 */
const NOT_ADDRESS_AUTOCOMPLETE = new Set([
  'current-password', 'new-password', 'username', 'one-time-code', 'webauthn',
  'name', 'honorific-prefix', 'given-name', 'additional-name', 'family-name', 'honorific-suffix', 'nickname',
  'organization-title', 'organization', 'street-address', 'address-line1', 'address-line2', 'address-line3',
  'address-level4', 'address-level3', 'address-level2', 'address-level1', 'country', 'country-name', 'postal-code',
  'cc-name', 'cc-given-name', 'cc-additional-name', 'cc-family-name', 'cc-number', 'cc-exp', 'cc-exp-month', 'cc-exp-year', 'cc-csc', 'cc-type',
  'transaction-currency', 'transaction-amount', 'language', 'bday', 'bday-day', 'bday-month', 'bday-year', 'sex', 'url', 'photo',
  'tel', 'tel-country-code', 'tel-national', 'tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix', 'tel-extension', 'impp',
]);

/** `inputmode` values of a field typed as text or an address; any other (numeric, decimal, tel…) is for something else. */
const ADDRESS_INPUT_MODES = new Set(['', 'text', 'email']);

/**
 * Fewest characters a field capped by `maxlength` must take to be an address field:
 * `prenom.nom@ac-lyon.fr` alone is 21. Codes and identifiers are capped shorter: the NUMEN is 13
 * characters (`NUMEN_LENGTH` in src/identity/numen.ts; a few more with spaces), a one-time code 6 to 8.
 */
const MIN_ADDRESS_ROOM = 24;

/**
 * Whether the page itself says a field holds something other than an address, by what the
 * field is rather than by what it is called: an autofill name other than `email`, a numeric or
 * phone input mode, a `pattern` that admits no `@`, or a `maxlength` with no room for an address
 * (a NUMEN field: « Numéro d'identification », `maxlength="13"`, `pattern="[0-9]{2}[A-Z]…"`).
 */
function declaresNonAddress(el: AddressControl): boolean {
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((t) => NOT_ADDRESS_AUTOCOMPLETE.has(t))) return true;
  if (!ADDRESS_INPUT_MODES.has((el.getAttribute('inputmode') ?? '').trim().toLowerCase())) return true;
  const pattern = el.getAttribute('pattern');
  if (pattern !== null && !pattern.includes('@')) return true;
  const max = el.getAttribute('maxlength');
  return max !== null && /^\s*\d+\s*$/.test(max) && Number(max) < MIN_ADDRESS_ROOM;
}

/**
 * A field the guard never reads, whatever selects it: not an address control (a password input,
 * a hidden one…), a field the page declares is for something else (`declaresNonAddress`), or a
 * description about a password, the NUMEN, a login or a recovery address (its name, id, labels,
 * placeholder, title, ARIA labels and description).
 */
export function isProtectedField(el: Element, labels?: Map<string, Element[]>): boolean {
  if (!isAddressControl(el) || declaresNonAddress(el)) return true;
  const described = (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((ref) => (ref ? el.ownerDocument.getElementById(ref) : null))
    .flatMap((target) => (target ? [readableText(target)] : []));
  return holdsAny(wordsOf([...controlDescription(el, labels), ...described].join(' ')), PROTECTED_PHRASES);
}

/** Whether a control's description holds one of the pack's words (already folded), as `startsLikeWord` reads words. */
export function mentionsForwarding(el: AddressControl, words: readonly string[], labels?: Map<string, Element[]>): boolean {
  return holdsAny(wordsOf(controlDescription(el, labels).join(' ')), words.map(wordsOf));
}

/** Every forwarding-address field of the page, in document order. */
export function findForwardingFields(doc: Document, source: Pack | ForwardingRules): AddressControl[] {
  const rules = rulesOf(source);
  if (!rules) return [];
  const bySelector = new Set<Element>();
  for (const sel of rules.selectors) {
    try {
      doc.querySelectorAll(sel).forEach((el) => bySelector.add(el));
    } catch {
      // a selector this browser rejects simply finds nothing
    }
  }
  const words = rules.words.map(fold);
  const controls = Array.from(doc.querySelectorAll('input, textarea')).filter(isAddressControl);
  if (controls.length === 0) return [];
  const labels = labelsByFor(doc);
  // The code's own exclusion comes last: no selector nor word of the pack gets past it.
  return controls.filter((el) => (bySelector.has(el) || mentionsForwarding(el, words, labels)) && !isProtectedField(el, labels));
}

/** The page's first forwarding-address field, or null. */
export const findForwardingField = (doc: Document, source: Pack | ForwardingRules): AddressControl | null =>
  findForwardingFields(doc, source)[0] ?? null;
