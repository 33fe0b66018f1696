import { credentialsSentence, portalName } from './describe';
import { defineVerdict } from './types';

export default defineVerdict({
  id: 'portal-login-no-mailbox',
  when: 'a known site without the mailbox showing a password field',
  severity: 'warning',
  // A password field on a site without the mailbox is worth a warning, academy site or not.
  before: ['portal', 'not-academy'],
  restsOn: ['portal.hasMailbox', 'portal.sharesAcademicCredentials'],
  messages: {
    v_portalLogin_headline: {
      fr: 'Vous êtes sur $1. Ce site ne donne pas accès à votre messagerie académique.',
      en: 'You are on $1. This site does not give access to your academic mailbox.',
    },
    v_portalLogin_advice: {
      fr: "Pour lire vos courriels, ne vous connectez pas ici : ouvrez directement le webmail.",
      en: 'To read your mail, do not sign in here: open the webmail directly.',
    },
  },
  detect: ({ classification: c, signals }) => c.portal !== null && !c.portal.hasMailbox.value && signals.passwordField,
  popup: ({ t, portal, lang }) => {
    const p = portal!; // detect() guarantees a portal.
    return { headline: t('v_portalLogin_headline', portalName(p, lang)), lines: [credentialsSentence(t, p), t('v_portalLogin_advice')] };
  },
  banner: true,
});
