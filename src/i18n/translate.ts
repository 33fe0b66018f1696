/**
 * The one translator implementation. It knows no strings of its own: it is given a catalog
 * (the full one in src/catalog.ts, or a page's small subset such as the popup's) and
 * returns a lookup bound to one language. Keys are typed by the catalog given.
 */
import type { Lang } from './lang';
import { own } from '../own';

/** A text in both languages. */
export type Bilingual = { readonly [L in Lang]: string };
/** Strings by key: a feature's part, a verdict's own, or the whole catalog. */
export type Catalog<K extends string = string> = { readonly [P in K]: Bilingual };

/** A lookup in one language: `$1`…`$9` in the text are filled with `subs`. */
export type Translate<K extends string = string> = (key: K, ...subs: (string | number)[]) => string;

/** Fills `$1`…`$9`; a placeholder with no value stays as written. */
export const fill = (text: string, subs: readonly (string | number)[]): string =>
  subs.length === 0 ? text : text.replace(/\$([1-9])/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));

/** Translators over `catalog`, one per language. */
export const translatorFor =
  <K extends string>(catalog: Catalog<K>) =>
  (lang: Lang): Translate<K> =>
  (key, ...subs) => {
    // A key or language built from outside (a verdict id, a stored setting) may name no entry, or
    // one of Object.prototype's members: the key itself is shown, French stands in for a language.
    const entry: Bilingual | undefined = own(catalog, key);
    return entry ? fill(own(entry, lang) ?? entry.fr, subs) : key;
  };
