/** Address-bar keyword suggestions, from the pack. */
import { localize, type Lang } from '../i18n/lang';
import { t } from '../strings';
import type { Pack } from '../rules/schema';

export interface Suggestion {
  content: string;
  description: string;
}

// Chrome parses the description as XML; Firefox shows it as text. Escaping suits both.
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function omniboxSuggestions(pack: Pack, lang: Lang, text: string, guideUrl: string): Suggestion[] {
  const staff = pack.portals.find((p) => p.kind === 'staff-portal');
  const all: Suggestion[] = [
    { content: pack.webmail.url.value, description: `${t(lang, 'openWebmail')} — ${pack.webmail.url.value}` },
    ...(staff?.home ? [{ content: staff.home.value, description: `${localize(staff.name, lang)} — ${staff.home.value}` }] : []),
    { content: guideUrl, description: t(lang, 'omnibox_guide') },
  ];
  const words = fold(text).split(/\s+/).filter(Boolean);
  const hits = all.filter((s) => words.every((w) => fold(`${s.description} ${s.content}`).includes(w)));
  return (hits.length ? hits : all).map((s) => ({ content: s.content, description: xml(s.description) }));
}

/** Where Enter goes: a suggestion's URL as typed, else the first match, else the webmail. */
export function omniboxTarget(pack: Pack, lang: Lang, text: string, guideUrl: string): string {
  const suggestions = omniboxSuggestions(pack, lang, text, guideUrl);
  return suggestions.find((s) => s.content === text.trim())?.content ?? suggestions[0]?.content ?? pack.webmail.url.value;
}
