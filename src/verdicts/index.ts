/**
 * The registry of page situations, most specific first: the first whose
 * detect() holds is the tab's verdict.
 */
import type { Pack } from '../rules/schema';
import type { VerdictDef } from './types';
import type { TabFacts } from '../model/facts';
import notAcademy from './not-academy';
import academyUnknown from './academy-unknown';
import webmailInbox from './webmail-inbox';
import webmailLogin from './webmail-login';
import portalLoginNoMailbox from './portal-login-no-mailbox';
import portal from './portal';
import loginWithoutInbox from './login-without-inbox';
import loginFailed from './login-failed';
import leftAcademy from './left-academy';
import certificateError from './certificate-error';
import networkBlocked from './network-blocked';
import networkSlow from './network-slow';
import dnsError from './dns-error';
import offline from './offline';

export const VERDICTS = [
  certificateError, networkBlocked, networkSlow, dnsError, offline, // a failed load outranks everything
  webmailInbox,
  loginFailed,
  leftAcademy,
  loginWithoutInbox,
  webmailLogin,
  portalLoginNoMailbox,
  portal,
  academyUnknown,
  notAcademy,
] as const;

export type VerdictId = (typeof VERDICTS)[number]['id'];

export function resolveVerdict(facts: TabFacts, pack: Pack): VerdictDef<VerdictId> {
  for (const v of VERDICTS) if (v.detect(facts, pack)) return v;
  return notAcademy;
}
