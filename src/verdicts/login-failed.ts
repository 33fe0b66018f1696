import { localize } from '../i18n/lang';
import { pathSentence } from './journey-text';
import { defineVerdict, type Telling, type VerdictContext } from './types';

export const messages = {
  v_loginFailed_headline: { fr: "La connexion sur $1 n'a pas abouti", en: 'Signing in on $1 did not work' },
  v_loginFailed_notShared: {
    fr: "Ce site n'accepte peut-être pas vos identifiants académiques : ce n'est pas le bon endroit pour votre messagerie.",
    en: 'This site may not take your academic username and password: it is not the place for your mailbox.',
  },
  v_loginFailed_check: {
    fr: "Vérifiez votre identifiant (souvent l'initiale du prénom et le nom) et votre mot de passe actif. Un mot de passe provisoire non changé peut avoir expiré.",
    en: 'Check your username (often first-name initial and last name) and your current password. A temporary password never changed may have expired.',
  },
} as const;

/** A login came back to a login page. */
export default defineVerdict({
  id: 'login-failed',
  severity: 'warning',
  detect: ({ journey, classification: c, signals }) => journey !== undefined && c.academy && (c.role === 'login' || signals.passwordField),
  popup: (ctx) => tell(ctx),
  banner: (ctx) => tell(ctx),
});

function tell({ t, facts, portal, lang }: VerdictContext): Telling {
  const site = portal ? localize(portal.name, lang) : (facts.classification.host ?? '');
  const lines = [pathSentence(t, facts.journey!)];
  if (portal && portal.sharesAcademicCredentials.value !== 'yes') lines.push(t('v_loginFailed_notShared'));
  lines.push(t('v_loginFailed_check'));
  return { headline: t('v_loginFailed_headline', site), lines };
}
