import { credentialsSentence, mailboxAtSentence, mailboxSentence, portalName } from './describe';
import { onMailboxHost } from './site';
import { defineVerdict } from './types';

export default defineVerdict({
  id: 'portal-login-no-mailbox',
  when: 'a known site without the mailbox showing a password field',
  severity: 'warning',
  // A password field on a site without the mailbox is worth a warning, academy site or not.
  before: ['portal', 'not-academy'],
  restsOn: ['portal.hasMailbox', 'portal.sharesAcademicCredentials', 'portal.urls', 'webmail.url'],
  messages: {
    v_portalLogin_headline: {
      fr: 'Vous êtes sur $1. Ce site ne donne pas accès à votre messagerie académique.',
      en: 'You are on $1. This site does not give access to your academic mailbox.',
    },
    v_portalLogin_hintHeadline: {
      fr: 'Vous êtes sur $1. Pour lire vos courriels, ouvrez le webmail.',
      en: 'You are on $1. To read your mail, open the webmail.',
    },
    v_portalLogin_advice: {
      fr: "Pour lire vos courriels, ne vous connectez pas ici\u00a0: ouvrez directement le webmail.",
      en: 'To read your mail, do not sign in here: open the webmail directly.',
    },
  },
  // A sign-on page on the way to the webmail is the mailbox's own login (mailbox-sign-on).
  detect: (facts, pack) => {
    const { classification: c, signals } = facts;
    return c.portal !== null && !c.portal.hasMailbox.value && signals.passwordField && !facts.towardMailbox && !onMailboxHost(facts, pack);
  },
  // It says this site is not the mailbox's: that the host is this portal's, and what it holds.
  asserts: ({ classification: c }) => [c.portal!.urls, c.portal!.hasMailbox],
  hint: ({ t, portal, lang, pack }) => {
    const p = portal!;
    return { headline: t('v_portalLogin_hintHeadline', portalName(p, lang)), lines: [mailboxAtSentence(t, pack), mailboxSentence(t, p), credentialsSentence(t, p)] };
  },
  popup: ({ t, portal, lang }) => {
    const p = portal!; // detect() guarantees a portal.
    return { headline: t('v_portalLogin_headline', portalName(p, lang)), lines: [credentialsSentence(t, p), t('v_portalLogin_advice')] };
  },
  banner: true,
});
