import { pathSentence, portalName } from './describe';
import { defineVerdict } from './types';

/** A login landed outside the academy's domains (e.g. the regional ENT). */
export default defineVerdict({
  id: 'left-academy',
  when: 'a login landed outside the academy (e.g. the regional ENT)',
  severity: 'info',
  // Where the login led says more than the site the user ended up on.
  before: ['portal-login-no-mailbox', 'portal', 'not-academy'],
  restsOn: [],
  messages: {
    v_leftAcademy_headline: { fr: "La connexion vous a emmené hors de l'académie\u00a0: $1", en: 'Signing in took you out of the academy: $1' },
    v_leftAcademy_advice: {
      fr: "Ce site n'est pas votre messagerie académique. Pour vos courriels, ouvrez directement le webmail.",
      en: 'This site is not your academic mailbox. For your mail, open the webmail directly.',
    },
  },
  detect: ({ journey, classification: c }) => journey !== undefined && !c.academy,
  popup: ({ t, facts, portal, lang }) => {
    const landing = facts.journey!.landingHost;
    return {
      headline: t('v_leftAcademy_headline', portal ? `${portalName(portal, lang)} (${landing})` : landing),
      lines: [pathSentence(t, facts.journey!), t('v_leftAcademy_advice')],
    };
  },
});
