/**
 * The one string catalog, assembled here, above both src/i18n (which knows no strings) and
 * the verdicts: every feature's part (src/i18n/catalog/*, data only) and the verdicts' strings
 * (each declared in its verdict's module, collected with the registry). The browser's
 * `_locales/<lang>/messages.json` are generated from it (scripts/gen-locales.ts), so the
 * manifest and our own lookup read the same text; our lookup is what lets a policy choose the
 * language, which `browser.i18n` cannot.
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
import { VERDICT_STRINGS } from './verdicts';

/** Every part; no key may be in two of them (tests/unit/locales.test.ts). */
export const CATALOG_PARTS = [core, popup, guide, banner, mail, account, institution, diagnostics, ...VERDICT_STRINGS] as const;

type KeysOf<Part> = Part extends unknown ? keyof Part & string : never;
export type MessageKey = KeysOf<(typeof CATALOG_PARTS)[number]>;
export type Translate = TranslateOver<MessageKey>;

export const catalog: Catalog<MessageKey> = Object.assign({}, ...CATALOG_PARTS);

/** A translator over the whole catalog, bound to one language, for views that render many strings. */
export const translator: (lang: Lang) => Translate = translatorFor(catalog);

/** Looks one message up and fills `$1`…`$9` with the given values. */
export const t = (lang: Lang, key: MessageKey, ...subs: (string | number)[]): string => translator(lang)(key, ...subs);
