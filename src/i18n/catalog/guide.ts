/** Strings of the guide (options) page. */
export default {
  guide_title: { fr: 'Aiguilleur\u00a0: guide de la messagerie académique', en: 'Aiguilleur: academic mail guide' },
  guide_intro: {
    // $1: the académie's name (the pack's academy.name).
    fr: "Les sites de l'$1 se ressemblent et demandent souvent de se connecter, mais un seul contient votre messagerie\u00a0: le webmail.",
    en: 'The sites of the $1 look alike and many ask you to sign in, but only one holds your mailbox: the webmail.',
  },
  guide_webmailHeading: { fr: 'Pour lire vos courriels académiques', en: 'To read your academic mail' },
  guide_webmailAdvice: {
    fr: "Tapez directement cette adresse dans la barre d'adresse du navigateur, plutôt que de la chercher dans un moteur de recherche\u00a0: les résultats mènent souvent vers d'autres sites de l'académie, qui ne contiennent pas votre messagerie.",
    en: "Type this address straight into the browser's address bar rather than looking it up in a search engine: search results often lead to other academy sites, which do not hold your mailbox.",
  },
  guide_webmailBookmark: {
    fr: 'Une fois sur le webmail, ajoutez-le à vos favoris.',
    en: 'Once you are on the webmail, bookmark it.',
  },
  guide_addressFormat: { fr: 'Votre adresse électronique a la forme $1.', en: 'Your email address looks like $1.' },
  guide_directoryHeading: { fr: "Annuaire des sites de l'académie", en: 'Directory of academy sites' },
  guide_directoryIntro: {
    fr: "Pour chaque site\u00a0: à quoi il sert, s'il accepte vos identifiants académiques et si votre messagerie s'y trouve.",
    en: 'For each site: what it is for, whether it accepts your academic username and password, and whether your mailbox is there.',
  },
  guide_toConfirmExplained: {
    fr: "«\u00a0à confirmer\u00a0» signale une information que plusieurs sources indépendantes n'établissent pas encore.",
    en: '“to be confirmed” marks information that several independent sources do not yet establish.',
  },

  guide_kind_webmail: { fr: 'Messagerie', en: 'Mail' },
  guide_kind_rectorate: { fr: 'Rectorat', en: 'Rectorate' },
  guide_kind_staffPortal: { fr: 'Portail des agents', en: 'Staff portal' },
  guide_kind_services: { fr: 'Services en ligne', en: 'Online services' },
  guide_kind_drane: { fr: 'Numérique éducatif (DRANE)', en: 'Digital education (DRANE)' },
  guide_kind_forum: { fr: 'Forums', en: 'Forums' },
  guide_kind_dsden: { fr: 'Services départementaux (DSDEN)', en: 'Departmental education offices (DSDEN)' },
  guide_kind_disciplinary: { fr: 'Sites disciplinaires et pédagogiques', en: 'Subject and teaching sites' },
  guide_kind_school: { fr: "Sites d'établissements", en: 'School websites' },
  guide_kind_legacy: { fr: 'Anciens sites', en: 'Former sites' },
  guide_kind_regionalEnt: { fr: 'ENT régional', en: 'Regional school platform (ENT)' },

  guide_addressOne: { fr: 'Adresse', en: 'Address' },
  guide_addressMany: { fr: 'Adresses', en: 'Addresses' },
  guide_department: { fr: 'Département', en: 'Department' },
  guide_departmentValue: { fr: '$1 ($2)', en: '$1 ($2)' },
  guide_mailboxHere: { fr: 'Messagerie ici', en: 'Mailbox here' },
  guide_sources: { fr: 'Sources et fiabilité', en: 'Sources and reliability' },
  guide_factConfidence: { fr: '$1\u00a0: $2', en: '$1: $2' },
  guide_confidence_multi: { fr: 'plusieurs sources indépendantes', en: 'several independent sources' },
  guide_confidence_one: { fr: 'une seule source', en: 'a single source' },
  guide_confidence_weak: { fr: 'source peu fiable ou contredite', en: 'a weak or contradicted source' },
  guide_confidence_guess: { fr: 'déduction, sans source directe', en: 'an inference, no direct source' },
  guide_note: { fr: 'Remarque\u00a0: $1', en: 'Note: $1' },
  guide_falseWarningsHeading: { fr: 'Avertissements que vous avez signalés comme faux', en: 'Warnings you marked wrong' },
  guide_falseWarningsIntro: {
    fr: "Aiguilleur ne les affiche plus sur ces sites. Ils restent sur cet appareil et figurent dans le rapport d'assistance, pour que l'assistance corrige les règles\u202f; rien n'est envoyé.",
    en: 'Aiguilleur no longer shows them on these sites. They stay on this device and appear in the support report, so that support staff can fix the rules; nothing is sent.',
  },
  guide_falseWarningOn: { fr: 'signalé le $1', en: 'marked on $1' },
  guide_packVersion: {
    fr: "Règles de l'académie\u00a0: version $1, mise à jour du $2.",
    en: 'Academy rules: version $1, updated $2.',
  },
  guide_error: {
    fr: "Le guide n'a pas pu être chargé. Rechargez la page\u202f; votre messagerie reste accessible à l'adresse ci-dessous.",
    en: 'The guide could not be loaded. Reload the page; your mailbox is still at the address below.',
  },
  guide_moreHeading: { fr: 'Autres aides', en: 'More help' },
} as const;
