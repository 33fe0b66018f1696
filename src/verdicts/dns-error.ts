import { failureCodeLines } from './describe';
import { defineVerdict } from './types';

/** The host name did not resolve: a typo, or a network whose name server fails. */
export default defineVerdict({
  id: 'dns-error',
  when: 'an academy host name was not found',
  severity: 'warning',
  // What the browser observed (and, for a slow load, the product's threshold): no site fact.
  asserts: () => [],
  before: '*',
  restsOn: ['webmail.url'],
  messages: {
    v_dnsError_headline: { fr: 'Adresse introuvable\u00a0: $1', en: 'Address not found: $1' },
    v_dnsError_meaning: {
      fr: "Le navigateur n'a pas trouvé ce nom de site. Vérifiez l'orthographe de l'adresse\u00a0: celle de la messagerie académique est $1.",
      en: 'The browser could not find this site name. Check the spelling of the address: the academic mailbox is at $1.',
    },
    v_dnsError_network: {
      fr: "Si l'adresse est juste, c'est le réseau (son serveur de noms) qui ne la trouve pas\u00a0: essayez un autre réseau, par exemple le partage de connexion de votre téléphone, et signalez-le au référent numérique de l'établissement.",
      en: 'If the address is right, the network (its name server) cannot find it: try another network, for instance your phone’s connection sharing, and tell the school’s IT contact.',
    },
  },
  detect: (facts) => facts.failure?.kind === 'dns-error',
  popup: ({ t, facts, pack }) => {
    const failure = facts.failure!;
    return {
      headline: t('v_dnsError_headline', failure.host),
      lines: [t('v_dnsError_meaning', pack.webmail.url.value), t('v_dnsError_network'), ...failureCodeLines(t, failure)],
    };
  },
});
