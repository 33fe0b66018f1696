/** What every page's main.tsx does: render its parts, given what only the browser knows. */
import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '../i18n/lang';

export interface PageContext {
  /** The language to speak before the background has said which (loading and error screens). */
  fallbackLang: Lang;
  /** The guide page, which the other pages link to. */
  guideUrl: string;
}

function browserLang(): Lang {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = globalThis.navigator?.language;
  }
  return resolveLang('auto', ui);
}

/**
 * Renders the page's parts, each in its own mount point: the first in the HTML's `#app` (the
 * page's main part, what tests and axe wait for), the others in elements added after it, so
 * each part shows when its own answer comes.
 */
export function startPage(parts: (page: PageContext) => ComponentChild | ComponentChild[]): void {
  const made = parts({ fallbackLang: browserLang(), guideUrl: browser.runtime.getURL('/options.html') });
  const [main, ...rest] = Array.isArray(made) ? made : [made];
  render(main, document.getElementById('app')!);
  for (const part of rest) render(part, document.body.appendChild(document.createElement('div')));
}
