import { defineVerdict } from './types';
import { localize } from '../i18n/lang';

export const messages = {
  v_notAcademy_headline: { fr: "Cette page n'est pas un site de l'académie", en: 'This page is not an academy site' },
  v_notAcademy_known: { fr: 'Vous êtes sur : $1.', en: 'You are on: $1.' },
  v_notAcademy_advice: {
    fr: "Pour lire vos courriels académiques, ouvrez directement le webmail : tapez son adresse plutôt que de passer par un moteur de recherche.",
    en: 'To read your academic mail, open the webmail directly: type its address rather than going through a search engine.',
  },
} as const;

export default defineVerdict({
  id: 'not-academy',
  severity: 'info',
  detect: (facts) => !facts.classification.academy,
  popup: ({ t, portal, lang }) => ({
    headline: t('v_notAcademy_headline'),
    lines: [...(portal ? [t('v_notAcademy_known', localize(portal.name, lang))] : []), t('v_notAcademy_advice')],
  }),
});
