/**
 * Every user-visible string, one catalog per feature (a verdict's strings live in
 * its own module). The browser's `_locales/<lang>/messages.json` are generated from
 * these (scripts/gen-locales.ts), so the manifest and our own lookup read the same
 * text; our lookup is what lets a policy choose the language, which `browser.i18n` cannot.
 */
import core from './core';
import popup from './popup';
import guide from './guide';
import banner from './banner';
import mail from './mail';
import account from './account';
import institution from './institution';
import { messages as notAcademy } from '../../verdicts/not-academy';
import { messages as academyUnknown } from '../../verdicts/academy-unknown';
import { messages as portal } from '../../verdicts/portal';
import { messages as portalLogin } from '../../verdicts/portal-login-no-mailbox';
import { messages as webmailLogin } from '../../verdicts/webmail-login';
import { messages as webmailInbox } from '../../verdicts/webmail-inbox';
import { messages as loginWithoutInbox } from '../../verdicts/login-without-inbox';
import { messages as loginFailed } from '../../verdicts/login-failed';
import { messages as leftAcademy } from '../../verdicts/left-academy';
import { messages as journeyText } from '../../verdicts/journey-text';
import diagnostics from './diagnostics';
import { messages as certificateError } from '../../verdicts/certificate-error';
import { messages as networkBlocked } from '../../verdicts/network-blocked';
import { messages as networkSlow } from '../../verdicts/network-slow';
import { messages as dnsError } from '../../verdicts/dns-error';
import { messages as offline } from '../../verdicts/offline';

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
