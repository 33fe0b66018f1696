/** Strings of the manifest and of the parts every page shares. */
export default {
  // The extension's name (extName) is the pack's (academy.extension.name): build/pack-outputs.ts adds it to the locales.
  extShortName: { fr: 'Aiguilleur', en: 'Aiguilleur' },
  extDescription: {
    // $1: the pack's mail domain, filled when the locales are written (build/pack-outputs.ts).
    fr: "Vous guide jusqu'à votre messagerie académique ($1)\u00a0: signale les sites qui ne la contiennent pas et ouvre le webmail directement.",
    en: 'Guides you to your academic mailbox ($1): flags the sites that do not hold it and opens the webmail directly.',
  },
  actionTitle: { fr: 'Aiguilleur\u00a0: où est ma messagerie\u202f?', en: 'Aiguilleur: where is my mailbox?' },
  openWebmail: { fr: 'Ouvrir ma messagerie académique', en: 'Open my academic mailbox' },
  // Between a label and its value: French sets a no-break space before the colon.
  colon: { fr: '\u00a0: ', en: ': ' },
  semicolon: { fr: '\u202f; ', en: '; ' },
  toConfirm: { fr: 'à confirmer', en: 'to be confirmed' },
  omnibox_default: { fr: 'Aiguilleur\u00a0: ouvrir la messagerie académique', en: 'Aiguilleur: open the academic mailbox' },
  omnibox_guide: { fr: "Guide des sites de l'académie (Aiguilleur)", en: 'Guide to the academy sites (Aiguilleur)' },
} as const;
