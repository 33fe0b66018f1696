/**
 * What the pack and policy validator says, in French and English: written for the academy's IT
 * staff (DSI), who read it in `npm run validate-rules`, the build's error and the options page.
 * The schemas name a key of this catalog (zod carries it as the issue's message), and
 * `describeIssue` turns zod's own issues (a missing field, a wrong type) into these words too.
 */
import { fill, type Bilingual } from '../i18n/translate';
import type { Lang } from '../i18n/lang';

export const VALIDATION_MESSAGES = {
  v_missing: { fr: 'champ manquant : $1', en: 'missing field: $1' },
  v_type: { fr: 'attendu : $1, reçu : $2', en: 'expected $1, received $2' },
  v_unknown_keys: { fr: 'champ(s) inconnu(s) : $1', en: 'unknown field(s): $1' },
  v_too_small_array: { fr: 'au moins $1 élément(s)', en: 'must hold at least $1 item(s)' },
  v_too_big_array: { fr: 'au plus $1 élément(s)', en: 'must hold at most $1 item(s)' },
  v_too_small_string: { fr: 'au moins $1 caractère(s)', en: 'must be at least $1 character(s) long' },
  v_too_big_string: { fr: 'au plus $1 caractères', en: 'must be at most $1 characters' },
  v_too_small_number: { fr: 'au moins $1', en: 'must be at least $1' },
  v_too_big_number: { fr: 'au plus $1', en: 'must be at most $1' },
  v_one_of: { fr: 'une valeur parmi : $1', en: 'must be one of: $1' },
  v_email: { fr: 'doit être une adresse électronique', en: 'must be an e-mail address' },
  v_other: { fr: 'valeur refusée ($1)', en: '$1' },
  v_json: { fr: 'JSON invalide : $1', en: 'not valid JSON: $1' },
  v_json_end: { fr: 'fin du texte inattendue', en: 'unexpected end of text' },
  v_json_char: { fr: 'caractère inattendu « $1 »', en: 'unexpected character "$1"' },
  v_json_after: { fr: 'texte après la fin du JSON', en: 'text after the end of the JSON' },
  v_json_escape: { fr: 'échappement invalide dans une chaîne', en: 'invalid escape in a string' },
  v_json_control: { fr: 'caractère de contrôle dans une chaîne (écrire \\n, \\t…)', en: 'control character in a string (write \\n, \\t…)' },
  v_json_duplicate: { fr: 'champ « $1 » écrit deux fois', en: 'field "$1" written twice' },
  v_not_utf8: { fr: 'les règles ne sont pas un texte UTF-8', en: 'the pack is not UTF-8 text' },
  v_json_depth: { fr: 'imbrication trop profonde', en: 'nested too deeply' },

  v_host_syntax: {
    fr: 'doit être un nom d\'hôte en minuscules ASCII (punycode pour un nom accentué), sans schéma, port, chemin ni joker',
    en: 'must be a lowercase ASCII host name (punycode for IDN), without scheme, port, path or wildcard',
  },
  v_host_ip: { fr: '« $1 » est une adresse IP : un nom d\'hôte est attendu', en: '"$1" is an IP address: a host name is expected' },
  v_host_public_suffix: {
    fr: '« $1 » est un suffixe public (liste des suffixes publics) : il ne peut pas être un domaine de l\'académie',
    en: '"$1" is a public suffix (Public Suffix List): it cannot be one of the academy\'s domains',
  },
  v_host_public_suffix_claim: {
    fr: '« $1 » est un suffixe public : un site extérieur ne peut pas en revendiquer tous les sous-domaines',
    en: '"$1" is a public suffix: an outside site cannot claim all its subdomains',
  },
  v_host_beyond_build: {
    fr: '« $1 » n\'est pas sous les domaines de l\'académie connus de l\'extension ($2) : des règles hébergées ne peuvent pas les étendre',
    en: '"$1" is not under the academy domains the extension was built with ($2): hosted rules cannot widen them',
  },
  v_host_not_academy: {
    fr: '« $1 » n\'est pas sous les domaines de l\'académie ($2)',
    en: '"$1" is not under the academy\'s domains ($2)',
  },
  v_host_remote_claim: {
    fr: '« $1 » : des règles hébergées ou une stratégie ne peuvent pas revendiquer les sous-domaines d\'un site extérieur que les règles intégrées ne revendiquent pas (l\'extension ne peut pas y vérifier la liste des suffixes publics) ; utiliser "subdomains": "none"',
    en: '"$1": hosted rules or a policy cannot claim the subdomains of an outside site the built-in rules do not claim (the extension cannot check the Public Suffix List there); use "subdomains": "none"',
  },
  v_url_invalid: { fr: 'n\'est pas une URL valide', en: 'not a valid URL' },
  v_url_https: { fr: 'doit être une URL https://', en: 'must be an https:// URL' },
  v_url_userinfo: { fr: 'ne doit contenir ni nom d\'utilisateur ni mot de passe', en: 'must not contain a user name or password' },
  v_url_length: { fr: 'au plus 2048 caractères', en: 'must be at most 2048 characters' },

  v_date: { fr: 'doit être une date AAAA-MM-JJ qui existe', en: 'must be a YYYY-MM-DD date that exists' },
  v_semver: { fr: 'doit être MAJEUR.MINEUR.CORRECTIF', en: 'must be MAJOR.MINOR.PATCH' },
  v_kebab: { fr: 'doit être en minuscules-avec-tirets', en: 'must be lowercase kebab-case' },
  v_path: {
    fr: 'doit commencer par « / », tenir en segments entiers, et ne peut finir que par « * »',
    en: 'must start with "/", hold whole path segments, and may only end with "*"',
  },
  v_page_path: {
    fr: 'doit commencer par « / », tenir en segments entiers (un segment du milieu peut être « * » seul : un segment quelconque), et ne peut finir que par « * »',
    en: 'must start with "/", hold whole path segments (a middle segment may be a lone "*": any one segment), and may only end with "*"',
  },
  v_path_regex: {
    fr: 'les motifs ne sont pas des expressions régulières : « $1 » serait pris à la lettre ; écrire un préfixe de chemin, p. ex. « /login* »',
    en: 'patterns are not regular expressions: "$1" would be taken literally; write a path prefix such as "/login*"',
  },
  v_path_every: {
    fr: '« $1 » correspond à toutes les pages du site : nommer le chemin de la page',
    en: '"$1" matches every page of the site: name the page\'s path',
  },
  v_exact_star: { fr: 'un chemin exact ne peut pas finir par « * »', en: 'an exact path cannot end with "*"' },
  v_selector: { fr: 'doit être un sélecteur CSS simple', en: 'must be a plain CSS selector' },
  v_selector_every: {
    fr: '« $1 » se trouve sur toutes les pages : un repère de boîte de réception doit n\'exister que dans la boîte',
    en: '"$1" is on every page: an inbox marker must exist only in the inbox',
  },
  v_role_twice: { fr: 'rôle « $1 » déclaré deux fois', en: 'role "$1" is declared twice' },
  v_role_other: { fr: '« $1 » est le nom des pages sans rôle ; il ne peut pas être déclaré', en: '"$1" is the name of pages with no role; it cannot be declared' },
  v_role_unknown: { fr: 'le rôle « $1 » n\'est pas dans pageRoles ($2)', en: 'role "$1" is not in pageRoles ($2)' },
  v_duplicate_family: { fr: 'famille de messagerie « $1 » en double (déjà en webmailFamilies[$2])', en: 'duplicate webmail family id "$1" (first at webmailFamilies[$2])' },
  v_duplicate_portal: { fr: 'portail « $1 » en double (déjà en $2)', en: 'duplicate portal id "$1" (first at $2)' },
  v_no_portal: { fr: 'aucun portail n\'a l\'identifiant « $1 »', en: 'no portal has id "$1"' },
  v_webmail_no_mailbox: { fr: 'le portail « $1 » doit avoir hasMailbox à true', en: 'portal "$1" must have hasMailbox true' },
  v_webmail_outside: {
    fr: 'le portail « $1 » de la messagerie ne peut pas être extérieur : la messagerie est sur les domaines de l\'académie',
    en: 'the webmail portal "$1" cannot be outside: the mailbox is on the academy\'s domains',
  },
} as const satisfies Record<string, Bilingual>;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

