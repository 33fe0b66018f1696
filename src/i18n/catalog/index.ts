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

export const catalog = {
  ...core,
  ...popup,
  ...guide,
  ...banner,
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
} as const;
export type MessageKey = keyof typeof catalog;
