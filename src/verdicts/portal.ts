import { defineVerdict } from './types';
import { credentialsSentence, mailboxSentence, portalName } from './describe';
import { localize } from '../i18n/lang';

export const messages = {
  v_portal_headline: { fr: 'Vous êtes sur $1', en: 'You are on $1' },
} as const;

export default defineVerdict({
  id: 'portal',
  severity: 'info',
  detect: ({ classification: c }) => c.portal !== null,
  popup: ({ t, portal, lang }) => {
    const p = portal!;
    return {
      headline: t('v_portal_headline', portalName(p, lang)),
      lines: [localize(p.role, lang), credentialsSentence(t, p), mailboxSentence(t, p)],
    };
  },
});
