/**
 * The one string catalog, assembled here, above both src/i18n (which knows no strings) and
 * the verdicts: the features' strings (src/strings.ts) and the verdicts' (each declared in its
 * verdict's module, collected with the registry). The browser's `_locales/<lang>/messages.json`
 * are generated from it (scripts/gen-locales.ts), so the manifest and our own lookup read the
 * same text; our lookup is what lets a policy choose the language, which `browser.i18n` cannot.
 *
 * Bundles translate over the parts they need, through the one implementation (i18n/translate.ts):
 * the background over this whole catalog (it tells verdicts), the pages over the features'
 * strings, the popup over core and popup only (ui/strings.ts).
 */
import type { Lang } from './i18n/lang';
import { translatorFor, type Catalog, type Translate } from './i18n/translate';
import { FEATURE_STRINGS, type KeysOf } from './strings';
import { VERDICT_STRINGS } from './verdicts';

/** Every part; no key may be in two of them (tests/unit/locales.test.ts). */
export const CATALOG_PARTS = [...FEATURE_STRINGS, ...VERDICT_STRINGS] as const;
export type CatalogKey = KeysOf<(typeof CATALOG_PARTS)[number]>;

export const catalog: Catalog<CatalogKey> = Object.assign({}, ...CATALOG_PARTS);

/** A translator over the whole catalog, verdicts included, bound to one language. */
export const catalogTranslator: (lang: Lang) => Translate<CatalogKey> = translatorFor(catalog);
