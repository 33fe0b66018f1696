import { mailboxAtSentence, mailboxSentence, pathSentence, siteName } from './describe';
import { onMailboxHost } from './site';
import { defineVerdict } from './types';

/** A login landed on an academy page that is neither the webmail inbox nor a login page. */
export default defineVerdict({
  id: 'login-without-inbox',
  when: 'a login "succeeded" and landed on an academy page with no inbox',
  severity: 'warning',
  // The journey is what tells the user their login led nowhere near the mailbox.
  before: ['portal', 'academy-unknown'],
  restsOn: ['portal.hasMailbox', 'portal.urls', 'webmail.url'],
  messages: {
    v_loginNoInbox_headline: {
      fr: 'Connexion réussie sur $1, mais ce site ne contient pas votre messagerie',
      en: 'Signed in on $1, but this site does not hold your mailbox',
    },
    v_loginNoInbox_hintHeadline: {
      fr: 'Connexion réussie sur $1. Pour lire vos courriels, ouvrez le webmail.',
      en: 'Signed in on $1. To read your mail, open the webmail.',
    },
    v_loginNoInbox_advice: {
      fr: "Vos identifiants fonctionnent\u00a0: il s'agit seulement du mauvais site. Ouvrez directement le webmail pour lire vos courriels.",
      en: 'Your username and password work: this is only the wrong site. Open the webmail directly to read your mail.',
    },
  },
  detect: ({ journey, classification: c, signals }, pack) =>
    journey !== undefined &&
    c.academy &&
    // The mailbox's own host is never accused: its inbox may have a shape the pack does not know.
    !onMailboxHost({ classification: c, signals, url: '' }, pack) &&
    c.role !== 'login' &&
    !signals.passwordField,
  popup: ({ t, facts, portal, lang }) => ({
    headline: t('v_loginNoInbox_headline', siteName(portal, lang, facts.classification.host ?? '')),
    lines: [pathSentence(t, facts.journey!), t('v_loginNoInbox_advice')],
  }),
  // "No inbox here" says the landing site does not hold the mailbox; a host no portal describes is not known to.
  asserts: ({ classification: c }) => [c.portal?.urls ?? null, c.portal?.hasMailbox ?? null],
  hint: ({ t, facts, portal, lang, pack }) => ({
    headline: t('v_loginNoInbox_hintHeadline', siteName(portal, lang, facts.classification.host ?? '')),
    lines: [pathSentence(t, facts.journey!), mailboxAtSentence(t, pack), ...(portal ? [mailboxSentence(t, portal)] : [])],
  }),
  banner: true,
});
