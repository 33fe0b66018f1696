/**
 * Strings of the toolbar popup, plus the few `ui_*` words the popup and the
 * guide page share (yes/no, "opens in a new tab"…).
 */
export default {
  ui_yes: { fr: 'oui', en: 'yes' },
  ui_no: { fr: 'non', en: 'no' },
  ui_unknown: { fr: 'inconnu', en: 'unknown' },
  ui_newTab: { fr: "(s'ouvre dans un nouvel onglet)", en: '(opens in a new tab)' },
  ui_credentials: { fr: 'Identifiants académiques', en: 'Academic login' },
  ui_severity_ok: { fr: 'Bon chemin\u00a0:', en: 'Right path:' },
  ui_severity_info: { fr: 'Information\u00a0:', en: 'Information:' },
  ui_severity_warning: { fr: 'Attention\u00a0:', en: 'Warning:' },
  // « Cet avertissement est faux »: on the banner, in the popup; undone in the popup and the guide.
  ui_falseWarning: { fr: 'Cet avertissement est faux', en: 'This warning is wrong' },
  ui_restoreWarning: { fr: 'Afficher de nouveau cet avertissement', en: 'Show this warning again' },

  popup_siteHeading: { fr: 'Ce site', en: 'This site' },
  popup_site: { fr: 'Site', en: 'Site' },
  popup_address: { fr: 'Adresse', en: 'Address' },
  popup_role: { fr: 'Rôle', en: 'Purpose' },
  popup_mailbox: { fr: 'Messagerie sur ce site', en: 'Mailbox on this site' },
  popup_openGuide: { fr: "Guide et annuaire des sites de l'académie", en: 'Guide and directory of academy sites' },
  popup_openAccount: { fr: 'Identifiant, première connexion, mot de passe oublié', en: 'Username, first sign-in, forgotten password' },
  popup_openMail: { fr: 'Configurer une application de messagerie', en: 'Set up a mail app' },
  popup_openDiagnostics: { fr: 'Vérifier ma connexion', en: 'Check my connection' },
  popup_markedWrong: {
    fr: "Le $1, vous avez indiqué qu'un avertissement d'Aiguilleur était faux sur ce site\u00a0: il n'y est plus affiché. Le rapport d'assistance le mentionne, rien n'a été envoyé.",
    en: 'On $1 you said an Aiguilleur warning was wrong on this site: it is no longer shown here. The support report mentions it; nothing was sent.',
  },
  popup_report: { fr: 'Signaler un problème (copier le résumé)', en: 'Report a problem (copy the summary)' },
  popup_reportCopied: {
    fr: "Résumé copié\u00a0: collez-le dans votre demande d'assistance. Il ne contient ni identifiant ni adresse complète de page.",
    en: 'Summary copied: paste it into your help request. It holds no username and no full page address.',
  },
  popup_reportShown: { fr: 'Copiez ce résumé dans votre demande\u00a0:', en: 'Copy this summary into your request:' },
  popup_error: {
    fr: "Aiguilleur n'a pas pu analyser cet onglet. Votre messagerie reste accessible par le lien ci-dessus.",
    en: 'Aiguilleur could not look at this tab. Your mailbox is still one click away with the link above.',
  },
} as const;
