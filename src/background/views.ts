/** Pure builders of what the popup, the banner and the guide are given. */
import { formatDay, localize, type Lang } from '../i18n/lang';
import { catalogTranslator } from '../catalog';
import { translator } from '../strings';
import type { BannerModel, InstitutionFooter, PortalView, TabView } from '../messages';
import type { Pack, Portal } from '../rules/schema';
import type { FalseWarning } from '../diagnostics/false-warnings';
import { judgeVerdict, tell } from '../verdicts';
import { credentialsSentence, mailboxSentence } from '../verdicts/describe';
import { isConfirmed } from '../model/confidence';
import type { TabFacts } from '../model/facts';
import { markable, resolveHeard } from './false-warnings';


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

/** `wrong`: the warnings the user marked wrong (user settings), silenced on their site. */
export function tabView(facts: TabFacts, pack: Pack, lang: Lang, wrong: readonly FalseWarning[] = []): TabView {
  const { verdict, silenced } = resolveHeard(facts, pack, wrong);
  const judged = judgeVerdict(verdict, facts, pack);
  const t = catalogTranslator(lang);
  const told = tell(judged, 'popup', facts, pack, lang, t);
  const portal = facts.classification.portal;
  const host = facts.classification.host;
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
    ...(host && facts.classification.academy && markable(verdict) && judged.severity === 'warning' ? { markable: { host, verdict: verdict.id } } : {}),
    ...(silenced ? { markedWrong: { ...silenced, line: t('popup_markedWrong', formatDay(silenced.on, lang)) } } : {}),
  };
}

/** `institution`: the footer the policy sets (`institutionFooter`), if any. */
export function bannerFor(
  facts: TabFacts,
  pack: Pack,
  lang: Lang,
  dismissed: ReadonlySet<string>,
  wrong: readonly FalseWarning[] = [],
  institution?: InstitutionFooter,
): BannerModel | null {
  const { verdict } = resolveHeard(facts, pack, wrong);
  const portal = facts.classification.portal;
  const host = facts.classification.host;
  if (!portal || !host || dismissed.has(portal.id)) return null;
  const told = tell(judgeVerdict(verdict, facts, pack), 'banner', facts, pack, lang, catalogTranslator(lang));
  if (!told) return null;
  const t = translator(lang);
  return {
    verdict: verdict.id,
    portal: portal.id,
    host,
    lang,
    label: t('banner_label'),
    headline: told.headline,
    lines: told.lines,
    webmailUrl: pack.webmail.url.value,
    actionLabel: t('openWebmail'),
    dismissLabel: t('banner_dismiss'),
    closeLabel: t('banner_close'),
    ...(markable(verdict) ? { wrongLabel: t('ui_falseWarning') } : {}),
    ...(institution ? { institution } : {}),
  };
}
