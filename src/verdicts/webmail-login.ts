import { defineVerdict } from './types';

export default defineVerdict({
  id: 'webmail-login',
  when: "the webmail's login page",
  severity: 'ok',
  // On the webmail, its login form is the right place, not a portal's ordinary page.
  before: ['portal'],
  restsOn: [],
  messages: {
    v_webmailLogin_headline: { fr: 'Page de connexion du webmail\u00a0: vous êtes au bon endroit', en: 'Webmail sign-in page: you are in the right place' },
    v_webmailLogin_user: {
      fr: "Identifiant\u00a0: votre identifiant académique (souvent l'initiale du prénom suivie du nom, en minuscules).",
      en: 'Username: your academic username (often the first-name initial followed by the last name, in lowercase).',
    },
    v_webmailLogin_password: {
      fr: "Mot de passe\u00a0: votre mot de passe actif. À la première connexion, c'est le mot de passe provisoire (NUMEN ou courrier du rectorat), à changer aussitôt.",
      en: 'Password: your current password. At the first sign-in it is the temporary one (NUMEN or the rectorate letter), to be changed at once.',
    },
  },
  detect: ({ classification: c, signals }, pack) =>
    c.academy && c.portal?.id === pack.webmail.portal && (c.role === 'login' || signals.passwordField),
  popup: ({ t }) => ({
    headline: t('v_webmailLogin_headline'),
    lines: [t('v_webmailLogin_user'), t('v_webmailLogin_password')],
  }),
});
