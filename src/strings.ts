/**
 * The features' strings (src/i18n/catalog/*, data only) and their translator: what the pages
 * and the feature modules speak with. The verdicts' strings are not here: only the background
 * tells verdicts, so the pages do not carry them (the whole catalog is src/catalog.ts).
 */
import type { Lang } from './i18n/lang';
import { translatorFor, type Catalog, type Translate as TranslateOver } from './i18n/translate';
import core from './i18n/catalog/core';
import popup from './i18n/catalog/popup';
import guide from './i18n/catalog/guide';
import banner from './i18n/catalog/banner';
import mail from './i18n/catalog/mail';
import account from './i18n/catalog/account';
import institution from './i18n/catalog/institution';
import diagnostics from './i18n/catalog/diagnostics';

export const FEATURE_STRINGS = [core, popup, guide, banner, mail, account, institution, diagnostics] as const;

/** The keys of a list of parts. */
export type KeysOf<Part> = Part extends unknown ? keyof Part & string : never;
export type MessageKey = KeysOf<(typeof FEATURE_STRINGS)[number]>;
export type Translate = TranslateOver<MessageKey>;

const strings: Catalog<MessageKey> = Object.assign({}, ...FEATURE_STRINGS);

/** A translator bound to one language, for views that render many strings. */
export const translator: (lang: Lang) => Translate = translatorFor(strings);

/** Looks one message up and fills `$1`…`$9` with the given values. */
export const t = (lang: Lang, key: MessageKey, ...subs: (string | number)[]): string => translator(lang)(key, ...subs);
