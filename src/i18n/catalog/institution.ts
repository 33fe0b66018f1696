/** Strings of the options page's "Configuration de l'établissement" section (src/ui/institution). */
export default {
  inst_title: { fr: "Configuration de l'établissement", en: 'Institution settings' },
  inst_intro: {
    fr: "Ce que le service informatique de l'académie a réglé pour cette extension, et d'où vient chaque valeur en vigueur.",
    en: "What the academy's IT service has set for this extension, and where each value in force comes from.",
  },
  inst_noPolicy: {
    fr: "Aucune stratégie de l'établissement ne s'applique\u00a0: l'extension utilise ses réglages intégrés.",
    en: 'No institution policy applies: the extension uses its built-in settings.',
  },
  inst_packInForce: { fr: 'Règles en vigueur\u00a0: version $1 du $2 ($3).', en: 'Rules in force: version $1 of $2 ($3).' },
  inst_bundledPack: { fr: "Règles intégrées à l'extension\u00a0: version $1 du $2.", en: 'Rules built into the extension: version $1 of $2.' },

  inst_col_setting: { fr: 'Réglage', en: 'Setting' },
  inst_col_value: { fr: 'Valeur en vigueur', en: 'Value in force' },
  inst_col_source: { fr: 'Origine', en: 'Source' },
  inst_notSet: { fr: 'non défini', en: 'not set' },

  inst_source_bundled: { fr: "intégré à l'extension", en: 'built into the extension' },
  inst_source_hosted: { fr: "règles hébergées par l'établissement", en: 'rules hosted by the institution' },
  inst_source_policy: { fr: "stratégie de l'établissement", en: 'institution policy' },

  inst_key_webmailUrl: { fr: 'Adresse du webmail', en: 'Webmail address' },
  inst_key_rulesUrl: { fr: 'Règles hébergées', en: 'Hosted rules' },
  inst_key_assistanceUrl: { fr: "Page d'assistance", en: 'Assistance page' },
  inst_key_institutionName: { fr: "Nom de l'établissement", en: 'Institution name' },
  inst_key_supportContact: { fr: "Contact d'assistance", en: 'Support contact' },
  inst_key_departmentContacts: { fr: 'Contacts informatiques départementaux', en: 'Departmental IT contacts' },
  inst_key_departmentContact: { fr: 'Contact informatique, département $1', en: 'IT contact, department $1' },
  inst_key_disabledFeatures: { fr: 'Fonctions désactivées', en: 'Disabled features' },
  inst_key_language: { fr: 'Langue', en: 'Language' },
  inst_key_portal: { fr: 'Site ajouté ou remplacé\u00a0: $1', en: 'Site added or replaced: $1' },

  inst_language_fr: { fr: 'français', en: 'French' },
  inst_language_en: { fr: 'anglais', en: 'English' },
  inst_language_auto: { fr: 'celle du navigateur', en: "the browser's" },

  inst_feature_banner: { fr: 'bandeau sur les sites', en: 'banner on sites' },
  inst_feature_forwardingGuard: { fr: 'contrôle des transferts', en: 'forwarding guard' },
  inst_feature_selfCheck: { fr: 'tests de connexion', en: 'connection self-check' },
  inst_feature_reminders: { fr: 'rappels', en: 'reminders' },
  inst_feature_journeys: { fr: 'suivi des connexions', en: 'login journeys' },
  inst_feature_firstRun: { fr: "page d'accueil à l'installation", en: 'welcome page at install' },

  inst_hostedHeading: { fr: 'Règles hébergées', en: 'Hosted rules' },
  inst_hostedUrl: { fr: 'Adresse\u00a0:', en: 'Address:' },
  inst_hostedInForce: { fr: 'Ces règles sont en vigueur.', en: 'These rules are in force.' },
  inst_hostedNotInForce: {
    fr: "Ces règles ne sont pas en vigueur\u00a0: les règles intégrées à l'extension s'appliquent.",
    en: 'These rules are not in force: the rules built into the extension apply.',
  },
  inst_hostedGood: { fr: 'Dernières règles valides\u00a0: version $1 du $2, téléchargées le $3.', en: 'Last valid rules: version $1 of $2, downloaded on $3.' },
  inst_hostedNone: { fr: "Aucune version valide n'a encore été téléchargée.", en: 'No valid version has been downloaded yet.' },
  inst_hostedLastFailed: { fr: 'Dernière tentative échouée le $1 (voir les valeurs refusées).', en: 'Last attempt failed on $1 (see the refused values).' },
  inst_hostedLastOk: { fr: 'Dernière vérification le $1.', en: 'Last checked on $1.' },
  inst_hostedNext: { fr: 'Prochaine vérification vers le $1.', en: 'Next check around $1.' },

  inst_rejectedHeading: { fr: 'Valeurs refusées', en: 'Refused values' },
  inst_rejectedIntro: {
    fr: "Ces valeurs ne sont pas appliquées\u202f; les autres réglages s'appliquent normalement.",
    en: 'These values are not applied; the other settings apply as usual.',
  },
  inst_rejectedFrom: { fr: 'origine\u00a0: $1', en: 'source: $1' },
  inst_rejectedValue: { fr: 'Valeur reçue\u00a0:', en: 'Value received:' },
  inst_factsHeading: { fr: 'Faits confirmés', en: 'Confirmed facts' },
  inst_factsIntro: {
    fr: "Confirmés par l'établissement (confirmedBy)\u00a0: un avertissement peut reposer sur eux.",
    en: 'Confirmed by the institution (confirmedBy): a warning may rest on them.',
  },
  inst_factsNone: {
    fr: "Aucun fait n'est confirmé par l'établissement (confirmedBy, dans ses règles hébergées).",
    en: 'No fact is confirmed by the institution (confirmedBy, in its hosted rules).',
  },
  inst_factConfirmed: { fr: 'confirmé par $1 le $2', en: 'confirmed by $1 on $2' },
  inst_factsUnconfirmed: {
    fr: '$1 fait(s) sur $2 restent «\u00a0à confirmer\u00a0» (ni multi, ni confirmedBy)\u00a0: aucun avertissement ne repose sur eux.',
    en: '$1 fact(s) out of $2 are still “to be confirmed” (neither multi nor confirmedBy): no warning rests on them.',
  },
  inst_factsAllSure: { fr: 'Tous les faits des règles en vigueur sont sûrs.', en: 'Every fact of the rules in force is sure.' },
  inst_noticesHeading: { fr: 'Remarques', en: 'Notes' },
  inst_error: {
    fr: "La configuration de l'établissement n'a pas pu être lue. Rechargez la page.",
    en: 'The institution settings could not be read. Reload the page.',
  },
} as const;
