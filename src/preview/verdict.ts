/**
 * The verdict a typed URL would get under a draft pack, from the functions the background uses:
 * the draft's matcher classifies the address as it would be kept (redacted, only the query pairs
 * the patterns name), the page reports only the signals it would be watched for there, and the
 * verdicts resolve, judge and tell it as the popup would. Nothing here reaches the background.
 *
 * « A login started there » is a synthetic journey: the page sent a form with a password field
 * and the tab stopped, straight after, on the webmail's inbox, on the same page (asking for the
 * password again), or on another page the user names. The tracker's redirects and timings are
 * left out: only where the login started and where it landed.
 */
import { readPageReport } from '../page-report/read-report';
import { catalogTranslator } from '../catalog';
import type { Lang } from '../i18n/lang';
import { webHost } from '../match/normalize';
import { towardMailbox } from '../match/toward-mailbox';
import type { Classification } from '../match/types';
import type { JourneyFacts, PageSignals, Severity, TabFacts } from '../model/facts';
import { webmailInboxMarkers } from '../rules/webmail';
import { judge, tell } from '../verdicts';
import type { Draft } from './draft';

/** Where a login started on the page lands. */
export type LoginOutcome = 'none' | 'inbox' | 'same' | 'other';

export interface PreviewAsk {
  url: string;
  /** The page shows a password field. */
  passwordField: boolean;
  login: LoginOutcome;
  /** For `other`: the page the login landed on. */
  landingUrl?: string;
}

export interface PreviewVerdict {
  verdict: string;
  severity: Severity;
  /** Every site fact the verdict asserts is sure (else its hint is told). */
  sure: boolean;
  headline: string;
  lines: string[];
  /** The page would show the banner (unless the institution turned banners off or the user dismissed it). */
  banner: boolean;
  /** What the draft's matcher says of the page the verdict is about. */
  page: { url: string; academy: boolean; host: string | null; portal: string | null; role: string };
  /** The page's password field, as the background would hear it (only where it is watched). */
  passwordHeard: boolean;
}

/** An address a page can have (http or https, a host within DNS limits): what the landing box asks for. */
export const isWebAddress = (url: string): boolean => webHost(url) !== null;

/** Why no login can start on the page, or null when one can. */
export type NoLogin = 'not-academy' | 'no-password' | null;

/** The background hears a login only on an academy page, from a form holding a password field. */
export function noLogin(draft: Draft, ask: Pick<PreviewAsk, 'url' | 'passwordField'>): NoLogin {
  if (!draft.matcher.classify(ask.url).academy) return 'not-academy';
  return ask.passwordField ? null : 'no-password';
}

/** A page as its content script would report it, and as the background would keep it (a tab with no journey yet). */
const pageFacts = ({ pack, matcher }: Draft, url: string, seen: PageSignals): TabFacts => readPageReport(pack, matcher, url, seen, []).facts;

/** A login that went straight from `from` to the landing page (hosts only, as the tracker keeps them). */
function journey(from: Classification, landing: Classification): JourneyFacts | undefined {
  if (!from.host || !landing.host) return undefined;
  const path = from.host === landing.host ? [from.host] : [from.host, landing.host];
  return { path, loginHost: from.host, landingHost: landing.host, startedAt: 0, landedAt: 0 };
}

/** The facts of the page the verdict is about: the typed page, or where a login started there landed. */
export function previewFacts(draft: Draft, ask: PreviewAsk): TabFacts {
  const here = pageFacts(draft, ask.url, { passwordField: ask.passwordField, inboxMarkers: false });
  if (ask.login === 'none' || noLogin(draft, ask) !== null) return here;
  const { pack, matcher } = draft;
  let landing: TabFacts;
  if (ask.login === 'same') landing = here;
  else if (ask.login === 'inbox') {
    // The inbox as the content script sees it: the pack's inbox markers, when it names any.
    landing = pageFacts(draft, pack.webmail.url.value, { passwordField: false, inboxMarkers: webmailInboxMarkers(pack).length > 0 });
  } else {
    const to = ask.landingUrl ?? '';
    // Outside the academy the browser hides the address from the extension: only the host is known.
    const host = webHost(to);
    landing = matcher.classify(to).academy || !host ? pageFacts(draft, to, { passwordField: false, inboxMarkers: false }) : pageFacts(draft, `https://${host}/`, { passwordField: false, inboxMarkers: false });
    // The tab came from the login page: a page reached from the webmail is on its way back there.
    if (towardMailbox(to, pack, [here.classification.host ?? ''])) landing = { ...landing, towardMailbox: true };
  }
  const j = journey(here.classification, landing.classification);
  return j ? { ...landing, journey: j } : landing;
}

/** The verdict, told as the popup tells it, in `lang`. */
export function previewVerdict(draft: Draft, ask: PreviewAsk, lang: Lang): PreviewVerdict {
  const { pack } = draft;
  const facts = previewFacts(draft, ask);
  const judged = judge(facts, pack);
  const t = catalogTranslator(lang);
  const told = tell(judged, 'popup', facts, pack, lang, t);
  const c = facts.classification;
  return {
    verdict: judged.verdict.id,
    severity: judged.severity,
    sure: judged.sure,
    headline: told.headline,
    lines: told.lines,
    banner: c.portal !== null && c.host !== null && tell(judged, 'banner', facts, pack, lang, t) !== null,
    page: { url: facts.url, academy: c.academy, host: c.host, portal: c.portal?.id ?? null, role: c.role },
    passwordHeard: facts.signals.passwordField,
  };
}
