import { pathSentence, siteName } from './describe';
import { onMailboxHost, roleFacts } from './site';
import { defineVerdict } from './types';

/** A login came back to a login page. */
export default defineVerdict({
  id: 'login-failed',
  when: 'a login came back to a login page',
  severity: 'warning',
  // A journey that ends on a login form says more than the form itself, or the site it sits on.
  before: ['webmail-login', 'portal-login-no-mailbox', 'portal', 'academy-unknown'],
  restsOn: ['portal.sharesAcademicCredentials', 'webmail.url', 'portal.pages.login', 'academy.pages.login'],
  messages: {
    v_loginFailed_headline: { fr: "La connexion sur $1 n'a pas abouti", en: 'Signing in on $1 did not work' },
    v_loginFailed_hintHeadline: { fr: 'Après la connexion, vous êtes sur une page de connexion de $1', en: 'After signing in, you are on a sign-in page of $1' },
    v_loginFailed_notShared: {
      fr: "Ce site n'accepte peut-être pas vos identifiants académiques\u00a0: ce n'est pas le bon endroit pour votre messagerie.",
      en: 'This site may not take your academic username and password: it is not the place for your mailbox.',
    },
    v_loginFailed_check: {
      fr: "Vérifiez votre identifiant (souvent l'initiale du prénom et le nom) et votre mot de passe actif. Un mot de passe provisoire non changé peut avoir expiré.",
      en: 'Check your username (often first-name initial and last name) and your current password. A temporary password never changed may have expired.',
    },
  },
  // On the webmail's host only a password asked again says so: its pages may have other shapes.
  detect: (facts, pack) => {
    const { journey, classification: c, signals } = facts;
    return journey !== undefined && c.academy && (signals.passwordField || (c.role === 'login' && !onMailboxHost(facts, pack)));
  },
  // A password field is what the browser saw; a login page known by its address only is the pack's word.
  asserts: (facts, pack) => (facts.signals.passwordField ? [] : roleFacts(facts, pack)),
  hint: ({ t, facts, portal, lang }) => ({
    headline: t('v_loginFailed_hintHeadline', siteName(portal, lang, facts.classification.host ?? '')),
    lines: [pathSentence(t, facts.journey!), t('v_loginFailed_check')],
  }),
  popup: ({ t, facts, portal, lang }) => {
    const lines = [pathSentence(t, facts.journey!)];
    if (portal && portal.sharesAcademicCredentials.value !== 'yes') lines.push(t('v_loginFailed_notShared'));
    lines.push(t('v_loginFailed_check'));
    return { headline: t('v_loginFailed_headline', siteName(portal, lang, facts.classification.host ?? '')), lines };
  },
  banner: true,
});
