/**
 * The popup's strings: only the core, popup and site-access parts of the catalog, through the one
 * translator. The full catalog (every feature, both languages) would be most of the
 * popup's weight, and the popup is opened often and must appear at once. The verdict
 * texts it shows come already translated from the background.
 *
 * `UiTranslate` accepts any full `Translate` too (it knows more keys), so the
 * shared parts work in every page.
 */
import core from '../i18n/catalog/core';
import popup from '../i18n/catalog/popup';
import siteAccess from '../i18n/catalog/site-access';
import { translatorFor, type Translate } from '../i18n/translate';

const strings = { ...core, ...popup } as const;
export type UiKey = keyof typeof strings;
export type UiTranslate = Translate<UiKey>;

/** The popup's translator: the shared parts, and the site-access notice it may show. */
export const uiTranslator = translatorFor({ ...strings, ...siteAccess });
