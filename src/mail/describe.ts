/** A checker finding in plain words, in the user's language. */
import type { MessageKey } from '../strings';
import type { Lang } from '../i18n/lang';
import { t } from '../strings';
import type { Finding, FindingCode, Role } from './check';

const ROLE_KEYS: Record<Role, MessageKey> = { incoming: 'mail_role_incoming', outgoing: 'mail_role_outgoing' };

export const findingKey = (code: FindingCode): MessageKey => `mail_finding_${code.replace(/-/g, '_')}` as MessageKey;

const roleOf = (f: Finding): Role | null => (f.field.startsWith('incoming.') ? 'incoming' : f.field.startsWith('outgoing.') ? 'outgoing' : null);

export interface FindingWords {
  /** What is wrong. */
  problem: string;
  /** What to put instead ("Mettez plutôt : imap.ac-lyon.fr (à confirmer)"), when there is something to put. */
  fix: string | null;
}

export function describeFinding(f: Finding, lang: Lang): FindingWords {
  const role = roleOf(f);
  const roleName = role ? t(lang, ROLE_KEYS[role]) : '';
  const detail = f.code === 'host-swapped' && (f.detail === 'incoming' || f.detail === 'outgoing') ? t(lang, ROLE_KEYS[f.detail]) : (f.detail ?? '');
  const problem = t(lang, findingKey(f.code), roleName, f.found ?? '', detail);
  if (f.expected === undefined) return { problem, fix: null };
  const fix = t(lang, 'mail_put', f.expected);
  return { problem, fix: f.confirmed === false ? `${fix} (${t(lang, 'toConfirm')})` : fix };
}

/** One sentence: the problem, then the fix. */
export const findingSentence = (f: Finding, lang: Lang): string => {
  const { problem, fix } = describeFinding(f, lang);
  return fix ? `${problem} ${fix}.` : problem;
};
