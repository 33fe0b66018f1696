/**
 * The first-run page's strings: the features' (src/strings.ts), its own and the site-access
 * notice's. These two parts are not in the catalog the background carries (it is near its size
 * budget, and never says them), nor in _locales (no manifest text among them).
 */
import type { Lang } from '../../i18n/lang';
import firstRun from '../../i18n/catalog/first-run';
import siteAccess from '../../i18n/catalog/site-access';
import { translatorFor, type Catalog, type Translate } from '../../i18n/translate';
import { FEATURE_STRINGS, type KeysOf, type MessageKey } from '../../strings';

/** The parts only pages say (checked in FirstRun.test.tsx as the catalog's are in tests/unit/locales.test.ts). */
export const PAGE_ONLY_STRINGS = [firstRun, siteAccess] as const;
export type FirstRunKey = MessageKey | KeysOf<(typeof PAGE_ONLY_STRINGS)[number]>;
export type FirstRunTranslate = Translate<FirstRunKey>;

const strings: Catalog<FirstRunKey> = Object.assign({}, ...FEATURE_STRINGS, ...PAGE_ONLY_STRINGS);

export const firstRunTranslator: (lang: Lang) => FirstRunTranslate = translatorFor(strings);
