/** The language to speak before the background has said which (loading and error screens). */
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '../i18n/lang';

export function browserLang(): Lang {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = globalThis.navigator?.language;
  }
  return resolveLang('auto', ui);
}
