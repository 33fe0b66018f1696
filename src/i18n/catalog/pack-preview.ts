/**
 * The options page's pack preview (src/ui/preview), for the academy's IT staff. Pages only: the
 * background never says these, so they stay out of its catalog and out of _locales.
 */
export default {
  preview_heading: { fr: "Aperçu d'un pack", en: 'Pack preview' },
  preview_intro: {
    fr: "Pour le service informatique\u00a0: chargez un brouillon de pack pour voir, avant de le déployer, le guide qu'il produit, le verdict qu'une adresse recevrait et ce qui reste à confirmer.",
    en: 'For IT staff: load a draft pack to see, before deploying it, the guide it produces, the verdict an address would get and what is still to be confirmed.',
  },
  preview_memoryOnly: {
    fr: "Le brouillon reste dans la mémoire de cette page\u00a0: il n'est ni enregistré ni envoyé à l'extension, rien n'en entre en vigueur, et fermer la page l'oublie.",
    en: "The draft stays in this page's memory: it is neither saved nor sent to the extension, nothing of it comes into force, and closing the page forgets it.",
  },
  preview_file: { fr: 'Fichier du brouillon (JSON)', en: 'Draft file (JSON)' },
  preview_paste: { fr: 'Ou collez son texte', en: 'Or paste its text' },
  preview_check: { fr: 'Vérifier le texte collé', en: 'Check the pasted text' },
  preview_checksNote: {
    fr: "Il est vérifié comme à la construction de l'extension, sauf la liste des suffixes publics et les limites imposées à un pack hébergé\u00a0: npm run validate-rules les vérifie aussi.",
    en: "It is checked as the extension's build checks it, except for the public-suffix list and the bounds put on a hosted pack: npm run validate-rules checks those too.",
  },
  preview_pasted: { fr: 'texte collé', en: 'pasted text' },
  preview_tooLarge: { fr: '«\u00a0$1\u00a0» fait $2 Kio\u00a0: un pack ne peut dépasser $3 Kio.', en: '“$1” is $2 KiB: a pack may not exceed $3 KiB.' },
  preview_unreadable: { fr: "«\u00a0$1\u00a0» n'a pas pu être lu.", en: '“$1” could not be read.' },
  preview_invalid: {
    fr: "«\u00a0$1\u00a0» n'est pas un pack valide ($2 erreur(s))\u00a0: corrigez chaque champ ci-dessous, puis chargez-le à nouveau.",
    en: '“$1” is not a valid pack ($2 error(s)): fix each field below, then load it again.',
  },
  preview_where: { fr: 'ligne $1, colonne $2', en: 'line $1, column $2' },
  preview_valid: { fr: '«\u00a0$1\u00a0» est un pack valide\u00a0: version $2 du $3.', en: '“$1” is a valid pack: version $2 of $3.' },
  preview_verdictHeading: { fr: "Le verdict d'une adresse", en: 'The verdict for an address' },
  preview_url: { fr: "Adresse d'une page", en: 'Address of a page' },
  preview_password: { fr: 'La page affiche un champ mot de passe', en: 'The page shows a password field' },
  preview_loginLegend: { fr: 'Une connexion commencée sur cette page aboutit', en: 'A login started on this page lands' },
  preview_login_none: { fr: 'nulle part\u00a0: la page seule', en: 'nowhere: the page alone' },
  preview_login_inbox: { fr: 'sur la boîte de réception du webmail', en: "on the webmail's inbox" },
  preview_login_same: { fr: 'sur la même page, qui redemande le mot de passe', en: 'on the same page, which asks for the password again' },
  preview_login_other: { fr: 'sur une autre page, sans champ mot de passe', en: 'on another page, without a password field' },
  preview_landingUrl: { fr: 'Adresse de cette autre page', en: 'Address of that other page' },
  preview_noLogin_notAcademy: {
    fr: "Aucune connexion n'est suivie depuis cette page\u00a0: elle n'est pas sur les domaines de l'académie du brouillon.",
    en: "No login is followed from this page: it is not on the draft academy's domains.",
  },
  preview_noLogin_noPassword: {
    fr: "Une connexion est repérée quand un formulaire avec un champ mot de passe est envoyé\u00a0: cochez d'abord «\u00a0La page affiche un champ mot de passe\u00a0».",
    en: 'A login is noticed when a form with a password field is sent: first tick “The page shows a password field”.',
  },
  preview_journeyNote: {
    fr: "Le trajet va droit de la page de connexion à la page d'arrivée, sans les redirections qu'un vrai trajet traverse.",
    en: 'The path goes straight from the login page to the landing page, without the redirects a real one goes through.',
  },
  preview_passwordNotWatched: {
    fr: "Sur cette page, l'extension ne guette pas le champ mot de passe (il n'y changerait pas le verdict).",
    en: 'On this page the extension does not watch for a password field (it would not change the verdict there).',
  },
  preview_needUrl: { fr: 'Saisissez une adresse pour voir son verdict.', en: 'Type an address to see its verdict.' },
  preview_needLanding: { fr: "Saisissez l'adresse de l'autre page.", en: 'Type the address of the other page.' },
  preview_told: { fr: "Ce que dirait la fenêtre de l'extension", en: "What the extension's popup would say" },
  preview_verdict: { fr: 'Verdict', en: 'Verdict' },
  preview_hint: {
    fr: "Un fait de site sur lequel il repose est à confirmer\u00a0: sa forme prudente est dite, sans badge ni bandeau.",
    en: 'A site fact it rests on is to be confirmed: its cautious form is told, with no badge and no banner.',
  },
  preview_banner: { fr: 'Bandeau sur la page', en: 'Banner on the page' },
  preview_keptUrl: { fr: 'Adresse telle que gardée', en: 'Address as kept' },
  preview_academy: { fr: "Domaines de l'académie", en: 'Academy domains' },
  preview_site: { fr: 'Site du brouillon', en: 'Site in the draft' },
  preview_noSite: { fr: 'aucun', en: 'none' },
  preview_role: { fr: 'Rôle de la page', en: 'Page role' },
  preview_unconfirmedHeading: { fr: 'Ce qui reste à confirmer', en: 'What is still to be confirmed' },
  preview_unconfirmedIntro: {
    fr: "$1 fait(s) du brouillon ne sont pas sûrs\u00a0: ni appuyés sur plusieurs sources indépendantes (multi), ni confirmés par l'établissement (confirmedBy). Ils sont dits «\u00a0à confirmer\u00a0», et aucun avertissement ne repose sur eux.",
    en: '$1 fact(s) of the draft are not sure: neither backed by several independent sources (multi) nor confirmed by the institution (confirmedBy). They are told as “to be confirmed”, and no warning rests on them.',
  },
  preview_unconfirmedNone: { fr: 'Tous les faits du brouillon sont sûrs.', en: 'Every fact of the draft is sure.' },
  preview_sources: { fr: 'Sources', en: 'Sources' },
  preview_guideHeading: { fr: 'Le guide que produit ce brouillon', en: 'The guide this draft produces' },
} as const;
