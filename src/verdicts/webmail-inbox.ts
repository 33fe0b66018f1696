import { defineVerdict } from './types';

export default defineVerdict({
  id: 'webmail-inbox',
  when: "the webmail's inbox (URL pattern or the pack's inbox DOM markers)",
  severity: 'ok',
  // The inbox on screen is proof the login worked, whatever the password field or the site's other pages say.
  before: ['login-failed', 'webmail-login', 'portal'],
  restsOn: [],
  messages: {
    v_webmailInbox_headline: { fr: 'Vous êtes dans votre messagerie académique', en: 'You are in your academic mailbox' },
    v_webmailInbox_line: {
      fr: "C'est le bon chemin\u00a0: gardez cette adresse dans vos favoris.",
      en: 'This is the right path: bookmark this address.',
    },
  },
  detect: ({ classification: c, signals }, pack) =>
    c.academy && c.portal?.id === pack.webmail.portal && (c.role === 'inbox' || signals.inboxMarkers),
  popup: ({ t }) => ({ headline: t('v_webmailInbox_headline'), lines: [t('v_webmailInbox_line')] }),
});
