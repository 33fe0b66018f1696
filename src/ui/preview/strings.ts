/**
 * The pack preview's strings: the features' (src/strings.ts) and its own, which the background
 * never says (kept out of its catalog and of _locales, like the first-run page's).
 */
import type { Lang } from '../../i18n/lang';
import packPreview from '../../i18n/catalog/pack-preview';
import { translatorFor, type Catalog, type Translate } from '../../i18n/translate';
import { FEATURE_STRINGS, type MessageKey } from '../../strings';

export const PREVIEW_STRINGS = packPreview;
export type PreviewKey = MessageKey | keyof typeof packPreview;
export type PreviewTranslate = Translate<PreviewKey>;

const strings: Catalog<PreviewKey> = Object.assign({}, ...FEATURE_STRINGS, packPreview);

export const previewTranslator: (lang: Lang) => PreviewTranslate = translatorFor(strings);
