/**
 * The academy's sites withheld by the user (Chrome's site access, Firefox's permissions): said by
 * the popup and the first-run page (src/ui/site-access.tsx). Pages only: the background never says
 * these, so they stay out of its catalog (it is near its size budget) and out of _locales.
 */
export default {
  ui_siteAccess_heading: { fr: "Aiguilleur n'a pas accès aux sites de l'académie", en: "Aiguilleur cannot see the academy's sites" },
  ui_siteAccess_text: {
    fr: "Son accès à ces sites a été limité dans les réglages du navigateur. Sans lui, Aiguilleur ne peut ni vous prévenir avant que vous tapiez votre mot de passe, ni dire où une connexion vous a mené. Le lien vers votre messagerie, lui, fonctionne toujours.",
    en: "Its access to these sites was restricted in the browser's settings. Without it, Aiguilleur can neither warn you before you type your password nor tell you where a sign-in took you. The link to your mailbox still works.",
  },
  ui_siteAccess_grant: { fr: "Autoriser l'accès aux sites de l'académie", en: "Allow access to the academy's sites" },
  ui_siteAccess_refused: {
    fr: "L'accès n'a pas été accordé. Vous pouvez aussi l'accorder dans les réglages des extensions du navigateur.",
    en: "Access was not granted. You can also grant it in the browser's extension settings.",
  },
  ui_siteAccess_failed: {
    fr: "Le navigateur n'a pas permis de demander cet accès (votre établissement l'a peut-être bloqué). Vous pouvez l'accorder dans les réglages des extensions du navigateur.",
    en: "The browser did not let Aiguilleur ask for this access (your institution may have blocked it). You can grant it in the browser's extension settings.",
  },
} as const;
