/**
 * What the pack and policy validator says, written for the academy's IT staff (DSI), who read it in
 * `npm run validate-rules`, the build's error and the options page. The catalog is in two parts,
 * this English one (the worker's: its logs and stored reasons) and the French one
 * (./messages-fr.ts, where people read: the CLI and the options page), so the worker carries one
 * language only. The schemas name a key (zod carries it as the issue's message), and
 * `zodIssueMessage` puts zod's own issues (a missing field, a wrong type) in the same words.
 */
import { fill } from '../i18n/translate';

export const VALIDATION_EN = {
  v_missing: 'missing field: $1',
  v_type: 'expected $1, received $2',
  v_unknown_keys: 'unknown field(s): $1',
  v_too_small_array: 'must hold at least $1 item(s)',
  v_too_big_array: 'must hold at most $1 item(s)',
  v_too_small_string: 'must be at least $1 character(s) long',
  v_too_big_string: 'must be at most $1 characters',
  v_too_small_number: 'must be at least $1',
  v_too_big_number: 'must be at most $1',
  v_one_of: 'must be one of: $1',
  v_email: 'must be an e-mail address',
  v_other: '$1',
  v_json_engine: 'not valid JSON: $1',
  v_json_end: 'not valid JSON: unexpected end of text',
  v_json_char: 'not valid JSON: unexpected character "$1"',
  v_json_after: 'not valid JSON: text after the end of the JSON',
  v_json_escape: 'not valid JSON: invalid escape in a string',
  v_json_control: 'not valid JSON: control character in a string (write \\n, \\t…)',
  v_json_duplicate: 'not valid JSON: field "$1" written twice',
  v_not_utf8: 'the pack is not UTF-8 text',
  v_json_depth: 'not valid JSON: nested too deeply',
  v_host_syntax: 'must be a lowercase ASCII host name (punycode for IDN), without scheme, port, path or wildcard',
  v_host_ip: '"$1" is an IP address: a host name is expected',
  v_host_public_suffix: '"$1" is a public suffix (Public Suffix List): it cannot be one of the academy\'s domains',
  v_host_public_suffix_claim: '"$1" is a public suffix: an outside site cannot claim all its subdomains',
  v_host_beyond_build: '"$1" is not under the academy domains the extension was built with ($2): hosted rules cannot widen them',
  v_host_not_academy: '"$1" is not under the academy\'s domains ($2)',
  v_portal_not_academy: '"$1" is not under the academy\'s domains ($2): if this portal is someone else\'s site, mark it "outside": true (as the regional ENT is in the built-in rules)',
  v_host_remote_claim: '"$1": hosted rules or a policy cannot claim the subdomains of an outside site the built-in rules do not claim (the extension cannot check the Public Suffix List there); use "subdomains": "none"',
  v_host_remote_provider: '"$1": hosted rules or a policy can only list the providers\' domains the built-in rules list, or their subdomains (the extension cannot check the Public Suffix List there)',
  v_host_remote_perimeter: '"$1" is not within the built-in rules\' $2 forwarding perimeter ($3): hosted rules or a policy can narrow it, never widen it',
  v_family_remote: 'family "$1" is not within the built-in rules\' $2 forwarding perimeter ($3): hosted rules or a policy can narrow it, never widen it',
  v_url_invalid: 'not a valid URL',
  v_url_https: 'must be an https:// URL',
  v_url_userinfo: 'must not contain a user name or password',
  v_url_length: 'must be at most 2048 characters',
  v_date: 'must be a YYYY-MM-DD date that exists',
  v_semver: 'must be MAJOR.MINOR.PATCH',
  v_kebab: 'must be lowercase kebab-case',
  v_gecko_id: 'must be a Firefox extension id: name@domain (letters, digits, ".", "_", "-") or a {GUID}, at most 80 characters',
  v_keyword: 'must be a keyword without spaces, 1 to 20 characters',
  v_chrome_key: 'must be a public key in base64 (the manifest\'s "key")',
  v_path: 'must start with "/", hold whole path segments, and may only end with "*"',
  v_page_path: 'must start with "/", hold whole path segments (a middle segment may be a lone "*": any one segment), and may only end with "*"',
  v_path_regex: 'patterns are not regular expressions: "$1" would be taken literally; write a path prefix such as "/login*"',
  v_path_every: '"$1" matches every page of the site: name the page\'s path',
  v_exact_star: 'an exact path cannot end with "*"',
  v_department: 'must be a French department code (01 to 95, 2A, 2B, 971 to 976)',
  v_selector: 'must be a plain CSS selector',
  v_selector_every: '"$1" is on every page: an inbox marker must exist only in the inbox',
  v_role_twice: 'role "$1" is declared twice',
  v_role_other: '"$1" is the name of pages with no role; it cannot be declared',
  v_role_unknown: 'role "$1" is not in pageRoles ($2)',
  v_duplicate_family: 'duplicate webmail family id "$1" (first at webmailFamilies[$2])',
  v_duplicate_portal: 'duplicate portal id "$1" (first at $2)',
  v_no_portal: 'no portal has id "$1"',
  v_webmail_no_mailbox: 'portal "$1" must have hasMailbox true',
  v_webmail_outside: 'the webmail portal "$1" cannot be outside: the mailbox is on the academy\'s domains',
  v_phone: 'must be a phone number: digits, spaces and dots, optionally starting with +',
  v_days_order: 'urgentFromDays must be greater than remindFromDays',
  v_department_unknown: 'department "$1" is not one of the academy\'s (academy.departments: $2)',
  v_duplicate_department: 'duplicate department "$1" (first at departmentIt[$2])',
  v_family_prefix: 'must be the lowercase start of a DNS label, e.g. "ac-"',
  v_family_suffix: 'must be whole labels starting with a dot, e.g. ".fr"',
  v_forwarding_word: 'must be at least 3 lowercase ASCII letters (accents folded)',
  v_version: 'must be a dotted version number such as "10" or "8.1"',
  v_port_encryption: 'port $1 goes with $2, not $3',
  v_contact_empty: 'must give at least one of url, phone, email',
} as const satisfies Record<string, string>;


export type ValidationKey = keyof typeof VALIDATION_EN;

/** A catalog message and the values for its `$1`…`$9`. */
export interface MessageRef {
  key: ValidationKey;
  subs?: readonly (string | number)[];
}

export const isValidationKey = (s: string): s is ValidationKey => Object.hasOwn(VALIDATION_EN, s);

/** One message in English (the French: ./messages-fr.ts `say`). */
export const sayEn = (ref: MessageRef): string => fill(VALIDATION_EN[ref.key], ref.subs ?? []);

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
