/**
 * The one string catalog, assembled here, above both src/i18n (which knows no strings)
 * and the verdicts: every feature's part (src/i18n/catalog/*, data only) and every
 * verdict's strings (declared in its own module). The browser's `_locales/<lang>/messages.json` are generated from
 * these (scripts/gen-locales.ts), so the manifest and our own lookup read the same
 * text; our lookup is what lets a policy choose the language, which `browser.i18n` cannot.
 */
import type { Lang } from './i18n/lang';
import { translatorFor, type Translate as I18nTranslate } from './i18n/translate';
import core from './i18n/catalog/core';
import popup from './i18n/catalog/popup';
import guide from './i18n/catalog/guide';
import banner from './i18n/catalog/banner';
import mail from './i18n/catalog/mail';
import account from './i18n/catalog/account';
import institution from './i18n/catalog/institution';
import { messages as notAcademy } from './verdicts/not-academy';
import { messages as academyUnknown } from './verdicts/academy-unknown';
import { messages as portal } from './verdicts/portal';
import { messages as portalLogin } from './verdicts/portal-login-no-mailbox';
import { messages as webmailLogin } from './verdicts/webmail-login';
import { messages as webmailInbox } from './verdicts/webmail-inbox';
import { messages as loginWithoutInbox } from './verdicts/login-without-inbox';
import { messages as loginFailed } from './verdicts/login-failed';
import { messages as leftAcademy } from './verdicts/left-academy';
import { messages as journeyText } from './verdicts/journey-text';
import diagnostics from './i18n/catalog/diagnostics';
import { messages as certificateError } from './verdicts/certificate-error';
import { messages as networkBlocked } from './verdicts/network-blocked';
import { messages as networkSlow } from './verdicts/network-slow';
import { messages as dnsError } from './verdicts/dns-error';
import { messages as offline } from './verdicts/offline';

export const catalog = {
  ...core,
  ...popup,
  ...guide,
  ...banner,
  ...mail,
  ...account,
  ...institution,
  ...notAcademy,
  ...academyUnknown,
  ...portal,
  ...portalLogin,
  ...webmailLogin,
  ...webmailInbox,
  ...loginWithoutInbox,
  ...loginFailed,
  ...leftAcademy,
  ...journeyText,
  ...diagnostics,
  ...certificateError,
  ...networkBlocked,
  ...networkSlow,
  ...dnsError,
  ...offline,
} as const;
export type MessageKey = keyof typeof catalog;
export type Translate = I18nTranslate<MessageKey>;

/** A translator over the whole catalog, bound to one language, for views that render many strings. */
export const translator: (lang: Lang) => Translate = translatorFor(catalog);

/** Looks one message up and fills `$1`…`$9` with the given values. */
export const t = (lang: Lang, key: MessageKey, ...subs: (string | number)[]): string => translator(lang)(key, ...subs);
