import { localize } from '../i18n/lang';
import { pathSentence } from './journey-text';
import { defineVerdict, type Telling, type VerdictContext } from './types';

export const messages = {
  v_loginNoInbox_headline: {
    fr: 'Connexion réussie sur $1, mais ce site ne contient pas votre messagerie',
    en: 'Signed in on $1, but this site does not hold your mailbox',
  },
  v_loginNoInbox_advice: {
    fr: "Vos identifiants fonctionnent : il s'agit seulement du mauvais site. Ouvrez directement le webmail pour lire vos courriels.",
    en: 'Your username and password work: this is only the wrong site. Open the webmail directly to read your mail.',
  },
} as const;

/** A login landed on an academy page that is neither the webmail inbox nor a login page. */
export default defineVerdict({
  id: 'login-without-inbox',
  severity: 'warning',
  detect: ({ journey, classification: c, signals }, pack) =>
    journey !== undefined &&
    c.academy &&
    !(c.portal?.id === pack.webmail.portal && (c.role === 'inbox' || signals.inboxMarkers)) &&
    c.role !== 'login' &&
    !signals.passwordField,
  popup: (ctx) => tell(ctx),
  banner: (ctx) => tell(ctx),
});

function tell({ t, facts, portal, lang }: VerdictContext): Telling {
  const site = portal ? localize(portal.name, lang) : (facts.classification.host ?? '');
  return { headline: t('v_loginNoInbox_headline', site), lines: [pathSentence(t, facts.journey!), t('v_loginNoInbox_advice')] };
}
