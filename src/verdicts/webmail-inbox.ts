import { defineVerdict } from './types';

export const messages = {
  v_webmailInbox_headline: { fr: 'Vous êtes dans votre messagerie académique', en: 'You are in your academic mailbox' },
  v_webmailInbox_line: {
    fr: "C'est le bon chemin : gardez cette adresse dans vos favoris.",
    en: 'This is the right path: bookmark this address.',
  },
} as const;

export default defineVerdict({
  id: 'webmail-inbox',
  severity: 'ok',
  detect: ({ classification: c, signals }, pack) =>
    c.academy && c.portal?.id === pack.webmail.portal && (c.role === 'inbox' || signals.inboxMarkers),
  popup: ({ t }) => ({ headline: t('v_webmailInbox_headline'), lines: [t('v_webmailInbox_line')] }),
});
