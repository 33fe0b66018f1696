import { portalName } from './describe';
import { defineVerdict } from './types';

export default defineVerdict({
  id: 'not-academy',
  when: 'anything else: a page outside the academy',
  severity: 'info',
  restsOn: [],
  messages: {
    v_notAcademy_headline: { fr: "Cette page n'est pas un site de l'académie", en: 'This page is not an academy site' },
    v_notAcademy_known: { fr: 'Vous êtes sur\u00a0: $1.', en: 'You are on: $1.' },
    v_notAcademy_advice: {
      fr: "Pour lire vos courriels académiques, ouvrez directement le webmail\u00a0: tapez son adresse plutôt que de passer par un moteur de recherche.",
      en: 'To read your academic mail, open the webmail directly: type its address rather than going through a search engine.',
    },
  },
  detect: (facts) => !facts.classification.academy,
  popup: ({ t, portal, lang }) => ({
    headline: t('v_notAcademy_headline'),
    lines: [...(portal ? [t('v_notAcademy_known', portalName(portal, lang))] : []), t('v_notAcademy_advice')],
  }),
});
