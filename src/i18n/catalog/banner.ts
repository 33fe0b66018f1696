/** Strings of the on-page banner's controls. */
export default {
  banner_label: { fr: 'Avertissement Aiguilleur', en: 'Aiguilleur warning' },
  banner_close: { fr: 'Fermer', en: 'Close' },
  banner_dismiss: { fr: 'Ne plus afficher pour ce site', en: 'Do not show again for this site' },
} as const;
