/** Builds the browser's messages.json content from a catalog. */
import { LANGS, type Lang } from './lang';
import type { Catalog } from './translate';

export function messagesJson(catalog: Catalog, lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, text] of Object.entries(catalog)) {
    // The browser reads "$1" as a substitution only through placeholders; we substitute ourselves, so escape it.
    out[key] = { message: text[lang].replace(/\$/g, '$$$$') };
  }
  return out;
}

export const localeFiles = (catalog: Catalog): { path: string; text: string }[] =>
  LANGS.map((lang) => ({ path: `public/_locales/${lang}/messages.json`, text: `${JSON.stringify(messagesJson(catalog, lang), null, 2)}\n` }));
