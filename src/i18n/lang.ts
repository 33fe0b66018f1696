import { own } from '../own';

/** Which of our two languages to speak: French first, English second. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type LangSetting = Lang | 'auto';

/** 'auto' follows the browser's UI language; anything but English falls back to French, the academy's language. */
export function resolveLang(setting: LangSetting | undefined, uiLanguage: string | undefined): Lang {
  if (setting === 'fr' || setting === 'en') return setting;
  return (uiLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Picks one language of a bilingual pack text. */
export const localize = (text: { fr: string; en: string }, lang: Lang): string => own(text, lang) ?? text.fr;

/** A day (YYYY-MM-DD) as people write it: "24 novembre 2026", "24 November 2026"; the raw text when it is not a day. */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
