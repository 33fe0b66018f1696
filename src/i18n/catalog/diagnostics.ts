/**
 * Strings of connection diagnostics: the diagnostics page (self-check, the three
 * checks, the report), the outdated browser/system line, and the support report.
 */
export default {
  // Outdated browser or system (src/diagnostics/browser-age.ts: outdatedLine)
  diag_outdatedOs: {
    fr: 'Votre système ($1) ne reçoit plus de mises à jour de sécurité\u00a0: les certificats des sites peuvent ne plus y être reconnus.',
    en: 'Your system ($1) no longer receives security updates: site certificates may no longer be recognised on it.',
  },
  diag_outdatedOsWhat: {
    fr: 'Mettez le système à jour, ou utilisez un appareil à jour.',
    en: 'Update the system, or use an up-to-date device.',
  },
  diag_outdatedBrowser: {
    fr: 'Votre navigateur est ancien (version $1\u202f; version $2 ou plus récente conseillée)\u00a0: il peut ne plus reconnaître les certificats de sécurité récents.',
    en: 'Your browser is old (version $1; version $2 or later advised): it may no longer recognise recent security certificates.',
  },
  diag_updateChromium: {
    fr: "Pour le mettre à jour\u00a0: menu ⋮ › Aide › À propos de Google Chrome (ou la page «\u00a0À propos\u00a0» du navigateur)\u202f; la mise à jour se lance d'elle-même.",
    en: 'To update it: menu ⋮ › Help › About Google Chrome (or the browser’s “About” page); the update starts by itself.',
  },
  diag_updateFirefox: {
    fr: "Pour le mettre à jour\u00a0: menu ☰ › Aide › À propos de Firefox\u202f; la mise à jour se lance d'elle-même.",
    en: 'To update it: menu ☰ › Help › About Firefox; the update starts by itself.',
  },
  diag_outdatedSchoolComputer: {
    fr: "Sur un ordinateur de l'établissement, demandez la mise à jour au référent numérique.",
    en: 'On a school computer, ask the school’s IT contact (référent numérique) to update it.',
  },

  // The page
  diag_title: { fr: 'Diagnostic de connexion', en: 'Connection diagnostics' },
  diag_intro: {
    fr: "Avant d'appeler l'assistance, trois vérifications règlent la plupart des problèmes de connexion à la messagerie académique.",
    en: 'Before calling the helpdesk, three checks solve most problems reaching the academic mailbox.',
  },
  diag_checklistHeading: { fr: 'Trois vérifications', en: 'Three checks' },
  diag_state_todo: { fr: 'À faire\u00a0:', en: 'To do:' },
  diag_state_ok: { fr: 'Vérifié\u00a0:', en: 'Checked:' },
  diag_state_info: { fr: 'À vérifier\u00a0:', en: 'To check:' },
  diag_state_warning: { fr: 'Problème\u00a0:', en: 'Problem:' },

  diag_check_portal_title: { fr: 'Le bon site', en: 'The right site' },
  diag_check_portal_text: {
    fr: "Votre messagerie est sur $1, et nulle part ailleurs\u00a0: les autres sites de l'académie (portail, DRANE, sites disciplinaires) ne la contiennent pas. Tapez cette adresse directement dans la barre d'adresse.",
    en: 'Your mailbox is on $1 and nowhere else: the other academy sites (portal, DRANE, subject sites) do not hold it. Type this address straight into the address bar.',
  },
  diag_check_portal_link: { fr: "Voir le guide des sites de l'académie", en: 'See the guide to academy sites' },

  diag_check_password_title: { fr: 'Un mot de passe actif', en: 'An active password' },
  diag_check_password_question: {
    fr: 'Avez-vous déjà changé le mot de passe provisoire reçu à votre arrivée, et vous connectez-vous avec ce nouveau mot de passe\u202f?',
    en: 'Have you already changed the temporary password you received on arrival, and do you sign in with that new password?',
  },
  diag_check_password_nothingTyped: {
    fr: "Répondez simplement à la question\u00a0: rien n'est saisi ni enregistré.",
    en: 'Just answer the question: nothing is typed or stored.',
  },
  diag_answer_yes: { fr: 'Oui', en: 'Yes' },
  diag_answer_no: { fr: 'Non', en: 'No' },
  diag_answer_unknown: { fr: 'Je ne sais pas', en: 'I don’t know' },
  diag_check_password_ok: { fr: "Bien\u00a0: c'est ce mot de passe qu'il faut utiliser.", en: 'Good: that is the password to use.' },
  diag_check_password_no: {
    fr: 'Un mot de passe provisoire jamais changé peut avoir expiré\u00a0: il faut demander une réinitialisation.',
    en: 'A temporary password that was never changed may have expired: ask for a reset.',
  },
  diag_check_password_unknown: {
    fr: 'Si la connexion échoue alors que votre identifiant est juste, le mot de passe a peut-être expiré\u00a0: une réinitialisation règle le problème.',
    en: 'If signing in fails although your username is right, the password may have expired: a reset solves it.',
  },
  diag_check_password_where: { fr: 'Où demander une réinitialisation\u00a0:', en: 'Where to ask for a reset:' },

  diag_check_network_title: {
    fr: "Un appareil et un réseau qui atteignent l'académie",
    en: 'A device and network that reach the academy',
  },
  diag_check_network_intro: {
    fr: "La vérification contacte la messagerie et le portail de l'académie, sans vos identifiants ni cookies, et indique si ce réseau les atteint. Elle ne se lance que si vous la demandez.",
    en: 'The check contacts the academy’s webmail and portal, without your username or cookies, and tells whether this network reaches them. It only runs when you ask.',
  },
  diag_run: { fr: 'Vérifier ma connexion', en: 'Check my connection' },
  diag_selfCheckDisabled: {
    fr: "La vérification de connexion a été désactivée par votre établissement. Essayez simplement d'ouvrir la messagerie depuis un autre réseau, par exemple le partage de connexion de votre téléphone.",
    en: 'The connection check was switched off by your institution. Just try opening the webmail from another network, for instance your phone’s connection sharing.',
  },
  diag_assistance: { fr: "Page d'assistance de votre établissement", en: 'Your institution’s help page' },
  diag_rerun: { fr: 'Vérifier à nouveau', en: 'Check again' },
  diag_running: { fr: 'Vérification en cours…', en: 'Checking…' },
  diag_runFailed: { fr: "La vérification n'a pas pu être lancée. Réessayez.", en: 'The check could not be started. Try again.' },
  diag_probe_webmail: { fr: 'Messagerie ($1)', en: 'Webmail ($1)' },
  diag_probe_staffPortal: { fr: 'Portail des agents ($1)', en: 'Staff portal ($1)' },
  diag_net_ok: {
    fr: "Ce réseau atteint bien les sites de l'académie. Si la page ne s'ouvre toujours pas, la cause est plutôt le navigateur (essayez-en un autre, à jour) ou le compte.",
    en: 'This network reaches the academy sites. If the page still does not open, the cause is more likely the browser (try another, up-to-date one) or the account.',
  },
  diag_net_server: {
    fr: "Les sites répondent, mais l'un d'eux signale une erreur de son côté\u00a0: c'est probablement un incident de l'académie. Réessayez plus tard.",
    en: 'The sites answer, but one reports an error on its side: probably an incident at the academy. Try again later.',
  },
  diag_net_partial: {
    fr: "Certains sites de l'académie répondent, d'autres non\u00a0: le réseau en filtre peut-être une partie. Essayez depuis un autre réseau, par exemple le partage de connexion de votre téléphone.",
    en: 'Some academy sites answer and others do not: the network may filter some of them. Try from another network, for instance your phone’s connection sharing.',
  },
  diag_net_failed: {
    fr: "Aucun site de l'académie n'a pu être joint\u00a0: soit le réseau les bloque, soit ce navigateur refuse leur certificat. Le navigateur ne dit pas lequel des deux à une extension\u00a0: ouvrez la messagerie dans un onglet. Un avertissement de sécurité désigne le certificat (vérifiez la date et l'heure, mettez à jour le navigateur et le système)\u202f; sinon, c'est le réseau\u00a0: essayez avec le partage de connexion de votre téléphone.",
    en: 'No academy site could be reached: either the network blocks them, or this browser rejects their certificate. The browser does not tell an extension which: open the webmail in a tab. A security warning means the certificate (check the date and time, update the browser and system); otherwise it is the network: try your phone’s connection sharing.',
  },
  diag_net_timeout: {
    fr: "Les sites de l'académie ne répondent pas dans le délai\u00a0: c'est typique d'un proxy ou d'un pare-feu d'établissement qui retient la connexion. Essayez un autre réseau (partage de connexion du téléphone)\u202f; le réseau de l'établissement est géré par l'établissement et son référent numérique.",
    en: 'The academy sites do not answer in time: typical of a school proxy or firewall holding the connection. Try another network (your phone’s connection sharing); the school’s network is run by the school and its IT contact.',
  },
  diag_net_offline: {
    fr: "Cet appareil n'est connecté à aucun réseau\u00a0: vérifiez le Wi-Fi ou le câble, puis vérifiez à nouveau.",
    en: 'This device is not connected to any network: check the Wi-Fi or cable, then check again.',
  },

  diag_clientHeading: { fr: 'Navigateur et système', en: 'Browser and system' },
  diag_client: { fr: 'Ce navigateur\u00a0: $1, sur $2.', en: 'This browser: $1, on $2.' },
  diag_clientUpToDate: {
    fr: "Rien n'indique que ce navigateur ou ce système soit trop ancien.",
    en: 'Nothing suggests this browser or system is too old.',
  },

  diag_reportHeading: { fr: "Rapport pour l'assistance", en: 'Report for the helpdesk' },
  diag_reportIntro: {
    fr: "Relisez-le, puis copiez-le dans votre demande d'assistance ou enregistrez-le. Il ne contient aucune donnée personnelle et Aiguilleur ne l'envoie nulle part.",
    en: 'Read it, then copy it into your helpdesk request or save it. It holds no personal data and Aiguilleur sends it nowhere.',
  },
  diag_reportInFrench: {
    fr: "Il est rédigé en français, pour l'assistance académique.",
    en: 'It is written in French, for the academy’s helpdesk.',
  },
  diag_reportLabel: { fr: 'Rapport de diagnostic', en: 'Diagnostic report' },
  diag_copy: { fr: 'Copier', en: 'Copy' },
  diag_copied: { fr: 'Rapport copié.', en: 'Report copied.' },
  diag_copyFailed: {
    fr: 'La copie a échoué\u00a0: sélectionnez le texte du rapport et copiez-le (Ctrl+C).',
    en: 'Copying failed: select the report text and copy it (Ctrl+C).',
  },
  diag_save: { fr: 'Enregistrer', en: 'Save' },
  diag_saved: {
    fr: 'Rapport enregistré dans vos téléchargements (aiguilleur-rapport.txt).',
    en: 'Report saved to your downloads (aiguilleur-rapport.txt).',
  },
  diag_error: {
    fr: "Aiguilleur n'a pas pu préparer le diagnostic. Votre messagerie reste accessible à cette adresse\u00a0:",
    en: 'Aiguilleur could not prepare the diagnostics. Your mailbox is still at this address:',
  },

  // The support report (src/diagnostics/report.ts)
  diag_report_title: {
    fr: "Rapport de diagnostic de connexion (à joindre à une demande d'assistance)",
    en: 'Connection diagnostic report (to attach to a helpdesk request)',
  },
  diag_report_browser: { fr: 'Navigateur\u00a0:', en: 'Browser:' },
  diag_report_os: { fr: 'Système\u00a0:', en: 'System:' },
  diag_report_outdated: { fr: 'À mettre à jour\u00a0:', en: 'To update:' },
  diag_report_browserBelow: { fr: 'navigateur version $1 (minimum conseillé $2)', en: 'browser version $1 (advised minimum $2)' },
  diag_report_verdicts: { fr: "Derniers constats sur les sites de l'académie\u00a0:", en: 'Latest findings on academy sites:' },
  diag_report_falseWarnings: {
    fr: "Avertissements que l'utilisateur a signalés comme faux (faits du paquet de règles à vérifier)\u00a0:",
    en: 'Warnings the user marked wrong (rules-pack facts to check):',
  },
  diag_report_none: { fr: 'aucun', en: 'none' },
  diag_report_selfCheckNotRun: { fr: 'Vérification de la connexion\u00a0: non faite.', en: 'Connection check: not run.' },
  diag_report_selfCheck: { fr: 'Vérification de la connexion ($1)\u00a0:', en: 'Connection check ($1):' },
  diag_report_online: { fr: 'Appareil connecté à un réseau\u00a0:', en: 'Device connected to a network:' },
  diag_report_reached: { fr: 'joint', en: 'reached' },
  diag_report_serverError: { fr: 'joint, mais le serveur répond par une erreur', en: 'reached, but the server answers with an error' },
  diag_report_networkOrCertificate: {
    fr: 'échec de connexion (réseau filtré ou certificat refusé)',
    en: 'connection failed (filtered network or rejected certificate)',
  },
  diag_report_timeout: { fr: 'pas de réponse (délai dépassé)', en: 'no answer (timed out)' },
  diag_report_offline: { fr: 'non testé (hors ligne)', en: 'not tested (offline)' },
  diag_report_httpDetail: { fr: '($1, $2 ms)', en: '($1, $2 ms)' },
  diag_report_redirect: { fr: 'redirection', en: 'redirect' },
  diag_report_msDetail: { fr: '(après $1 ms)', en: '(after $1 ms)' },
  diag_report_password: { fr: 'Mot de passe actif (et non le provisoire)\u00a0:', en: 'Active password (not the temporary one):' },
  diag_report_passwordYes: { fr: "oui, selon l'utilisateur", en: 'yes, says the user' },
  diag_report_passwordNo: { fr: "non, selon l'utilisateur", en: 'no, says the user' },
  diag_report_passwordUnknown: { fr: 'ne sait pas', en: 'does not know' },
  diag_report_notAnswered: { fr: 'non renseigné', en: 'not answered' },
  diag_report_privacy: {
    fr: "Ce rapport ne contient ni identifiant, ni mot de passe, ni adresse complète de page. Aiguilleur ne l'envoie nulle part\u00a0: c'est vous qui le transmettez.",
    en: 'This report holds no username, no password and no full page address. Aiguilleur sends it nowhere: you pass it on yourself.',
  },
} as const;
