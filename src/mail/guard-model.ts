/**
 * Background side of the forwarding guard: the pack's rules plus the warning's
 * texts in the user's language, as plain JSON for the content script (which
 * must not bundle the catalog nor the pack).
 */
import type { Lang } from '../i18n/lang';
import { t } from '../strings';
import type { Pack } from '../rules/schema';
import { forwardingRules } from './domains';
import type { ForwardingGuardModel, ForwardingTexts } from './types';

export const forwardingTexts = (lang: Lang): ForwardingTexts => ({
  lang,
  label: t(lang, 'mail_guard_label'),
  headline: t(lang, 'mail_guard_headline'),
  lines: [t(lang, 'mail_guard_why'), t(lang, 'mail_guard_alternative')],
});

/** Null when the pack says nothing about mail: then the content script guards nothing. */
export function forwardingGuardModel(pack: Pack, lang: Lang): ForwardingGuardModel | null {
  const rules = forwardingRules(pack);
  return rules ? { ...rules, texts: forwardingTexts(lang) } : null;
}
