import { localize } from '../i18n/lang';
import { credentialsSentence, mailboxSentence, portalName } from './describe';
import { defineVerdict } from './types';

export default defineVerdict({
  id: 'portal',
  when: 'a known site',
  severity: 'info',
  // A known site, academy or not, is more than "not an academy site".
  before: ['not-academy'],
  restsOn: ['portal.sharesAcademicCredentials', 'portal.hasMailbox'],
  messages: {
    v_portal_headline: { fr: 'Vous êtes sur $1', en: 'You are on $1' },
  },
  detect: ({ classification: c }) => c.portal !== null,
  popup: ({ t, portal, lang }) => {
    const p = portal!;
    return {
      headline: t('v_portal_headline', portalName(p, lang)),
      lines: [localize(p.role, lang), credentialsSentence(t, p), mailboxSentence(t, p)],
    };
  },
});
