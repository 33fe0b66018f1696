import { defineVerdict } from './types';

export default defineVerdict({
  id: 'academy-unknown',
  when: 'a host under the academy\'s domains that the pack does not know',
  severity: 'info',
  restsOn: [],
  messages: {
    v_academyUnknown_headline: { fr: "Un site de l'académie que je ne connais pas", en: 'An academy site I do not know' },
    v_academyUnknown_host: {
      fr: "$1 appartient au domaine de l'académie, mais ne figure pas dans l'annuaire des sites.",
      en: '$1 belongs to the academy domain but is not in the site directory.',
    },
    v_academyUnknown_advice: {
      fr: "Votre messagerie n'est que sur le webmail\u00a0: en cas de doute, ouvrez-le directement.",
      en: 'Your mailbox is only on the webmail: when in doubt, open it directly.',
    },
  },
  detect: (facts) => facts.classification.academy && facts.classification.portal === null,
  popup: ({ t, facts }) => ({
    headline: t('v_academyUnknown_headline'),
    lines: [t('v_academyUnknown_host', facts.classification.host ?? ''), t('v_academyUnknown_advice')],
  }),
});
