/** Strings of the account-help page (username and address, first login, password reset, NUMEN check). */
export default {
  account_title: { fr: 'Aiguilleur\u00a0: identifiant, mot de passe, NUMEN', en: 'Aiguilleur: username, password, NUMEN' },
  account_linkLabel: {
    fr: 'Aide\u00a0: mon identifiant, mon mot de passe, mon NUMEN',
    en: 'Help: my username, my password, my NUMEN',
  },
  account_intro: {
    fr: "Vous n'arrivez pas à vous connecter à la messagerie académique\u202f? Cette page répond aux questions les plus posées à l'assistance.",
    en: 'Cannot sign in to the academic mailbox? This page answers the questions the help desk is asked most.',
  },
  account_nav: { fr: 'Sur cette page', en: 'On this page' },
  account_privacy: {
    fr: "Rien de ce que vous tapez sur cette page n'est envoyé. Seule la date de réception du mot de passe provisoire, si vous la donnez, est enregistrée, et seulement sur cet ordinateur.",
    en: 'Nothing you type on this page is sent anywhere. Only the day you received your temporary password, if you give it, is saved, and only on this computer.',
  },
  account_toConfirmHint: {
    fr: "«\u00a0à confirmer\u00a0» signale une information que plusieurs sources indépendantes n'établissent pas encore\u202f; votre académie peut la remplacer.",
    en: '“to be confirmed” marks information that several independent sources do not yet establish; your academy can replace it.',
  },
  account_error: {
    fr: "Les règles de l'académie n'ont pas pu être chargées\u00a0: les adresses d'assistance ne sont pas affichées. Rechargez la page.",
    en: 'The academy rules could not be loaded, so the help addresses are not shown. Reload the page.',
  },
  account_guideLink: { fr: 'Guide et annuaire des sites de l’académie', en: 'Guide and directory of academy sites' },

  // 1. Username and address
  account_names_heading: { fr: 'Quel est mon identifiant\u202f? Quelle est mon adresse\u202f?', en: 'What is my username? What is my address?' },
  account_names_intro: {
    fr: "Saisissez vos prénoms et noms comme sur vos documents administratifs (arrêté d'affectation, bulletin de salaire).",
    en: 'Type your first names and surnames as they appear on your official papers (appointment letter, payslip).',
  },
  account_names_first: { fr: 'Prénom(s)', en: 'First name(s)' },
  account_names_firstHint: {
    fr: "Votre prénom usuel d'abord\u202f; un prénom composé avec son trait d'union (Jean-Pierre).",
    en: 'Your usual first name first; a compound first name with its hyphen (Jean-Pierre).',
  },
  account_names_last: { fr: 'Nom de famille (de naissance)', en: 'Surname (birth name)' },
  account_names_usage: { fr: "Nom d'usage (facultatif)", en: 'Usage name (optional)' },
  account_names_usageHint: {
    fr: "Par exemple votre nom d'épouse ou d'époux, s'il est différent.",
    en: 'For example your married name, if it is different.',
  },
  account_names_submit: { fr: 'Voir les possibilités', en: 'Show the possibilities' },
  account_names_usernames: { fr: 'Identifiant (pour se connecter)', en: 'Username (to sign in)' },
  account_names_addresses: { fr: 'Adresse électronique', en: 'Email address' },
  account_names_count: { fr: '$1 identifiant(s) et $2 adresse(s) possibles.', en: '$1 possible username(s) and $2 possible address(es).' },
  account_names_ruleStatus: {
    // $1: the académie's name (the pack's academy.name).
    fr: "La règle «\u00a0initiale du prénom + nom\u00a0» est la règle nationale\u202f; elle reste à confirmer pour l'$1.",
    en: 'The “first-name initial + surname” rule is the national one; it is still to be confirmed for the $1.',
  },
  account_names_verdict: {
    fr: "C'est un guide, jamais un verdict\u00a0: seule l'administration connaît votre identifiant exact. En cas de doute, demandez-le au secrétariat de votre école ou de votre établissement.",
    en: 'This is a guide, never a verdict: only the administration knows your exact username. If in doubt, ask your school office.',
  },
  account_conf_likely: { fr: 'probable', en: 'likely' },
  account_conf_possible: { fr: 'possible', en: 'possible' },
  account_conf_unlikely: { fr: 'peu probable', en: 'unlikely' },

  account_why_rule: {
    fr: 'initiale du prénom suivie du nom, en minuscules, sans accents (règle nationale)',
    en: 'first-name initial followed by the surname, lower case, no accents (national rule)',
  },
  account_why_addressRule: {
    fr: 'prénom.nom, en minuscules, sans accents',
    en: 'firstname.surname, lower case, no accents',
  },
  account_why_usageName: { fr: "avec votre nom d'usage", en: 'with your usage name' },
  account_why_birthName: {
    fr: 'avec votre nom de naissance, si votre compte a été créé avant votre changement de nom',
    en: 'with your birth name, if your account was created before your change of name',
  },
  account_why_particleHyphen: {
    fr: "les espaces du nom deviennent des traits d'union (relevé dans une autre académie)",
    en: 'the spaces of the surname become hyphens (seen in another academy)',
  },
  account_why_particleJoined: { fr: 'le nom écrit d’un seul tenant, sans espace', en: 'the surname written as one word, without spaces' },
  account_why_hyphenDropped: { fr: "le nom écrit sans trait d'union", en: 'the surname written without hyphens' },
  account_why_compoundInitials: {
    fr: "les initiales des deux parties du prénom composé (en général, seule la première est utilisée)",
    en: 'the initials of both parts of the compound first name (usually only the first one is used)',
  },
  account_why_firstNamesJoined: {
    fr: 'vos deux premiers prénoms pris comme un prénom composé',
    en: 'your first two first names taken as one compound first name',
  },

  account_note_fullAddressForClients: {
    fr: "Dans une application de messagerie (Outlook, Thunderbird, Mail, Gmail…), l'identifiant à saisir est l'adresse complète (prénom.nom@$1), pas l'identifiant court.",
    en: 'In a mail app (Outlook, Thunderbird, Mail, Gmail…), the username to type is the full address (firstname.surname@$1), not the short username.',
  },
  account_note_homonymNumber: {
    fr: "Si quelqu'un avait déjà le même identifiant, un numéro a été ajouté (par exemple mdupond1 ou marie.dupond2@$1). Seule l'administration peut vous dire lequel\u00a0: il ne se devine pas.",
    en: 'If someone already had the same username, a number was added (for example mdupond1 or marie.dupond2@$1). Only the administration can tell you which: it cannot be guessed.',
  },
  account_note_accentsStripped: {
    fr: 'Les accents et lettres spéciales (é, ç, œ…) sont remplacés par des lettres simples\u00a0: tous les identifiants connus sont écrits ainsi, mais aucune règle écrite ne le dit.',
    en: 'Accents and special letters (é, ç, œ…) are replaced by plain letters: every known username is written that way, but no written rule says so.',
  },
  account_note_apostrophesDropped: {
    fr: "Les apostrophes sont supprimées (d'Arc → darc)\u202f; aucune règle écrite n'a été trouvée.",
    en: 'Apostrophes are dropped (d’Arc → darc); no written rule was found.',
  },
  account_note_compoundFirstName: {
    fr: "Prénom composé\u00a0: l'identifiant ne prend en général que la première initiale (Jean-Pierre Dupond → jdupond)\u202f; l'adresse garde le trait d'union (jean-pierre.dupond@…).",
    en: 'Compound first name: the username usually takes only the first initial (Jean-Pierre Dupond → jdupond); the address keeps the hyphen (jean-pierre.dupond@…).',
  },
  account_note_severalFirstNames: {
    fr: "Plusieurs prénoms\u00a0: seul le premier est en principe utilisé. Si votre prénom usuel n'est pas le premier, essayez aussi avec lui seul.",
    en: 'Several first names: only the first one is normally used. If your usual first name is not the first one, try it alone too.',
  },
  account_note_multiWordLastName: {
    // $2: the académie's name (the notes' $1 is the mail domain).
    fr: "Nom en plusieurs mots (de, Le, Van…)\u00a0: dans une autre académie, les espaces deviennent des traits d'union (Marc Le Dupond → mle-dupond)\u202f; la règle de l'$2 reste à confirmer.",
    en: 'Surname in several words (de, Le, Van…): in another academy, the spaces become hyphens (Marc Le Dupond → mle-dupond); the rule of the $2 is still to be confirmed.',
  },
  account_note_usageName: {
    fr: "Nom d'usage\u00a0: le compte porte en général le nom connu de l'administration quand il a été créé\u202f; les deux noms sont donc proposés.",
    en: 'Usage name: the account usually carries the name the administration knew when it was created, so both names are offered.',
  },
  account_note_longName: {
    fr: "Nom long\u00a0: il est proposé en entier, car aucune règle de raccourcissement n'est publiée\u202f; l'administration a pu le raccourcir.",
    en: 'Long name: it is shown whole, as no shortening rule is published; the administration may have shortened it.',
  },

  account_error_firstNamesEmpty: { fr: 'Saisissez au moins un prénom.', en: 'Type at least one first name.' },
  account_error_lastNamesEmpty: { fr: 'Saisissez votre nom de famille.', en: 'Type your surname.' },
  account_error_nonLatin: {
    fr: "Ce nom contient des lettres qui ne s'écrivent pas en lettres latines simples (cyrillique, grec, arabe, chinois…). L'administration a choisi elle-même leur transcription en lettres latines, qui ne se devine pas\u00a0: saisissez votre nom tel qu'il est écrit en lettres latines sur vos documents administratifs (bulletin de salaire, arrêté).",
    en: 'This name holds letters that are not plain Latin letters (Cyrillic, Greek, Arabic, Chinese…). The administration chose their transliteration into Latin letters itself, and it cannot be guessed: type your name as it is written in Latin letters on your official papers (payslip, appointment letter).',
  },
  account_error_invalidCharacters: {
    fr: "Un nom ne contient que des lettres, des espaces, des traits d'union et des apostrophes\u00a0: retirez les chiffres et les autres signes.",
    en: 'A name holds only letters, spaces, hyphens and apostrophes: remove digits and other signs.',
  },
  account_error_tooLong: { fr: 'Ce texte est trop long pour un nom (200 caractères au plus).', en: 'This text is too long for a name (200 characters at most).' },

  // 2. First login and temporary password
  account_first_heading: { fr: 'Première connexion et mot de passe provisoire', en: 'First login and temporary password' },
  account_first_what: {
    fr: 'À votre arrivée, vous recevez un mot de passe provisoire\u00a0: votre NUMEN, ou celui indiqué dans le courrier du rectorat.',
    en: "When you start, you get a temporary password: your NUMEN, or the one in the rectorate's letter.",
  },
  account_first_change: {
    fr: "Il doit être changé lors de votre première connexion réussie. Tant que ce n'est pas fait, le compte reste dans un état intermédiaire.",
    en: 'It must be changed at your first successful login. Until then, the account stays in an intermediate state.',
  },
  account_first_expire: {
    fr: "Un mot de passe provisoire peut expirer au bout de quelques semaines (le délai n'est pas publié)\u00a0: faites cette première connexion sans attendre.",
    en: 'A temporary password can expire after some weeks (the delay is not published): do this first login without waiting.',
  },
  account_first_webmail: { fr: 'Adresse du webmail\u00a0:', en: 'Webmail address:' },
  account_first_dateLabel: { fr: "J'ai reçu mon mot de passe provisoire le", en: 'I received my temporary password on' },
  account_first_dateHint: {
    fr: 'Facultatif, pour recevoir un rappel. Seule cette date est enregistrée, sur cet ordinateur.',
    en: 'Optional, to get a reminder. Only this date is saved, on this computer.',
  },
  account_first_dateInvalid: { fr: 'Cette date est invalide ou dans le futur.', en: 'This date is invalid or in the future.' },
  account_first_saveError: { fr: "La date n'a pas pu être enregistrée.", en: 'The date could not be saved.' },
  account_first_done: {
    fr: "J'ai fait ma première connexion (effacer la date)",
    en: 'I have completed my first login (clear the date)',
  },
  account_first_stateNone: {
    fr: 'Date enregistrée. Un rappel apparaîtra à partir du $1.',
    en: 'Date saved. A reminder will appear from $1.',
  },
  account_first_noReminder: {
    fr: "Date enregistrée. Les règles de l'académie ne prévoient pas de rappel.",
    en: 'Date saved. The academy rules do not set a reminder.',
  },
  account_first_delays: {
    fr: 'Rappel à $1 jours, urgent à $2 jours\u00a0: des délais choisis par prudence, faute de délai publié.',
    en: 'Reminder after $1 days, urgent after $2 days: cautious delays, as none is published.',
  },
  account_reminder_soon: {
    fr: 'Pensez à faire votre première connexion avant le $1\u00a0: votre mot de passe provisoire risque d’expirer.',
    en: 'Complete your first login before $1: your temporary password may expire.',
  },
  account_reminder_urgent: {
    fr: 'Mot de passe provisoire reçu il y a $1 jours\u00a0: faites votre première connexion dès maintenant. S’il est refusé, il a peut-être expiré\u00a0: demandez une réinitialisation.',
    en: 'Temporary password received $1 days ago: complete your first login now. If it is refused, it may have expired: ask for a reset.',
  },

  // 3. Forgotten password
  account_forgot_heading: { fr: "J'ai oublié mon mot de passe", en: 'I forgot my password' },
  account_forgot_intro: {
    fr: "La réinitialisation passe par l'assistance de l'académie, pas par le webmail.",
    en: "A reset goes through the academy's help desk, not through the webmail.",
  },
  account_forgot_question: {
    fr: "Avez-vous indiqué une adresse électronique de secours lors de l'activation de votre compte\u202f?",
    en: 'Did you give a backup email address when your account was activated?',
  },
  account_forgot_questionHint: {
    fr: "Si vous ne savez pas, essayez d'abord «\u00a0Oui\u00a0»\u00a0: la plateforme vous le dira.",
    en: 'If you do not know, try “Yes” first: the platform will tell you.',
  },
  account_forgot_yes: { fr: 'Oui', en: 'Yes' },
  account_forgot_no: { fr: 'Non', en: 'No' },
  account_forgot_withBackup: {
    fr: "Passez par la plateforme d'assistance de l'académie\u00a0:",
    en: "Go through the academy's help platform:",
  },
  account_forgot_haveAtHand: { fr: 'Ayez sous la main\u00a0:', en: 'Have at hand:' },
  account_have_numen: {
    fr: 'votre NUMEN (il figure sur les documents administratifs de votre nomination)\u202f;',
    en: 'your NUMEN (it is on the official papers of your appointment);',
  },
  account_have_birthDate: { fr: 'votre date de naissance\u202f;', en: 'your date of birth;' },
  account_have_backupEmail: {
    fr: "l'adresse de secours donnée lors de l'activation du compte.",
    en: 'the backup address given when the account was activated.',
  },
  account_forgot_department: { fr: 'Dans quel département travaillez-vous\u202f?', en: 'Which department do you work in?' },
  account_forgot_departmentValue: { fr: '$1 ($2)', en: '$1 ($2)' },
  account_forgot_withoutBackup: {
    fr: 'Sans adresse de secours, il faut contacter directement le service informatique du rectorat ou de la DSDEN de votre département\u00a0:',
    en: 'Without a backup address, contact the IT service of the rectorate or of your department’s education office (DSDEN) directly:',
  },
  account_forgot_seat: { fr: 'Ville', en: 'Town' },
  account_forgot_contact: { fr: 'Contact', en: 'Contact' },
  account_forgot_email: { fr: 'Courriel\u00a0:', en: 'Email:' },
  account_forgot_phone: { fr: 'Téléphone\u00a0:', en: 'Phone:' },
  account_forgot_site: { fr: 'Site\u00a0:', en: 'Website:' },
  account_forgot_noContact: {
    fr: 'Coordonnées non trouvées dans les sources publiques\u00a0: demandez-les au secrétariat de votre école ou de votre établissement, ou à votre circonscription.',
    en: 'Contact details not found in public sources: ask your school office or your district inspectorate for them.',
  },
  account_forgot_noSupport: {
    fr: "Les règles de l'académie ne donnent pas d'adresse d'assistance\u00a0: adressez-vous au secrétariat de votre école ou de votre établissement.",
    en: 'The academy rules give no help address: ask your school office.',
  },

  // 4. NUMEN shape
  account_numen_heading: { fr: 'Vérifier la forme de mon NUMEN', en: 'Check the shape of my NUMEN' },
  account_numen_intro: {
    fr: "Le NUMEN sert de mot de passe par défaut\u00a0: une faute de frappe suffit pour être refusé. Ce contrôle se fait sur cette page seulement\u00a0: la valeur n'est ni enregistrée, ni envoyée, et disparaît quand vous fermez la page.",
    en: 'The NUMEN is the default password: one typo is enough to be refused. This check runs on this page only: the value is neither saved nor sent, and is gone when you close the page.',
  },
  account_numen_structure: { fr: '13 caractères, en majuscules\u00a0:', en: '13 characters, upper case:' },
  account_numen_part1: {
    fr: "2 chiffres\u00a0: le code de l'académie où vous avez été immatriculé, qui peut donc être celui d'une autre académie que la vôtre\u202f;",
    en: '2 digits: the code of the academy where you were first registered, which may be another academy than yours;',
  },
  account_numen_part2: {
    fr: '1 lettre\u00a0: votre secteur (G premier degré, E second degré public, P second degré privé, À personnels administratifs…)\u202f;',
    en: '1 letter: your sector (G primary, E public secondary, P private secondary, A administrative staff…);',
  },
  account_numen_part3: { fr: "2 chiffres\u00a0: l'année d'entrée\u202f;", en: '2 digits: the year of entry;' },
  account_numen_part4: {
    fr: '8 caractères, le plus souvent 5 chiffres puis 3 lettres.',
    en: '8 characters, most often 5 digits then 3 letters.',
  },
  account_numen_label: { fr: 'NUMEN', en: 'NUMEN' },
  account_numen_show: { fr: 'Afficher le NUMEN', en: 'Show the NUMEN' },
  account_numen_clear: { fr: 'Effacer', en: 'Clear' },
  account_numen_ok: {
    fr: "La forme est correcte. Cela ne dit pas que c'est votre NUMEN\u00a0: seule une connexion le dira.",
    en: 'The shape is right. That does not mean it is your NUMEN: only a login will tell.',
  },
  account_numen_okWarnings: { fr: 'La forme est correcte, mais à relire\u00a0:', en: 'The shape is right, but check again:' },
  account_numen_notOk: { fr: 'La forme ne correspond pas\u00a0:', en: 'The shape does not match:' },
  account_numen_p_empty: { fr: 'Saisissez le NUMEN.', en: 'Type the NUMEN.' },
  account_numen_p_invalidCharacters: {
    fr: 'Seuls des chiffres et des lettres sans accent sont attendus (caractère n° $1).',
    en: 'Only digits and unaccented letters are expected (character $1).',
  },
  account_numen_p_tooShort: { fr: 'Trop court\u00a0: $1 caractères sur 13.', en: 'Too short: $1 characters out of 13.' },
  account_numen_p_tooLong: { fr: 'Trop long\u00a0: $1 caractères au lieu de 13.', en: 'Too long: $1 characters instead of 13.' },
  account_numen_p_digitExpected: { fr: 'Un chiffre est attendu (caractère n° $1).', en: 'A digit is expected (character $1).' },
  account_numen_p_letterExpected: { fr: 'Une lettre est attendue (caractère n° $1).', en: 'A letter is expected (character $1).' },
  account_numen_p_oForZero: {
    fr: 'Caractère n° $1\u00a0: la lettre O là où un chiffre est attendu. Est-ce le chiffre 0\u202f?',
    en: 'Character $1: the letter O where a digit is expected. Is it the digit 0?',
  },
  account_numen_p_iOrLForOne: {
    fr: 'Caractère n° $1\u00a0: la lettre I ou L là où un chiffre est attendu. Est-ce le chiffre 1\u202f?',
    en: 'Character $1: the letter I or L where a digit is expected. Is it the digit 1?',
  },
  account_numen_p_zeroForO: {
    fr: 'Caractère n° $1\u00a0: le chiffre 0 là où une lettre est attendue. Est-ce la lettre O\u202f?',
    en: 'Character $1: the digit 0 where a letter is expected. Is it the letter O?',
  },
  account_numen_p_oneForI: {
    fr: 'Caractère n° $1\u00a0: le chiffre 1 là où une lettre est attendue. Est-ce la lettre I ou L\u202f?',
    en: 'Character $1: the digit 1 where a letter is expected. Is it the letter I or L?',
  },
  account_numen_p_lastBlockUnusual: {
    fr: 'Les 8 derniers caractères ne sont pas «\u00a05 chiffres puis 3 lettres\u00a0», la forme la plus courante\u00a0: relisez-les (ce n’est pas forcément une erreur).',
    en: 'The last 8 characters are not “5 digits then 3 letters”, the most common form: read them again (it is not necessarily a mistake).',
  },
} as const;
