import { catalog, type MessageKey } from './catalog';
import type { Lang } from './lang';

/** Looks a message up and fills `$1`…`$9` with the given values. */
export function t(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const text: string = catalog[key][lang];
  return subs.length === 0 ? text : text.replace(/\$([1-9])/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
}

/** A translator bound to one language, for views that render many strings. */
export const translator = (lang: Lang) => (key: MessageKey, ...subs: (string | number)[]) => t(lang, key, ...subs);
export type Translate = ReturnType<typeof translator>;
