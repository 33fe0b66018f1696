/** Sentences about a portal shared by several verdicts, with "à confirmer" where the pack is unsure. */
import type { Confidence, Portal } from '../rules/schema';
import type { Translate } from '../catalog';
import { localize, type Lang } from '../i18n/lang';
import { isConfirmed } from '../model/confidence';


/** "… académiques." → "… académiques (à confirmer)." when the pack is not sure. */
const hedge = (t: Translate, sentence: string, c: Confidence): string =>
  isConfirmed(c) ? sentence : `${sentence.replace(/\.$/, '')} (${t('toConfirm')}).`;

export const credentialsSentence = (t: Translate, portal: Portal): string =>
  hedge(t, t(`credentials_${portal.sharesAcademicCredentials.value}`), portal.sharesAcademicCredentials.confidence);

export const mailboxSentence = (t: Translate, portal: Portal): string =>
  hedge(t, t(portal.hasMailbox.value ? 'mailbox_yes' : 'mailbox_no'), portal.hasMailbox.confidence);

export const portalName = (portal: Portal, lang: Lang): string => localize(portal.name, lang);
