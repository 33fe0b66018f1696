/**
 * Sentences several verdicts say (and the popup's site card), declared once: a portal's
 * facts with « à confirmer » where the pack is unsure, a journey's path, a failure's code,
 * and what to do about a network that blocks. A verdict's own strings live in its module.
 */
import { localize, type Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';
import { isConfirmed, type Provenanced } from '../model/confidence';
import type { JourneyFacts, LoadFailure } from '../model/facts';
import type { Confidence, Pack, Portal } from '../rules/schema';

export const messages = {
  credentials_yes: {
    fr: 'Ce site accepte vos identifiants académiques.',
    en: 'This site accepts your academic username and password.',
  },
  credentials_no: {
    fr: "Ce site n'accepte pas vos identifiants académiques.",
    en: 'This site does not accept your academic username and password.',
  },
  credentials_unknown: {
    fr: 'On ne sait pas si ce site accepte vos identifiants académiques.',
    en: 'It is not known whether this site accepts your academic username and password.',
  },
  mailbox_yes: { fr: 'Votre messagerie est sur ce site.', en: 'Your mailbox is on this site.' },
  mailbox_no: { fr: "Votre messagerie n'est pas sur ce site.", en: 'Your mailbox is not on this site.' },
  mailbox_at: { fr: 'Votre messagerie académique est sur $1.', en: 'Your academic mailbox is on $1.' },
  journey_path: { fr: 'Chemin suivi\u00a0: $1', en: 'Path taken: $1' },
  v_failure_code: { fr: "Code d'erreur du navigateur\u00a0: $1", en: 'Browser error code: $1' },
  v_network_tryOther: {
    fr: "Pour en avoir le cœur net, essayez depuis un autre réseau, par exemple le partage de connexion de votre téléphone\u00a0: si le site s'ouvre alors, c'est le réseau d'origine qui bloque.",
    en: 'To be sure, try from another network, for instance your phone’s connection sharing: if the site opens then, the first network is what blocks it.',
  },
  v_network_whoRunsIt: {
    fr: "Le réseau d'un établissement est géré par l'établissement et son référent numérique (souvent avec la collectivité), pas par l'assistance académique\u00a0: c'est à eux qu'il faut signaler le blocage.",
    en: 'A school’s network is run by the school and its IT contact (référent numérique, often with the local authority), not by the academy helpdesk: they are the ones to tell about the block.',
  },
} as const;

/** Keys every verdict may use besides its own: these, and the catalog's « à confirmer ». */
export type SharedKey = keyof typeof messages | 'toConfirm';
type T = Translate<SharedKey>;

/** "… académiques." → "… académiques (à confirmer)." when the pack is not sure. */
const hedge = (t: T, sentence: string, f: Provenanced): string =>
  isConfirmed(f) ? sentence : `${sentence.replace(/\.$/, '')} (${t('toConfirm')}).`;

export const credentialsSentence = (t: T, portal: Portal): string =>
  hedge(t, t(`credentials_${portal.sharesAcademicCredentials.value}`), portal.sharesAcademicCredentials);

export const mailboxSentence = (t: T, portal: Portal): string =>
  hedge(t, t(portal.hasMailbox.value ? 'mailbox_yes' : 'mailbox_no'), portal.hasMailbox);

/** Where the mailbox is: sure (the webmail's address is `multi`), and true whatever this site is. */
export const mailboxAtSentence = (t: T, pack: Pack): string => t('mailbox_at', new URL(pack.webmail.url.value).host);

export const portalName = (portal: Portal, lang: Lang): string => localize(portal.name, lang);

/** The site a verdict speaks of: its portal's name when known, else `host`. */
export const siteName = (portal: Portal | null, lang: Lang, host: string): string => (portal ? portalName(portal, lang) : host);

/** How a journey's path is told: hosts only, in order. */
export const pathSentence = (t: T, j: JourneyFacts): string => t('journey_path', j.path.join(' → '));

/** The browser's own error code, for the support staff, when there is one. */
export const failureCodeLines = (t: T, failure: LoadFailure): string[] => (failure.code ? [t('v_failure_code', failure.code)] : []);

/** What to do about a network that blocks or holds the connection: try another, and whom to tell. */
export const otherNetworkLines = (t: T): string[] => [t('v_network_tryOther'), t('v_network_whoRunsIt')];
