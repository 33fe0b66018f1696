import { localize } from '../i18n/lang';
import { certificateHint } from '../model/load-errors';
import { failureCodeLines, siteName } from './describe';
import { defineVerdict } from './types';

/** The browser refused the academy site's certificate (or could not complete the secure handshake). */
export default defineVerdict({
  id: 'certificate-error',
  when: 'an academy page failed on its certificate (`net::ERR_CERT_*`, `SEC_ERROR_*`, `SSL_ERROR_*`, `MOZILLA_PKIX_ERROR_*`)',
  severity: 'warning',
  // What the browser observed (and, for a slow load, the product's threshold): no site fact.
  asserts: () => [],
  before: '*',
  restsOn: ['support.resetPortal.url'],
  messages: {
    v_certificateError_headline: {
      fr: "$1\u00a0: connexion sécurisée impossible, le certificat n'est pas reconnu",
      en: '$1: no secure connection, the certificate is not recognised',
    },
    v_certificateError_meaning: {
      fr: "Le navigateur affiche un avertissement de sécurité parce qu'il n'a pas pu vérifier l'identité du site. Le site n'est pas forcément en panne\u00a0: c'est souvent cet ordinateur qui ne reconnaît pas son certificat.",
      en: 'The browser shows a security warning because it could not verify the site’s identity. The site is not necessarily down: often it is this computer that does not recognise its certificate.',
    },
    v_certificateError_why: {
      fr: "Causes les plus fréquentes\u00a0: une date ou une heure fausse sur l'ordinateur, un navigateur ou un système trop ancien, qui ne reçoit plus les mises à jour des certificats, ou un réseau qui s'interpose dans les connexions sécurisées.",
      en: 'The usual causes: a wrong date or time on the computer, a browser or system too old to get certificate updates any more, or a network that steps into secure connections.',
    },
    v_certificateError_check: {
      fr: "À vérifier\u00a0: la date et l'heure de l'ordinateur, puis les mises à jour du navigateur et du système. Essayez aussi un autre navigateur à jour.",
      en: 'Check the computer’s date and time, then the browser and system updates. Also try another, up-to-date browser.',
    },
    v_certificateError_never: {
      fr: "Ne contournez jamais cet avertissement («\u00a0Continuer vers le site\u00a0», «\u00a0Accepter le risque\u00a0»), surtout sur un ordinateur partagé\u00a0: vos identifiants pourraient être interceptés.",
      en: 'Never click through this warning (“Proceed”, “Accept the risk”), least of all on a shared computer: your username and password could be intercepted.',
    },
    v_certificateError_contact: {
      fr: "Sur un ordinateur de l'établissement, prévenez le référent numérique de l'établissement. Sur votre propre appareil, si rien n'y fait, contactez l'assistance académique avec le rapport de diagnostic d'Aiguilleur.",
      en: 'On a school computer, tell the school’s IT contact (référent numérique). On your own device, if nothing helps, contact the academy helpdesk with Aiguilleur’s diagnostic report.',
    },
    v_certificateError_help: { fr: "Pour trouver l'assistance académique\u00a0: $1 ($2).", en: 'To find the academy helpdesk: $1 ($2).' },
    v_certificateError_hint_clock: {
      fr: "Ce code signale un problème de date\u00a0: vérifiez d'abord que la date, l'heure et le fuseau horaire de l'ordinateur sont justes.",
      en: 'This code points to a date problem: first check that the computer’s date, time and time zone are right.',
    },
    v_certificateError_hint_outdated: {
      fr: 'Ce code signale un navigateur ou un système trop ancien pour la sécurité du site\u00a0: mettez-les à jour.',
      en: 'This code points to a browser or system too old for the site’s security: update them.',
    },
    v_certificateError_hint_interception: {
      fr: "Ce code signale qu'un logiciel ou un équipement du réseau s'interpose dans les connexions sécurisées (antivirus, proxy de l'établissement)\u00a0: signalez-le au référent numérique.",
      en: 'This code means software or a network device steps into secure connections (antivirus, school proxy): report it to the school’s IT contact.',
    },
  },
  detect: (facts) => facts.failure?.kind === 'certificate-error',
  popup: ({ t, facts, portal, pack, lang }) => {
    const failure = facts.failure!;
    const hint = failure.code ? certificateHint(failure.code) : undefined;
    const lines = [t('v_certificateError_meaning')];
    if (hint) lines.push(t(`v_certificateError_hint_${hint}`));
    lines.push(t('v_certificateError_why'), t('v_certificateError_check'), t('v_certificateError_never'), t('v_certificateError_contact'));
    const help = pack.support?.resetPortal;
    if (help) lines.push(t('v_certificateError_help', localize(help.name, lang), help.url.value));
    lines.push(...failureCodeLines(t, failure));
    return { headline: t('v_certificateError_headline', siteName(portal, lang, failure.host)), lines };
  },
});
