/**
 * Strings of the first-run page (first-run.html), opened once at install. French typography:
 * U+00A0 before « : » and inside « », U+202F before « ; ! ? ».
 */
export default {
  firstRun_title: { fr: 'Bienvenue dans Aiguilleur', en: 'Welcome to Aiguilleur' },
  firstRun_intro: {
    fr: 'Aiguilleur vous mène à votre messagerie académique du premier coup.',
    en: 'Aiguilleur gets you to your academic mailbox on the first try.',
  },
  firstRun_whatHeading: { fr: 'Ce que fait Aiguilleur', en: 'What Aiguilleur does' },
  firstRun_what1: {
    // $1: the académie's name (the pack's academy.name).
    fr: "Il connaît les sites de l'$1 et sait lesquels contiennent votre messagerie.",
    en: 'It knows the sites of the $1 and which of them hold your mailbox.',
  },
  firstRun_what2: {
    fr: 'Sur un site qui demande votre mot de passe sans donner accès à vos courriels, il vous prévient avant que vous le tapiez.',
    en: 'On a site that asks for your password but does not give access to your mail, it tells you before you type it.',
  },
  firstRun_what3: {
    fr: "Son bouton, dans la barre d'outils, ouvre votre messagerie et dit, après une connexion, où vous êtes arrivé.",
    en: 'Its toolbar button opens your mailbox and tells you, after a sign-in, where you landed.',
  },
  firstRun_webmailHeading: { fr: 'Votre messagerie, directement', en: 'Your mailbox, directly' },
  firstRun_webmailText: {
    fr: "Votre messagerie académique est à cette adresse\u00a0: ajoutez-la à vos favoris.",
    en: 'Your academic mailbox is at this address: bookmark it.',
  },
  firstRun_pinHeading: { fr: "Gardez le bouton d'Aiguilleur en vue", en: "Keep Aiguilleur's button in sight" },
  firstRun_pinWhy: {
    fr: "C'est lui qu'on ouvre quand une connexion ne montre pas vos courriels. Les navigateurs rangent souvent les nouveaux boutons dans le menu des extensions\u00a0: épinglez-le à la barre d'outils.",
    en: 'It is what you open when a sign-in shows no mail. Browsers often tuck new buttons away in the extensions menu: pin it to the toolbar.',
  },
  firstRun_chromeHeading: { fr: 'Dans Chrome', en: 'In Chrome' },
  firstRun_chrome1: {
    fr: "Cliquez sur le bouton Extensions (la pièce de puzzle), à droite de la barre d'adresse.",
    en: 'Click the Extensions button (the puzzle piece), right of the address bar.',
  },
  firstRun_chrome2: { fr: "En face d'Aiguilleur, cliquez sur l'épingle.", en: 'Next to Aiguilleur, click the pin.' },
  firstRun_edge: {
    fr: "Dans Edge, même menu\u00a0: cliquez sur l'œil, «\u00a0Afficher dans la barre d'outils\u00a0».",
    en: 'In Edge, the same menu: click the eye, “Show in toolbar”.',
  },
  firstRun_chromeFigure: {
    fr: "Le menu Extensions de Chrome, ouvert sous la pièce de puzzle\u00a0: l'épingle est en face d'Aiguilleur.",
    en: "Chrome's Extensions menu, open under the puzzle piece: the pin is next to Aiguilleur.",
  },
  firstRun_firefoxHeading: { fr: 'Dans Firefox', en: 'In Firefox' },
  firstRun_firefoxUsually: {
    fr: "Firefox l'y place normalement dès l'installation. S'il n'y est pas\u00a0:",
    en: 'Firefox normally puts it there at install. If it is not there:',
  },
  firstRun_firefox1: {
    fr: "Cliquez sur le bouton Extensions (la pièce de puzzle), à droite de la barre d'adresse.",
    en: 'Click the Extensions button (the puzzle piece), right of the address bar.',
  },
  firstRun_firefox2: {
    fr: "En face d'Aiguilleur, cliquez sur la roue dentée, puis sur «\u00a0Épingler à la barre d'outils\u00a0».",
    en: 'Next to Aiguilleur, click the gear, then “Pin to Toolbar”.',
  },
  firstRun_firefoxPinItem: { fr: "Épingler à la barre d'outils", en: 'Pin to Toolbar' },
  firstRun_firefoxFigure: {
    fr: "Le menu Extensions de Firefox\u00a0: la roue dentée en face d'Aiguilleur ouvre «\u00a0Épingler à la barre d'outils\u00a0».",
    en: "Firefox's Extensions menu: the gear next to Aiguilleur opens “Pin to Toolbar”.",
  },
  firstRun_langHeading: { fr: 'Langue', en: 'Language' },
  firstRun_langLegend: { fr: "Langue d'Aiguilleur", en: "Aiguilleur's language" },
  firstRun_lang_auto: { fr: 'Celle du navigateur', en: "The browser's" },
  firstRun_langByPolicy: {
    fr: "Votre établissement a choisi la langue d'Aiguilleur.",
    en: "Your institution chose Aiguilleur's language.",
  },
  firstRun_langFailed: {
    fr: "Ce choix n'a pas pu être enregistré. Réessayez.",
    en: 'This choice could not be saved. Try again.',
  },
  firstRun_guide: {
    fr: "Cette page ne s'affiche qu'une fois. Le guide, ouvert depuis le bouton d'Aiguilleur, redit tout cela et liste les sites de l'académie\u00a0:",
    en: "This page shows only once. The guide, opened from Aiguilleur's button, says all this again and lists the academy's sites:",
  },
  firstRun_openGuide: { fr: "Guide et annuaire des sites de l'académie", en: 'Guide and directory of academy sites' },
  firstRun_error: {
    fr: "Aiguilleur n'a pas pu préparer cette page. Votre messagerie académique\u00a0:",
    en: 'Aiguilleur could not prepare this page. Your academic mailbox:',
  },
} as const;
