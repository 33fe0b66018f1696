/**
 * The popup's own translator: only the core and popup strings. The full catalog
 * (every feature, both languages) would be most of the popup's weight, and the
 * popup is opened often and must appear at once. The verdict texts it shows come
 * already translated from the background.
 *
 * `UiTranslate` accepts any full `Translate` too (it knows more keys), so the
 * shared parts work in every page.
 */
import core from '../i18n/catalog/core';
import popup from '../i18n/catalog/popup';
import type { Lang } from '../i18n/lang';

const strings = { ...core, ...popup } as const;
export type UiKey = keyof typeof strings;
export type UiTranslate = (key: UiKey, ...subs: (string | number)[]) => string;

export const uiTranslator =
  (lang: Lang): UiTranslate =>
  (key, ...subs) => {
    const text: string = strings[key][lang];
    return subs.length === 0 ? text : text.replace(/\$([1-9])/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
  };
