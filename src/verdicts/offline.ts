import { defineVerdict } from './types';

/** The browser knew it had no network. */
export default defineVerdict({
  id: 'offline',
  when: 'the browser had no network when an academy page was asked for',
  severity: 'warning',
  // What the browser observed (and, for a slow load, the product's threshold): no site fact.
  asserts: () => [],
  before: '*',
  restsOn: [],
  messages: {
    v_offline_headline: { fr: 'Pas de connexion à Internet', en: 'No Internet connection' },
    v_offline_meaning: {
      fr: "Cet appareil n'était connecté à aucun réseau quand la page de $1 a été demandée\u00a0: le site de l'académie n'y est pour rien.",
      en: 'This device was not connected to any network when the page of $1 was requested: the academy site is not at fault.',
    },
    v_offline_check: {
      fr: 'Vérifiez le Wi-Fi ou le câble réseau (et le mode avion), puis rechargez la page.',
      en: 'Check the Wi-Fi or network cable (and flight mode), then reload the page.',
    },
  },
  detect: (facts) => facts.failure?.kind === 'offline',
  popup: ({ t, facts }) => ({ headline: t('v_offline_headline'), lines: [t('v_offline_meaning', facts.failure!.host), t('v_offline_check')] }),
});