/** A catalog message and the values for its `$1`…`$9`. */
export interface MessageRef {
  key: ValidationKey;
  subs?: readonly (string | number)[];
}

export const isValidationKey = (s: string): s is ValidationKey => Object.hasOwn(VALIDATION_MESSAGES, s);

/** One message in one language. */
export const say = (ref: MessageRef, lang: Lang): string => fill(VALIDATION_MESSAGES[ref.key][lang], ref.subs ?? []);

/** One message in both languages. */
export const sayBoth = (ref: MessageRef): Bilingual => ({ fr: say(ref, 'fr'), en: say(ref, 'en') });

/**
 * A message for a zod issue: our schemas name a key (with its values in `params.subs` for a
 * custom issue); zod's own issues are put in the same words. The `$1` of `v_missing` is the path.
 */
export function zodIssueMessage(issue: { code: string; message: string; params?: Record<string, unknown> } & Record<string, unknown>, path: string, missing: boolean): MessageRef {
  if (isValidationKey(issue.message)) {
    const subs = issue.params?.subs;
    return { key: issue.message, subs: Array.isArray(subs) ? (subs as (string | number)[]) : [] };
  }
  if (missing) return { key: 'v_missing', subs: [path] };
  const origin = String(issue.origin ?? '');
  const sized = (small: boolean): ValidationKey =>
    origin === 'array' || origin === 'set' ? (small ? 'v_too_small_array' : 'v_too_big_array') : origin === 'string' ? (small ? 'v_too_small_string' : 'v_too_big_string') : small ? 'v_too_small_number' : 'v_too_big_number';
  switch (issue.code) {
    case 'unrecognized_keys':
      return { key: 'v_unknown_keys', subs: [(issue.keys as string[]).join(', ')] };
    case 'invalid_type':
      return { key: 'v_type', subs: [String(issue.expected), describeReceived(issue.message)] };
    case 'too_small':
      return { key: sized(true), subs: [String(issue.minimum)] };
    case 'too_big':
      return { key: sized(false), subs: [String(issue.maximum)] };
    case 'invalid_value':
      return { key: 'v_one_of', subs: [(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')] };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'v_email' };
      if (issue.format === 'url') return { key: 'v_url_invalid' };
      return { key: 'v_other', subs: [issue.message] };
    default:
      return { key: 'v_other', subs: [issue.message] };
  }
}

/** zod says "Invalid input: expected string, received number": the received type. */
const describeReceived = (message: string): string => /received (\w+)/.exec(message)?.[1] ?? '?';
