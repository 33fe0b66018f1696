import { mailboxAtSentence, siteName } from './describe';
import { onMailboxHost } from './site';
import { defineVerdict } from './types';

/**
 * A sign-on page reached on the way to the webmail (the webmail sent the tab here, or the page
 * will send it back there): the mailbox's own login, wherever it sits. What makes it so is what
 * the browser saw (where the tab came from, where the page returns), not the pack's word.
 */
export default defineVerdict({
  id: 'mailbox-sign-on',
  when: 'a sign-on page on the way to the webmail (the tab came from it, or the page returns there)',
  severity: 'ok',
  // The way to the mailbox outranks what the pack says of the site that signs users in.
  before: ['portal-login-no-mailbox', 'portal', 'academy-unknown'],
  // A login that came back to this form did fail.
  after: ['login-failed'],
  restsOn: ['webmail.url'],
  messages: {
    v_mailboxSignOn_headline: {
      fr: 'Page de connexion sur le chemin de votre messagerie',
      en: 'Sign-in page on the way to your mailbox',
    },
    v_mailboxSignOn_how: {
      fr: 'Vous venez du webmail, ou cette page de $1 vous y ramène après la connexion\u00a0: identifiez-vous ici pour y accéder.',
      en: 'You came from the webmail, or this page of $1 takes you back there after signing in: sign in here to reach it.',
    },
  },
  detect: (facts, pack) =>
    facts.towardMailbox === true &&
    facts.classification.academy &&
    !onMailboxHost(facts, pack) &&
    (facts.signals.passwordField || facts.classification.role === 'login'),
  popup: ({ t, facts, portal, lang, pack }) => ({
    headline: t('v_mailboxSignOn_headline'),
    lines: [t('v_mailboxSignOn_how', siteName(portal, lang, facts.classification.host ?? '')), mailboxAtSentence(t, pack)],
  }),
});
