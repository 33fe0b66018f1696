/** Builds the browser's messages.json content from the catalog. */
import { catalog } from './catalog';
import { LANGS, type Lang } from './lang';

export function messagesJson(lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, text] of Object.entries(catalog)) {
    // The browser reads "$1" as a substitution only through placeholders; we substitute ourselves, so escape it.
    out[key] = { message: (text as Record<Lang, string>)[lang].replace(/\$/g, '$$$$') };
  }
  return out;
}

export const localeFiles = (): { path: string; text: string }[] =>
  LANGS.map((lang) => ({ path: `public/_locales/${lang}/messages.json`, text: `${JSON.stringify(messagesJson(lang), null, 2)}\n` }));
