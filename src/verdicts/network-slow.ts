import { localize } from '../i18n/lang';
import { slowLoadMs } from '../rules/diagnostics-schema';
import { defineVerdict, type Telling, type VerdictContext } from './types';

export const messages = {
  v_networkSlow_headline: { fr: '$1 ne finit pas de se charger', en: '$1 does not finish loading' },
  v_networkSlow_meaning: {
    fr: "La page n'a pas fini de se charger au bout de $1 secondes : elle reste à moitié affichée ou tourne sans fin. Un proxy ou un pare-feu d'établissement qui retient la connexion sans message produit souvent cet effet.",
    en: 'The page had not finished loading after $1 seconds: it stays half-drawn or keeps spinning. A school proxy or firewall that holds the connection without a message often does this.',
  },
} as const;

/** An academy page still loading after the pack's threshold (20 s): the "silent network". */
export default defineVerdict({
  id: 'network-slow',
  severity: 'warning',
  detect: (facts) => facts.failure?.kind === 'network-slow',
  popup: (ctx) => tell(ctx),
});

function tell({ t, facts, portal, pack, lang }: VerdictContext): Telling {
  const failure = facts.failure!;
  const site = portal ? localize(portal.name, lang) : failure.host;
  const seconds = Math.round(slowLoadMs(pack) / 1000);
  return {
    headline: t('v_networkSlow_headline', site),
    lines: [t('v_networkSlow_meaning', seconds), t('v_network_tryOther'), t('v_network_whoRunsIt')],
  };
}
