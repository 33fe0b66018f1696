/**
 * The demo scenarios `npm start` screenshots headless (scripts/start.ts): at least one per
 * verdict, each naming the verdict its popup must show (the start script checks it, and a
 * unit test checks that every registered verdict has a scenario). Pure data: tests import it.
 */
import type { VerdictId } from '../src/verdicts';

/** A page of the fixture academy (tests/fixtures/academy), loaded, or logged into. */
export interface FixturePage {
  host: string;
  path: string;
  /** Log in instead of just loading the page: on the webmail, or through the staff portal's SSO. */
  login?: 'webmail' | 'sso';
  /** Type a Gmail address in the webmail's forwarding field (the forwarding guard). */
  forwarding?: true;
}

/**
 * A load that fails as school networks make it fail (tests/fixtures/failing-servers.ts): a
 * self-signed certificate, a refused port, a server that never answers, a name that does not
 * resolve, or no network at all (the browser's offline emulation).
 */
export type FailingLoad = 'self-signed' | 'refused' | 'silent' | 'unresolved' | 'offline';

export interface Scenario {
  key: string;
  what: string;
  verdict: VerdictId;
  /** Whether the page shows the banner (the screenshot waits for it). */
  banner: boolean;
  at: FixturePage | { failing: FailingLoad };
}

export const SCENARIOS: readonly Scenario[] = [
  { key: 'drane-login', what: 'DRANE login page', verdict: 'portal-login-no-mailbox', banner: true, at: { host: 'drane.ac-lyon.fr', path: '/spip/spip.php?page=login' } },
  // The staff portal's hasMailbox is a guess: told as a hint, in the popup only.
  { key: 'arena-login', what: 'Arena login page (a hint: the pack is not sure the portal has no mailbox)', verdict: 'portal-login-no-mailbox', banner: false, at: { host: 'portail.ac-lyon.fr', path: '/login/ct_logon_mixte.jsp' } },
  { key: 'arena-sign-on', what: 'Arena sign-on page returning to the webmail', verdict: 'mailbox-sign-on', banner: false, at: { host: 'portail.ac-lyon.fr', path: `/login/ct_logon_mixte.jsp?CT_ORIG_URL=${encodeURIComponent('https://webmail.ac-lyon.fr/')}` } },
  { key: 'maths-login', what: 'maths SPIP login (field added by script)', verdict: 'portal-login-no-mailbox', banner: true, at: { host: 'maths.enseigne.ac-lyon.fr', path: '/spip/spip.php?page=login' } },
  { key: 'webmail-login', what: 'webmail login page', verdict: 'webmail-login', banner: false, at: { host: 'webmail.ac-lyon.fr', path: '/' } },
  { key: 'webmail-inbox', what: 'webmail inbox (after logging in)', verdict: 'webmail-inbox', banner: false, at: { host: 'webmail.ac-lyon.fr', path: '/', login: 'webmail' } },
  { key: 'drane-sso', what: 'DRANE login through the SSO, landing without inbox', verdict: 'login-without-inbox', banner: true, at: { host: 'drane.ac-lyon.fr', path: '/spip/sso-login', login: 'sso' } },
  { key: 'drane-sso-fail', what: 'DRANE login through the SSO, wrong password: back to the form', verdict: 'login-failed', banner: true, at: { host: 'drane.ac-lyon.fr', path: '/spip/sso-login?fail=1', login: 'sso' } },
  { key: 'drane-sso-away', what: 'DRANE login through the SSO, landing outside the academy', verdict: 'left-academy', banner: false, at: { host: 'drane.ac-lyon.fr', path: '/spip/sso-login?away=1', login: 'sso' } },
  { key: 'rectorate', what: 'rectorate home', verdict: 'portal', banner: false, at: { host: 'www.ac-lyon.fr', path: '/' } },
  { key: 'webmail-forwarding', what: 'webmail forwarding option, Gmail address typed', verdict: 'portal', banner: false, at: { host: 'webmail.ac-lyon.fr', path: '/options-transfert.html', forwarding: true } },
  { key: 'unknown-academy-site', what: 'an ac-lyon.fr site the pack does not know', verdict: 'academy-unknown', banner: false, at: { host: 'inconnu.ac-lyon.fr', path: '/' } },
  { key: 'example-org', what: 'example.org login (not the academy)', verdict: 'not-academy', banner: false, at: { host: 'example.org', path: '/login.html' } },
  { key: 'webmail-self-signed', what: 'webmail behind a self-signed certificate', verdict: 'certificate-error', banner: false, at: { failing: 'self-signed' } },
  { key: 'webmail-refused', what: 'webmail on a port that refuses connections', verdict: 'network-blocked', banner: false, at: { failing: 'refused' } },
  { key: 'webmail-silent', what: 'webmail on a server that never answers (20 s)', verdict: 'network-slow', banner: false, at: { failing: 'silent' } },
  { key: 'unresolved-name', what: 'an academy name that does not resolve', verdict: 'dns-error', banner: false, at: { failing: 'unresolved' } },
  { key: 'offline', what: 'the webmail asked for with the network off', verdict: 'offline', banner: false, at: { failing: 'offline' } },
];
