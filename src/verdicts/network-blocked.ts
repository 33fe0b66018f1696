import { localize } from '../i18n/lang';
import { defineVerdict, type Telling, type VerdictContext } from './types';

export const messages = {
  v_networkBlocked_headline: { fr: '$1 : injoignable depuis ce réseau', en: '$1: cannot be reached from this network' },
  v_networkBlocked_meaning: {
    fr: "La connexion a été refusée ou coupée avant d'atteindre le site. C'est typique d'un réseau d'établissement dont le proxy ou le pare-feu filtre certains sites : le site de l'académie n'est pas forcément en panne.",
    en: 'The connection was refused or cut before reaching the site. This is typical of a school network whose proxy or firewall filters some sites: the academy site is not necessarily down.',
  },
  v_network_tryOther: {
    fr: "Pour en avoir le cœur net, essayez depuis un autre réseau, par exemple le partage de connexion de votre téléphone : si le site s'ouvre alors, c'est le réseau d'origine qui bloque.",
    en: 'To be sure, try from another network, for instance your phone’s connection sharing: if the site opens then, the first network is what blocks it.',
  },
  v_network_whoRunsIt: {
    fr: "Le réseau d'un établissement est géré par l'établissement et son référent numérique (souvent avec la collectivité), pas par l'assistance académique : c'est à eux qu'il faut signaler le blocage.",
    en: 'A school’s network is run by the school and its IT contact (référent numérique, often with the local authority), not by the academy helpdesk: they are the ones to tell about the block.',
  },
} as const;

/** Refused, reset, timed out, or stopped by a proxy or an administrator: a filtering network. */
export default defineVerdict({
  id: 'network-blocked',
  severity: 'warning',
  detect: (facts) => facts.failure?.kind === 'network-blocked',
  popup: (ctx) => tell(ctx),
});

function tell({ t, facts, portal, lang }: VerdictContext): Telling {
  const failure = facts.failure!;
  const site = portal ? localize(portal.name, lang) : failure.host;
  const lines = [t('v_networkBlocked_meaning'), t('v_network_tryOther'), t('v_network_whoRunsIt')];
  if (failure.code) lines.push(t('v_failure_code', failure.code));
  return { headline: t('v_networkBlocked_headline', site), lines };
}
