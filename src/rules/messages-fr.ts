/**
 * The validator's messages in French (the English, and the keys: ./messages.ts): for the CLI and
 * the options page, never the worker, which stores each message's key and values.
 */
import { fill } from '../i18n/translate';
import type { Lang } from '../i18n/lang';
import { sayEn, type MessageRef, type ValidationKey } from './messages';
import type { FieldError } from './validate';

export const VALIDATION_FR: Record<ValidationKey, string> = {
  v_missing: 'champ manquant : $1',
  v_type: 'attendu : $1, reçu : $2',
  v_unknown_keys: 'champ(s) inconnu(s) : $1',
  v_too_small_array: 'au moins $1 élément(s)',
  v_too_big_array: 'au plus $1 élément(s)',
  v_too_small_string: 'au moins $1 caractère(s)',
  v_too_big_string: 'au plus $1 caractères',
  v_too_small_number: 'au moins $1',
  v_too_big_number: 'au plus $1',
  v_one_of: 'une valeur parmi : $1',
  v_email: 'doit être une adresse électronique',
  v_other: 'valeur refusée ($1)',
  v_json_engine: 'JSON invalide : $1',
  v_json_end: 'JSON invalide : fin du texte inattendue',
  v_json_char: 'JSON invalide : caractère inattendu « $1 »',
  v_json_after: 'JSON invalide : texte après la fin du JSON',
  v_json_escape: 'JSON invalide : échappement invalide dans une chaîne',
  v_json_control: 'JSON invalide : caractère de contrôle dans une chaîne (écrire \\n, \\t…)',
  v_json_duplicate: 'JSON invalide : champ « $1 » écrit deux fois',
  v_not_utf8: 'les règles ne sont pas un texte UTF-8',
  v_json_depth: 'JSON invalide : imbrication trop profonde',
  v_host_syntax: 'doit être un nom d\'hôte en minuscules ASCII (punycode pour un nom accentué), sans schéma, port, chemin ni joker',
  v_host_ip: '« $1 » est une adresse IP : un nom d\'hôte est attendu',
  v_host_public_suffix: '« $1 » est un suffixe public (liste des suffixes publics) : il ne peut pas être un domaine de l\'académie',
  v_host_public_suffix_claim: '« $1 » est un suffixe public : un site extérieur ne peut pas en revendiquer tous les sous-domaines',
  v_host_beyond_build: '« $1 » n\'est pas sous les domaines de l\'académie connus de l\'extension ($2) : des règles hébergées ne peuvent pas les étendre',
  v_host_not_academy: '« $1 » n\'est pas sous les domaines de l\'académie ($2)',
  v_portal_not_academy: '« $1 » n\'est pas sous les domaines de l\'académie ($2) : s\'il s\'agit du site de quelqu\'un d\'autre, le marquer "outside": true (comme l\'ENT régional dans les règles intégrées)',
  v_host_remote_claim: '« $1 » : des règles hébergées ou une stratégie ne peuvent pas revendiquer les sous-domaines d\'un site extérieur que les règles intégrées ne revendiquent pas (l\'extension ne peut pas y vérifier la liste des suffixes publics) ; utiliser "subdomains": "none"',
  v_host_remote_provider: '« $1 » : des règles hébergées ou une stratégie ne peuvent lister que les domaines de fournisseurs que listent les règles intégrées, ou leurs sous-domaines (l\'extension ne peut pas y vérifier la liste des suffixes publics)',
  v_host_remote_perimeter: '« $1 » n\'est pas dans le périmètre de transfert $2 des règles intégrées ($3) : des règles hébergées ou une stratégie peuvent le restreindre, jamais l\'étendre',
  v_family_remote: 'la famille « $1 » n\'est pas dans le périmètre de transfert $2 des règles intégrées ($3) : des règles hébergées ou une stratégie peuvent le restreindre, jamais l\'étendre',
  v_url_invalid: 'n\'est pas une URL valide',
  v_url_https: 'doit être une URL https://',
  v_url_userinfo: 'ne doit contenir ni nom d\'utilisateur ni mot de passe',
  v_url_length: 'au plus 2048 caractères',
  v_date: 'doit être une date AAAA-MM-JJ qui existe',
  v_semver: 'doit être MAJEUR.MINEUR.CORRECTIF',
  v_kebab: 'doit être en minuscules-avec-tirets',
  v_gecko_id: 'doit être un identifiant d\'extension Firefox : nom@domaine (lettres, chiffres, « . », « _ », « - ») ou un {GUID}, 80 caractères au plus',
  v_keyword: 'doit être un mot-clé sans espace, de 1 à 20 caractères',
  v_chrome_key: 'doit être une clé publique en base64 (la « key » du manifeste)',
  v_path: 'doit commencer par « / », tenir en segments entiers, et ne peut finir que par « * »',
  v_page_path: 'doit commencer par « / », tenir en segments entiers (un segment du milieu peut être « * » seul : un segment quelconque), et ne peut finir que par « * »',
  v_path_regex: 'les motifs ne sont pas des expressions régulières : « $1 » serait pris à la lettre ; écrire un préfixe de chemin, p. ex. « /login* »',
  v_path_every: '« $1 » correspond à toutes les pages du site : nommer le chemin de la page',
  v_exact_star: 'un chemin exact ne peut pas finir par « * »',
  v_department: 'doit être un code de département (01 à 95, 2A, 2B, 971 à 976)',
  v_selector: 'doit être un sélecteur CSS simple',
  v_selector_every: '« $1 » se trouve sur toutes les pages : un repère de boîte de réception doit n\'exister que dans la boîte',
  v_role_twice: 'rôle « $1 » déclaré deux fois',
  v_role_other: '« $1 » est le nom des pages sans rôle ; il ne peut pas être déclaré',
  v_role_unknown: 'le rôle « $1 » n\'est pas dans pageRoles ($2)',
  v_duplicate_family: 'famille de messagerie « $1 » en double (déjà en webmailFamilies[$2])',
  v_duplicate_portal: 'portail « $1 » en double (déjà en $2)',
  v_no_portal: 'aucun portail n\'a l\'identifiant « $1 »',
  v_webmail_no_mailbox: 'le portail « $1 » doit avoir hasMailbox à true',
  v_webmail_outside: 'le portail « $1 » de la messagerie ne peut pas être extérieur : la messagerie est sur les domaines de l\'académie',
  v_phone: 'doit être un numéro de téléphone : chiffres, espaces et points, avec un + au début si besoin',
  v_days_order: 'urgentFromDays doit être plus grand que remindFromDays',
  v_department_unknown: 'le département « $1 » n\'est pas de l\'académie (academy.departments : $2)',
  v_duplicate_department: 'département « $1 » en double (déjà en departmentIt[$2])',
  v_family_prefix: 'doit être le début d\'une étiquette DNS, en minuscules, p. ex. « ac- »',
  v_family_suffix: 'doit être des étiquettes entières commençant par un point, p. ex. « .fr »',
  v_forwarding_word: 'doit être d\'au moins 3 lettres ASCII minuscules (accents retirés)',
  v_version: 'doit être un numéro de version à points, p. ex. « 10 » ou « 8.1 »',
  v_port_encryption: 'le port $1 va avec $2, pas $3',
  v_contact_empty: 'doit donner au moins un de url, phone, email',
};

/** One message in one language. */
export const say = (ref: MessageRef, lang: Lang): string => (lang === 'fr' ? fill(VALIDATION_FR[ref.key], ref.subs ?? []) : sayEn(ref));

/** One field error as a line, in one language or both: "  path (ligne 3, colonne 7) : message". */
export function describeErrorIn(e: FieldError, lang: Lang | 'both'): string {
  const fr = say(e.ref, 'fr');
  const where = e.line === undefined ? '' : lang === 'fr' ? ` (ligne ${e.line}, colonne ${e.column})` : ` (line ${e.line}, column ${e.column})`;
  const message = lang === 'fr' ? fr : lang === 'en' || fr === e.message ? e.message : `${fr} / ${e.message}`;
  return `  ${e.path}${where}${lang === 'fr' ? ' :' : ':'} ${message}`;
}

export const describeErrorsIn = (errors: readonly FieldError[], lang: Lang | 'both'): string => errors.map((e) => describeErrorIn(e, lang)).join('\n');
