import { pathSentence, siteName } from './describe';
import { defineVerdict } from './types';

/** A login came back to a login page. */
export default defineVerdict({
  id: 'login-failed',
  when: 'a login came back to a login page',
  severity: 'warning',
  // A journey that ends on a login form says more than the form itself, or the site it sits on.
  before: ['webmail-login', 'portal-login-no-mailbox', 'portal', 'academy-unknown'],
  restsOn: ['portal.sharesAcademicCredentials'],
  messages: {
    v_loginFailed_headline: { fr: "La connexion sur $1 n'a pas abouti", en: 'Signing in on $1 did not work' },
    v_loginFailed_notShared: {
      fr: "Ce site n'accepte peut-être pas vos identifiants académiques : ce n'est pas le bon endroit pour votre messagerie.",
      en: 'This site may not take your academic username and password: it is not the place for your mailbox.',
    },
    v_loginFailed_check: {
      fr: "Vérifiez votre identifiant (souvent l'initiale du prénom et le nom) et votre mot de passe actif. Un mot de passe provisoire non changé peut avoir expiré.",
      en: 'Check your username (often first-name initial and last name) and your current password. A temporary password never changed may have expired.',
    },
  },
  detect: ({ journey, classification: c, signals }) => journey !== undefined && c.academy && (c.role === 'login' || signals.passwordField),
  popup: ({ t, facts, portal, lang }) => {
    const lines = [pathSentence(t, facts.journey!)];
    if (portal && portal.sharesAcademicCredentials.value !== 'yes') lines.push(t('v_loginFailed_notShared'));
    lines.push(t('v_loginFailed_check'));
    return { headline: t('v_loginFailed_headline', siteName(portal, lang, facts.classification.host ?? '')), lines };
  },
  banner: true,
});
