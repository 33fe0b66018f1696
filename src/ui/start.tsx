/** What every page's main.tsx does: render the page, given what only the browser knows. */
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
 * Renders the page, one tree, in the HTML's `#app` (what tests and axe wait for). A page made of
 * parts that load apart (the options page: the guide, then the institution's settings) nests
 * them in its frame, so no part lands outside the page's column.
 */
export function startPage(page: (context: PageContext) => ComponentChild): void {
  render(page({ fallbackLang: browserLang(), guideUrl: browser.runtime.getURL('/options.html') }), document.getElementById('app')!);
}
