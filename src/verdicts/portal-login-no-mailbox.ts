import { defineVerdict, type VerdictContext, type Telling } from './types';
import { credentialsSentence, portalName } from './describe';

export const messages = {
  v_portalLogin_headline: {
    fr: 'Vous êtes sur $1. Ce site ne donne pas accès à votre messagerie académique.',
    en: 'You are on $1. This site does not give access to your academic mailbox.',
  },
  v_portalLogin_advice: {
    fr: "Pour lire vos courriels, ne vous connectez pas ici : ouvrez directement le webmail.",
    en: 'To read your mail, do not sign in here: open the webmail directly.',
  },
} as const;

export default defineVerdict({
  id: 'portal-login-no-mailbox',
  severity: 'warning',
  detect: ({ classification: c, signals }) => c.portal !== null && !c.portal.hasMailbox.value && signals.passwordField,
  popup: (ctx) => tell(ctx),
  banner: (ctx) => tell(ctx),
});

function tell({ t, portal, lang }: VerdictContext): Telling {
  // detect() guarantees a portal.
  const p = portal!;
  return {
    headline: t('v_portalLogin_headline', portalName(p, lang)),
    lines: [credentialsSentence(t, p), t('v_portalLogin_advice')],
  };
}
