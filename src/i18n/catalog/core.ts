/** Strings of the manifest and of the parts every page shares. */
export default {
  extName: { fr: 'Aiguilleur — messagerie académique de Lyon', en: 'Aiguilleur — Lyon academic mail' },
  extShortName: { fr: 'Aiguilleur', en: 'Aiguilleur' },
  extDescription: {
    fr: "Vous guide jusqu'à votre messagerie académique (ac-lyon.fr) : signale les sites qui ne la contiennent pas et ouvre le webmail directement.",
    en: 'Guides you to your Lyon academic mailbox (ac-lyon.fr): flags the sites that do not hold it and opens the webmail directly.',
  },
  actionTitle: { fr: 'Aiguilleur : où est ma messagerie ?', en: 'Aiguilleur: where is my mailbox?' },
  openWebmail: { fr: 'Ouvrir ma messagerie académique', en: 'Open my academic mailbox' },
  toConfirm: { fr: 'à confirmer', en: 'to be confirmed' },
  credentials_yes: {
    fr: 'Ce site accepte vos identifiants académiques.',
    en: 'This site accepts your academic username and password.',
  },
  credentials_no: {
    fr: "Ce site n'accepte pas vos identifiants académiques.",
    en: 'This site does not accept your academic username and password.',
  },
  credentials_unknown: {
    fr: 'On ne sait pas si ce site accepte vos identifiants académiques.',
    en: 'It is not known whether this site accepts your academic username and password.',
  },
  mailbox_yes: { fr: 'Votre messagerie est sur ce site.', en: 'Your mailbox is on this site.' },
  mailbox_no: { fr: "Votre messagerie n'est pas sur ce site.", en: 'Your mailbox is not on this site.' },
  omnibox_default: { fr: 'Aiguilleur : ouvrir la messagerie académique', en: 'Aiguilleur: open the academic mailbox' },
  omnibox_guide: { fr: "Guide des sites de l'académie (Aiguilleur)", en: 'Guide to the academy sites (Aiguilleur)' },
} as const;
