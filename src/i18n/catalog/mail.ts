/**
 * Strings of the mail-client page (mail.html), of the settings checker's findings,
 * of the generated profiles and of the webmail's forwarding warning.
 * In findings: $1 is the server's role, $2 what the user typed, $3 a detail
 * (a provider's name, the other role, an encryption, the mail domain).
 */
export default {
  mail_title: { fr: 'Aiguilleur\u00a0: lire sa messagerie académique dans une application', en: 'Aiguilleur: reading your academic mail in a mail app' },
  mail_intro: {
    fr: "Vous pouvez lire votre messagerie académique dans l'application de votre choix (Mail sur iPhone, Gmail sur Android, Thunderbird, Outlook) en y ajoutant votre compte académique. Voici les réglages, puis un outil qui vérifie les vôtres.",
    en: 'You can read your academic mail in the app of your choice (Mail on iPhone, Gmail on Android, Thunderbird, Outlook) by adding your academic account to it. Here are the settings, then a tool that checks yours.',
  },
  mail_nav: { fr: 'Sur cette page', en: 'On this page' },

  mail_settingsHeading: { fr: 'Les réglages', en: 'The settings' },
  mail_settingsIntro: {
    fr: "Choisissez un compte «\u00a0IMAP\u00a0» (pas «\u00a0POP\u00a0»), puis recopiez ces valeurs. «\u00a0à confirmer\u00a0» signale une valeur que plusieurs sources indépendantes n'établissent pas encore\u00a0: si elle ne marche pas, essayez l'autre valeur citée ou demandez à l'assistance.",
    en: 'Choose an “IMAP” account (not “POP”), then copy these values. “to be confirmed” marks a value that several independent sources do not yet establish: if it does not work, try the other value mentioned or ask the helpdesk.',
  },
  mail_settingsCaption: { fr: 'Réglages du compte académique', en: 'Academic account settings' },
  mail_col_setting: { fr: 'Réglage', en: 'Setting' },
  mail_col_incoming: { fr: 'Réception (IMAP)', en: 'Incoming (IMAP)' },
  mail_col_outgoing: { fr: 'Envoi (SMTP)', en: 'Outgoing (SMTP)' },
  mail_row_host: { fr: 'Serveur', en: 'Server' },
  mail_row_port: { fr: 'Port', en: 'Port' },
  mail_row_encryption: { fr: 'Chiffrement (sécurité)', en: 'Encryption (security)' },
  mail_row_identifier: { fr: "Identifiant (nom d'utilisateur)", en: 'Username' },
  mail_row_password: { fr: 'Mot de passe', en: 'Password' },
  mail_identifier_full: {
    fr: 'votre adresse complète, par exemple $1, pas l’identifiant court',
    en: 'your full address, for example $1, not the short login',
  },
  mail_identifier_short: { fr: 'votre identifiant court (sans «\u00a0@$1\u00a0»)', en: 'your short login (without “@$1”)' },
  mail_password_value: {
    fr: 'votre mot de passe actuel de la messagerie (celui que vous avez choisi), pas le mot de passe provisoire reçu à votre arrivée',
    en: 'your current mail password (the one you chose), not the temporary password you received when you started',
  },
  mail_sameForBoth: { fr: 'le même pour la réception et l’envoi', en: 'the same for incoming and outgoing' },
  mail_alternativesHeading: { fr: 'Autres serveurs cités', en: 'Other servers mentioned' },
  mail_alternative: { fr: '$1\u00a0: $2, port $3, $4', en: '$1: $2, port $3, $4' },
  mail_alternativeAccepted: {
    fr: 'une source récente utilise ce serveur\u202f; il peut remplacer celui du tableau',
    en: 'a recent source uses this server; it may replace the one in the table',
  },
  mail_alternativeDoubtful: { fr: 'cité par une source peu sûre', en: 'mentioned by an unreliable source' },
  mail_sources: { fr: 'D’où viennent ces valeurs', en: 'Where these values come from' },
  mail_sourceLabel: { fr: '$1 (confiance\u00a0: $2)', en: '$1 (confidence: $2)' },
  mail_noMail: {
    fr: 'Le paquet de règles en vigueur ne contient pas les réglages des applications de messagerie.',
    en: 'The rules pack in force does not hold mail app settings.',
  },

  mail_appsHeading: { fr: 'Pas à pas, selon votre application', en: 'Step by step, for your app' },
  mail_app_ios: { fr: 'Mail sur iPhone ou iPad', en: 'Mail on iPhone or iPad' },
  mail_app_ios_1: {
    fr: 'Le plus simple\u00a0: téléchargez le profil plus bas sur cette page depuis l’iPhone, puis ouvrez Réglages › Profil téléchargé › Installer, et tapez votre mot de passe quand il est demandé.',
    en: 'Easiest: download the profile further down this page from the iPhone, then open Settings › Profile Downloaded › Install, and type your password when asked.',
  },
  mail_app_ios_2: {
    fr: 'À la main\u00a0: Réglages › Apps › Mail › Comptes de messagerie › Ajouter un compte › Autre › Ajouter un compte Mail (sur les versions plus anciennes\u00a0: Réglages › Mail › Comptes).',
    en: 'By hand: Settings › Apps › Mail › Mail Accounts › Add Account › Other › Add Mail Account (on older versions: Settings › Mail › Accounts).',
  },
  mail_app_ios_3: {
    fr: 'Tapez votre nom, votre adresse complète et votre mot de passe actuel, puis Suivant. Choisissez IMAP.',
    en: 'Type your name, your full address and your current password, then Next. Choose IMAP.',
  },
  mail_app_ios_4: {
    fr: 'Serveur de réception\u00a0: nom d’hôte $1, nom d’utilisateur = votre adresse complète. Serveur d’envoi\u00a0: nom d’hôte $2, même nom d’utilisateur et même mot de passe. Enregistrez.',
    en: 'Incoming mail server: host name $1, user name = your full address. Outgoing mail server: host name $2, same user name and password. Save.',
  },
  mail_app_ios_5: {
    fr: 'Si la vérification échoue\u00a0: touchez le compte › Avancé, vérifiez «\u00a0Utiliser SSL\u00a0» et le port de réception ($3)\u202f; dans Serveur d’envoi, le port $4.',
    en: 'If verification fails: tap the account › Advanced, check “Use SSL” and the incoming port ($3); under Outgoing Mail Server, port $4.',
  },
  mail_app_android: { fr: 'Application Gmail sur Android', en: 'Gmail app on Android' },
  mail_app_android_1: {
    fr: 'Dans Gmail\u00a0: menu › Paramètres › Ajouter un compte › Autre. Tapez votre adresse complète, puis «\u00a0Configuration manuelle\u00a0» et «\u00a0Personnel (IMAP)\u00a0».',
    en: 'In Gmail: menu › Settings › Add account › Other. Type your full address, then “Manual setup” and “Personal (IMAP)”.',
  },
  mail_app_android_2: {
    fr: 'Mot de passe\u00a0: votre mot de passe actuel. Serveur entrant\u00a0: $1, port $3, type de sécurité $5. Nom d’utilisateur\u00a0: votre adresse complète.',
    en: 'Password: your current password. Incoming server: $1, port $3, security type $5. Username: your full address.',
  },
  mail_app_android_3: {
    fr: 'Serveur sortant\u00a0: $2, port $4, type de sécurité $6, «\u00a0Exiger une connexion\u00a0» coché, même nom d’utilisateur et même mot de passe.',
    en: 'Outgoing server: $2, port $4, security type $6, “Require sign-in” ticked, same username and password.',
  },
  mail_app_android_4: {
    fr: 'Le compte académique s’ajoute à côté de votre compte Gmail\u00a0: vos courriels académiques restent sur le serveur de l’académie.',
    en: 'The academic account sits next to your Gmail account: your academic mail stays on the academy’s server.',
  },
  mail_app_thunderbird: { fr: 'Thunderbird', en: 'Thunderbird' },
  mail_app_thunderbird_1: {
    fr: 'Menu ≡ › Nouveau › Compte courrier existant. Tapez votre nom, votre adresse complète et votre mot de passe actuel.',
    en: 'Menu ≡ › New › Existing Mail Account. Type your name, your full address and your current password.',
  },
  mail_app_thunderbird_2: {
    fr: 'Choisissez «\u00a0Configuration manuelle\u00a0». Entrant\u00a0: IMAP, $1, port $3, $5, «\u00a0Mot de passe normal\u00a0». Sortant\u00a0: SMTP, $2, port $4, $6, «\u00a0Mot de passe normal\u00a0». Nom d’utilisateur\u00a0: votre adresse complète pour les deux.',
    en: 'Choose “Configure manually”. Incoming: IMAP, $1, port $3, $5, “Normal password”. Outgoing: SMTP, $2, port $4, $6, “Normal password”. Username: your full address for both.',
  },
  mail_app_thunderbird_3: {
    fr: 'Pour le service informatique\u00a0: le fichier config-v1.1.xml plus bas permet à Thunderbird de tout remplir seul, s’il est publié à l’adresse https://autoconfig.$1/mail/config-v1.1.xml ou copié sous le nom isp/$1.xml dans le dossier d’installation de Thunderbird.',
    en: 'For IT staff: the config-v1.1.xml file further down lets Thunderbird fill everything in by itself, when published at https://autoconfig.$1/mail/config-v1.1.xml or copied as isp/$1.xml into Thunderbird’s installation folder.',
  },
  mail_app_outlook: { fr: 'Outlook', en: 'Outlook' },
  mail_app_outlook_1: {
    fr: 'Ajouter un compte, tapez votre adresse complète, puis «\u00a0Options avancées\u00a0» › «\u00a0Configurer mon compte manuellement\u00a0» › IMAP.',
    en: 'Add account, type your full address, then “Advanced options” › “Let me set up my account manually” › IMAP.',
  },
  mail_app_outlook_2: {
    fr: 'Courrier entrant\u00a0: $1, port $3, méthode de chiffrement $5. Courrier sortant\u00a0: $2, port $4, méthode de chiffrement $6. Nom d’utilisateur\u00a0: votre adresse complète\u202f; mot de passe\u00a0: votre mot de passe actuel.',
    en: 'Incoming mail: $1, port $3, encryption method $5. Outgoing mail: $2, port $4, encryption method $6. User name: your full address; password: your current password.',
  },

  mail_checkerHeading: { fr: 'Vérifier les réglages de votre application', en: 'Check your app’s settings' },
  mail_checkerIntro: {
    fr: 'Recopiez ce que votre application affiche\u00a0: la vérification se fait sur votre ordinateur, rien n’est envoyé. Ne tapez jamais votre mot de passe ici.',
    en: 'Copy what your app shows: the check runs on your computer, nothing is sent. Never type your password here.',
  },
  mail_field_incomingHost: { fr: 'Serveur de réception (IMAP)', en: 'Incoming server (IMAP)' },
  mail_field_incomingPort: { fr: 'Port de réception', en: 'Incoming port' },
  mail_field_incomingEncryption: { fr: 'Chiffrement de la réception', en: 'Incoming encryption' },
  mail_field_outgoingHost: { fr: 'Serveur d’envoi (SMTP)', en: 'Outgoing server (SMTP)' },
  mail_field_outgoingPort: { fr: 'Port d’envoi', en: 'Outgoing port' },
  mail_field_outgoingEncryption: { fr: 'Chiffrement de l’envoi', en: 'Outgoing encryption' },
  mail_field_identifier: { fr: "Identifiant (nom d'utilisateur)", en: 'Username' },
  mail_encryption_choose: { fr: '— choisir —', en: '— choose —' },
  mail_encryption_none: { fr: 'Aucun', en: 'None' },
  mail_check: { fr: 'Vérifier', en: 'Check' },
  mail_checkResultHeading: { fr: 'Résultat', en: 'Result' },
  mail_checkAllGood: {
    fr: 'Ces réglages correspondent à ceux que nous connaissons.',
    en: 'These settings match the ones we know.',
  },
  mail_checkAllGoodUnsure: {
    fr: 'Ces réglages correspondent à ceux que nous connaissons, dont certains sont à confirmer\u00a0: si la connexion échoue encore, vérifiez votre mot de passe (l’actuel, pas le provisoire) puis contactez l’assistance.',
    en: 'These settings match the ones we know, some of which are to be confirmed: if the connection still fails, check your password (the current one, not the temporary one), then contact the helpdesk.',
  },
  mail_checkCount: { fr: 'Erreurs\u00a0: $1. Points à vérifier\u00a0: $2.', en: 'Errors: $1. Points to check: $2.' },
  mail_severity_error: { fr: 'Erreur', en: 'Error' },
  mail_severity_warning: { fr: 'À vérifier', en: 'To check' },
  mail_put: { fr: 'Mettez plutôt\u00a0: $1', en: 'Put instead: $1' },

  mail_role_incoming: { fr: 'serveur de réception (IMAP)', en: 'incoming server (IMAP)' },
  mail_role_outgoing: { fr: 'serveur d’envoi (SMTP)', en: 'outgoing server (SMTP)' },

  mail_finding_host_missing: { fr: 'Le $1 est vide.', en: 'The $1 is empty.' },
  mail_finding_host_url: {
    fr: '«\u00a0$2\u00a0» est une adresse de page web\u00a0: le $1 ne prend que le nom du serveur, sans «\u00a0https://\u00a0» ni «\u00a0/\u00a0».',
    en: '“$2” is a web page address: the $1 takes only the server name, without “https://” or “/”.',
  },
  mail_finding_host_with_port: {
    fr: '«\u00a0$2\u00a0» contient le port\u00a0: mettez le nom du serveur seul, et le port dans la case «\u00a0Port\u00a0».',
    en: '“$2” includes the port: put the server name alone, and the port in the “Port” box.',
  },
  mail_finding_host_is_address: {
    fr: '«\u00a0$2\u00a0» est une adresse électronique, pas le nom d’un serveur.',
    en: '“$2” is an email address, not a server name.',
  },
  mail_finding_host_spaces: { fr: '«\u00a0$2\u00a0» contient des espaces\u00a0: un nom de serveur n’en a pas.', en: '“$2” contains spaces: a server name has none.' },
  mail_finding_host_typo: {
    fr: '«\u00a0$2\u00a0» ressemble au serveur de l’académie, mais avec une faute de frappe.',
    en: '“$2” looks like the academy’s server, but with a typo.',
  },
  mail_finding_host_domain_only: {
    fr: '«\u00a0$2\u00a0» est le domaine de l’académie, pas le nom d’un serveur.',
    en: '“$2” is the academy’s domain, not a server name.',
  },
  mail_finding_host_other_provider: {
    fr: '«\u00a0$2\u00a0» est un serveur $3, pas celui de l’académie\u00a0: il refusera vos identifiants académiques.',
    en: '“$2” is a server from $3, not the academy’s: it will refuse your academic login.',
  },
  mail_finding_host_swapped: {
    fr: '«\u00a0$2\u00a0» sert dans l’autre sens\u00a0: c’est un $3.',
    en: '“$2” works the other way round: it is an $3.',
  },
  mail_finding_host_alternative: {
    fr: '«\u00a0$2\u00a0» est cité pour le $1, mais par une source peu sûre.',
    en: '“$2” is mentioned as the $1, but by an unreliable source.',
  },
  mail_finding_host_unknown_academy: {
    fr: '«\u00a0$2\u00a0» est bien à l’académie, mais aucune de nos sources ne le donne comme $1.',
    en: '“$2” does belong to the academy, but none of our sources gives it as the $1.',
  },
  mail_finding_host_ministry: {
    fr: '«\u00a0$2\u00a0» est un serveur du ministère\u00a0: nos sources indiquent un serveur de l’académie.',
    en: '“$2” is a ministry server: our sources point to an academy server.',
  },
  mail_finding_host_other_academy: {
    fr: '«\u00a0$2\u00a0» est le serveur d’une autre académie\u00a0: il ne connaît pas votre compte.',
    en: '“$2” is another academy’s server: it does not know your account.',
  },
  mail_finding_host_unknown: { fr: '«\u00a0$2\u00a0» n’est pas un serveur de l’académie.', en: '“$2” is not an academy server.' },
  mail_finding_port_missing: { fr: 'Le port du $1 est vide.', en: 'The $1 port is empty.' },
  mail_finding_port_invalid: {
    fr: '«\u00a0$2\u00a0» n’est pas un numéro de port (un nombre entre 1 et 65535).',
    en: '“$2” is not a port number (a number from 1 to 65535).',
  },
  mail_finding_port_pop: {
    fr: 'Le port $2 est celui de POP, pas d’IMAP\u00a0: vos dossiers et vos messages lus ne seraient pas synchronisés.',
    en: 'Port $2 is the POP port, not IMAP: your folders and read messages would not stay in sync.',
  },
  mail_finding_port_smtp_on_incoming: {
    fr: 'Le port $2 sert à l’envoi (SMTP), pas à la réception.',
    en: 'Port $2 is for sending (SMTP), not for receiving.',
  },
  mail_finding_port_incoming_on_outgoing: {
    fr: 'Le port $2 sert à la réception (IMAP ou POP), pas à l’envoi.',
    en: 'Port $2 is for receiving (IMAP or POP), not for sending.',
  },
  mail_finding_port_25: {
    fr: 'Le port 25 sert aux échanges entre serveurs\u00a0: les fournisseurs d’accès le bloquent souvent pour les applications de messagerie.',
    en: 'Port 25 is for server-to-server exchanges: internet providers often block it for mail apps.',
  },
  mail_finding_port_encryption_mismatch: {
    fr: 'Le port $2 ne va pas avec le chiffrement $3\u00a0: 993 et 465 vont avec SSL/TLS, 143 et 587 avec STARTTLS.',
    en: 'Port $2 does not go with $3 encryption: 993 and 465 go with SSL/TLS, 143 and 587 with STARTTLS.',
  },
  mail_finding_port_differs: {
    fr: 'Le port $2 avec $3 peut fonctionner, mais nos sources indiquent un autre réglage pour le $1.',
    en: 'Port $2 with $3 may work, but our sources give another setting for the $1.',
  },
  mail_finding_encryption_missing: { fr: 'Le chiffrement du $1 n’est pas choisi.', en: 'The $1 encryption is not chosen.' },
  mail_finding_encryption_none: {
    fr: 'Sans chiffrement, votre mot de passe et vos messages circuleraient en clair sur le réseau.',
    en: 'Without encryption, your password and your messages would cross the network in clear text.',
  },
  mail_finding_identifier_missing: { fr: 'L’identifiant est vide.', en: 'The username is empty.' },
  mail_finding_identifier_spaces: {
    fr: 'L’identifiant contient des espaces (souvent ajoutés par le correcteur du téléphone).',
    en: 'The username contains spaces (often added by the phone’s autocorrect).',
  },
  mail_finding_identifier_numen: {
    fr: 'Vous avez tapé un NUMEN\u00a0: ce n’est pas un identifiant. Le NUMEN sert de mot de passe initial, gardez-le secret.',
    en: 'You typed a NUMEN: it is not a username. The NUMEN serves as the initial password, keep it secret.',
  },
  mail_finding_identifier_short: {
    fr: '«\u00a0$2\u00a0» est l’identifiant court\u00a0: les applications de messagerie demandent l’adresse complète.',
    en: '“$2” is the short login: mail apps need the full address.',
  },
  mail_finding_identifier_not_short: {
    fr: '«\u00a0$2\u00a0» est l’adresse complète\u00a0: ici, mettez l’identifiant court.',
    en: '“$2” is the full address: put the short login here.',
  },
  mail_finding_identifier_malformed: { fr: '«\u00a0$2\u00a0» n’est pas une adresse électronique valable.', en: '“$2” is not a valid email address.' },
  mail_finding_identifier_domain_typo: {
    fr: '«\u00a0$2\u00a0»\u00a0: la partie après «\u00a0@\u00a0» comporte une faute de frappe, c’est «\u00a0$3\u00a0».',
    en: '“$2”: the part after “@” has a typo, it is “$3”.',
  },
  mail_finding_identifier_other_provider: {
    fr: '«\u00a0$2\u00a0» est une adresse $3\u00a0: mettez votre adresse académique.',
    en: '“$2” is an address from $3: put your academic address.',
  },
  mail_finding_identifier_other_academy: {
    fr: '«\u00a0$2\u00a0» est une adresse d’une autre académie\u00a0: mettez votre adresse en «\u00a0@$3\u00a0».',
    en: '“$2” is another academy’s address: put your “@$3” address.',
  },
  mail_finding_identifier_wrong_domain: {
    fr: '«\u00a0$2\u00a0» n’est pas une adresse de l’académie\u00a0: mettez votre adresse en «\u00a0@$3\u00a0».',
    en: '“$2” is not an academy address: put your “@$3” address.',
  },

  mail_profilesHeading: { fr: 'Configuration toute prête', en: 'Ready-made configuration' },
  mail_profilesIntro: {
    fr: 'Ces fichiers remplissent les réglages à votre place. Ils ne contiennent pas votre mot de passe\u00a0: l’appareil vous le demandera.',
    en: 'These files fill in the settings for you. They do not hold your password: the device will ask you for it.',
  },
  mail_profileAddress: { fr: 'Votre adresse académique', en: 'Your academic address' },
  mail_profileAddressHint: { fr: 'par exemple $1', en: 'for example $1' },
  mail_profileAddressInvalid: {
    fr: 'Tapez votre adresse académique complète, en «\u00a0@$1\u00a0».',
    en: 'Type your full academic address, ending in “@$1”.',
  },
  mail_downloadProfile: { fr: 'Télécharger le profil iPhone, iPad ou Mac (.mobileconfig)', en: 'Download the iPhone, iPad or Mac profile (.mobileconfig)' },
  mail_profileNote: {
    fr: 'Le profil n’est pas signé\u00a0: iOS l’affichera comme «\u00a0non vérifié\u00a0». Le télécharger à nouveau remplace le précédent.',
    en: 'The profile is not signed: iOS will show it as “unverified”. Downloading it again replaces the previous one.',
  },
  mail_downloadAutoconfig: { fr: 'Télécharger la configuration Thunderbird (config-v1.1.xml)', en: 'Download the Thunderbird configuration (config-v1.1.xml)' },
  mail_profilesUnsure: {
    fr: 'Ces fichiers reprennent des valeurs à confirmer\u00a0: $1.',
    en: 'These files carry values to be confirmed: $1.',
  },
  mail_profileDescription: {
    fr: 'Compte de messagerie académique (IMAP et SMTP), sans mot de passe. Généré par Aiguilleur.',
    en: 'Academic mail account (IMAP and SMTP), without password. Generated by Aiguilleur.',
  },

  mail_forwardingHeading: { fr: 'Pourquoi ne pas transférer vers Gmail\u202f?', en: 'Why not forward to Gmail?' },
  mail_forwarding_1: {
    // Said of no one in particular: which office of an académie advises it is not pack data.
    fr: 'Il est déconseillé de transférer automatiquement vos courriels académiques vers une adresse personnelle (Gmail, Yahoo, Orange…).',
    en: 'Automatically forwarding your academic mail to a personal address (Gmail, Yahoo, Orange…) is advised against.',
  },
  mail_forwarding_2: {
    fr: 'Votre messagerie académique contient des données professionnelles et parfois des informations sur des élèves, soumises à la confidentialité. Transférées, elles quittent le périmètre de sécurité du ministère pour des serveurs qu’il ne contrôle pas.',
    en: 'Your academic mailbox holds professional data and sometimes information about pupils, which must stay confidential. Once forwarded, they leave the ministry’s security perimeter for servers it does not control.',
  },
  mail_forwarding_3: {
    fr: 'En cas d’incident (fuite de données, usurpation d’identité), la responsabilité de l’agent qui a mis en place le transfert peut être engagée.',
    en: 'After an incident (data leak, identity theft), the staff member who set up the forwarding can be held responsible.',
  },
  mail_forwarding_4: {
    fr: 'La solution sûre\u00a0: ajoutez votre compte académique comme second compte dans votre application de messagerie (voir les réglages ci-dessus). Vous voyez tout au même endroit, et vos courriels restent sur le serveur de l’académie.',
    en: 'The safe way: add your academic account as a second account in your mail app (see the settings above). You see everything in one place, and your mail stays on the academy’s server.',
  },
  mail_forwarding_5: {
    fr: 'Sur le webmail, Aiguilleur affiche un avertissement à côté du champ de transfert si vous y tapez une adresse extérieure à l’Éducation nationale. Il ne bloque rien.',
    en: 'On the webmail, Aiguilleur shows a warning next to the forwarding field when you type an address outside the national education system into it. It blocks nothing.',
  },

  mail_guard_label: { fr: 'Avertissement Aiguilleur\u00a0: transfert', en: 'Aiguilleur warning: forwarding' },
  mail_guard_headline: {
    fr: 'Cette adresse est en dehors de l’Éducation nationale.',
    en: 'This address is outside the national education system.',
  },
  mail_guard_why: {
    fr: 'Transférer vos courriels académiques vers une adresse personnelle est déconseillé par la DRANE\u00a0: les données professionnelles et celles des élèves sortiraient du périmètre du ministère, et votre responsabilité d’agent pourrait être engagée.',
    en: 'The DRANE advises against forwarding your academic mail to a personal address: professional data and pupils’ data would leave the ministry’s perimeter, and you could be held responsible as a staff member.',
  },
  mail_guard_alternative: {
    fr: 'Plus sûr\u00a0: ajoutez votre compte académique comme second compte dans votre application de messagerie, sans transfert.',
    en: 'Safer: add your academic account as a second account in your mail app, without forwarding.',
  },

  mail_error: {
    fr: 'Aiguilleur n’a pas pu charger les réglages. Votre messagerie reste accessible par le webmail\u00a0:',
    en: 'Aiguilleur could not load the settings. Your mailbox is still reachable on the webmail:',
  },
  mail_confidence_multi: { fr: 'plusieurs sources', en: 'several sources' },
  mail_confidence_one: { fr: 'une seule source', en: 'a single source' },
  mail_confidence_weak: { fr: 'source peu sûre ou contredite', en: 'unreliable or contradicted source' },
  mail_confidence_guess: { fr: 'déduction', en: 'inference' },
} as const;
