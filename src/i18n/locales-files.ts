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

/** Each language's file: `dest` in the built extension, `path` in the repository (public/, the default pack's). */
export const localeFiles = (catalog: Catalog): { path: string; dest: string; text: string }[] =>
  LANGS.map((lang) => ({
    path: `public/_locales/${lang}/messages.json`,
    dest: `_locales/${lang}/messages.json`,
    text: `${JSON.stringify(messagesJson(catalog, lang), null, 2)}\n`,
  }));
