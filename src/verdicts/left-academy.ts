import { localize } from '../i18n/lang';
import { pathSentence } from './journey-text';
import { defineVerdict } from './types';

export const messages = {
  v_leftAcademy_headline: { fr: "La connexion vous a emmené hors de l'académie : $1", en: 'Signing in took you out of the academy: $1' },
  v_leftAcademy_advice: {
    fr: "Ce site n'est pas votre messagerie académique. Pour vos courriels, ouvrez directement le webmail.",
    en: 'This site is not your academic mailbox. For your mail, open the webmail directly.',
  },
} as const;

/** A login landed outside the academy's domains (e.g. the regional ENT). */
export default defineVerdict({
  id: 'left-academy',
  severity: 'info',
  detect: ({ journey, classification: c }) => journey !== undefined && !c.academy,
  popup: ({ t, facts, portal, lang }) => ({
    headline: t('v_leftAcademy_headline', portal ? `${localize(portal.name, lang)} (${facts.journey!.landingHost})` : facts.journey!.landingHost),
    lines: [pathSentence(t, facts.journey!), t('v_leftAcademy_advice')],
  }),
});
