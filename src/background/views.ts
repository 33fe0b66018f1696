/** Pure builders of what the popup, the banner and the guide are given. */
import { localize, type Lang } from '../i18n/lang';
import { catalogTranslator } from '../catalog';
import { translator } from '../strings';
import type { Matcher } from '../match/types';
import type { BannerModel, PageReply, PortalView, TabView } from '../messages';
import type { Pack, Portal } from '../rules/schema';
import { webmailInboxMarkers } from '../rules/webmail';
import { judge, tell } from '../verdicts';
import { credentialsSentence, mailboxSentence } from '../verdicts/describe';
import { isConfirmed } from '../model/confidence';
import type { PageSignals, TabFacts } from '../model/facts';

export const NO_SIGNALS: PageSignals = Object.freeze({ passwordField: false, inboxMarkers: false });

export const factsFor = (matcher: Matcher, url: string, signals: PageSignals = NO_SIGNALS): TabFacts => ({
  url,
  classification: matcher.classify(url),
  signals,
});

export function portalView(portal: Portal, lang: Lang): PortalView {
  const t = catalogTranslator(lang);
  return {
    id: portal.id,
    kind: portal.kind,
    name: localize(portal.name, lang),
    role: localize(portal.role, lang),
    credentials: {
      value: portal.sharesAcademicCredentials.value,
      confirmed: isConfirmed(portal.sharesAcademicCredentials),
      sentence: credentialsSentence(t, portal),
    },
    mailbox: {
      value: portal.hasMailbox.value,
      confirmed: isConfirmed(portal.hasMailbox),
      sentence: mailboxSentence(t, portal),
    },
  };
}

export function tabView(facts: TabFacts, pack: Pack, lang: Lang): TabView {
  const judged = judge(facts, pack);
  const told = tell(judged, 'popup', facts, pack, lang, catalogTranslator(lang));
  const portal = facts.classification.portal;
  return {
    lang,
    verdict: judged.verdict.id,
    severity: judged.severity,
    ...(judged.sure ? {} : { hint: true as const }),
    headline: told.headline,
    lines: told.lines,
    host: facts.classification.host,
    portal: portal ? portalView(portal, lang) : null,
    webmailUrl: pack.webmail.url.value,
    webmailConfirmed: isConfirmed(pack.webmail.url),
    ...(facts.journey ? { journeyPath: facts.journey.path } : {}),
  };
}

/** What the content script must watch for on this page: only what could change the verdict. */
export function watchFor(facts: TabFacts, pack: Pack): PageReply['watch'] {
  const portal = facts.classification.portal;
  if (!facts.classification.academy || !portal) return { passwordField: false, inboxMarkers: [] };
  const isWebmail = portal.id === pack.webmail.portal;
  return {
    passwordField: isWebmail || !portal.hasMailbox.value,
    inboxMarkers: isWebmail ? webmailInboxMarkers(pack) : [],
  };
}

export function bannerFor(facts: TabFacts, pack: Pack, lang: Lang, dismissed: ReadonlySet<string>): BannerModel | null {
  const judged = judge(facts, pack);
  const verdict = judged.verdict;
  const portal = facts.classification.portal;
  if (!portal || dismissed.has(portal.id)) return null;
  const told = tell(judged, 'banner', facts, pack, lang, catalogTranslator(lang));
  if (!told) return null;
  const t = translator(lang);
  return {
    verdict: verdict.id,
    portal: portal.id,
    lang,
    label: t('banner_label'),
    headline: told.headline,
    lines: told.lines,
    webmailUrl: pack.webmail.url.value,
    actionLabel: t('openWebmail'),
    dismissLabel: t('banner_dismiss'),
  };
}
