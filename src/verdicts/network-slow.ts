import { slowLoadMs } from '../rules/diagnostics-schema';
import { otherNetworkLines, siteName } from './describe';
import { defineVerdict } from './types';

/** An academy page still loading after the pack's threshold (20 s): the "silent network". */
export default defineVerdict({
  id: 'network-slow',
  when: "a load of the webmail or the sign-on portal still incomplete after the pack's threshold (20 s)",
  severity: 'warning',
  // What the browser observed (and, for a slow load, the product's threshold): no site fact.
  asserts: () => [],
  before: '*',
  restsOn: ['diagnostics.slowLoadMs'],
  messages: {
    v_networkSlow_headline: { fr: '$1 ne finit pas de se charger', en: '$1 does not finish loading' },
    v_networkSlow_meaning: {
      fr: "La page n'a pas fini de se charger au bout de $1 secondes\u00a0: elle reste à moitié affichée ou tourne sans fin. Un proxy ou un pare-feu d'établissement qui retient la connexion sans message produit souvent cet effet.",
      en: 'The page had not finished loading after $1 seconds: it stays half-drawn or keeps spinning. A school proxy or firewall that holds the connection without a message often does this.',
    },
  },
  detect: (facts) => facts.failure?.kind === 'network-slow',
  popup: ({ t, facts, portal, pack, lang }) => ({
    headline: t('v_networkSlow_headline', siteName(portal, lang, facts.failure!.host)),
    lines: [t('v_networkSlow_meaning', Math.round(slowLoadMs(pack) / 1000)), ...otherNetworkLines(t)],
  }),
});
