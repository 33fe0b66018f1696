import { failureCodeLines, otherNetworkLines, siteName } from './describe';
import { defineVerdict } from './types';

/** Refused, reset, timed out, or stopped by a proxy or an administrator: a filtering network. */
export default defineVerdict({
  id: 'network-blocked',
  when: 'connection refused/reset, proxy or tunnel failure, blocked by an administrator',
  severity: 'warning',
  // What the browser observed (and, for a slow load, the product's threshold): no site fact.
  asserts: () => [],
  before: '*',
  restsOn: [],
  messages: {
    v_networkBlocked_headline: { fr: '$1\u00a0: injoignable depuis ce réseau', en: '$1: cannot be reached from this network' },
    v_networkBlocked_meaning: {
      fr: "La connexion a été refusée ou coupée avant d'atteindre le site. C'est typique d'un réseau d'établissement dont le proxy ou le pare-feu filtre certains sites\u00a0: le site de l'académie n'est pas forcément en panne.",
      en: 'The connection was refused or cut before reaching the site. This is typical of a school network whose proxy or firewall filters some sites: the academy site is not necessarily down.',
    },
  },
  detect: (facts) => facts.failure?.kind === 'network-blocked',
  popup: ({ t, facts, portal, lang }) => {
    const failure = facts.failure!;
    return {
      headline: t('v_networkBlocked_headline', siteName(portal, lang, failure.host)),
      lines: [t('v_networkBlocked_meaning'), ...otherNetworkLines(t), ...failureCodeLines(t, failure)],
    };
  },
});
