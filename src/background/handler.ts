/**
 * Answers the popup, the guide and the content script, and turns login-journey
 * events into verdicts. Every input it needs comes through `deps`, so it runs
 * the same in the worker and in unit tests.
 */
import { resolveLang, type Lang, type LangSetting } from '../i18n/lang';
import type { Feature } from '../policy/managed-schema';
import type { InstitutionView } from '../policy/view';
import { t } from '../strings';
import { fold, type Journey, type JourneyEvent } from '../journey/tracker';
import { pageOf } from '../journey/events';
import { supportSummary } from '../journey/summary';
import type { Matcher } from '../match/types';
import { isUnderAny } from '../match/normalize';
import type { Request, ReplyTo, TabView } from '../messages';
import type { Pack } from '../rules/schema';
import type { JourneyFacts, PageSignals, TabFacts } from '../model/facts';
import { badgeText, showBadge, type ActionApi } from './badge';
import { coalescePerKey } from './coalesce';
import { reminderView } from './reminder';
import { forwardingGuardModel } from '../mail/guard-model';
import type { ClientInfo } from '../diagnostics/browser-age';
import { outdatedLine, browserAdvice } from '../diagnostics/browser-age';
import { diagnosticsView } from '../diagnostics/report';
import { runSelfCheck, selfCheckTargets, type SelfCheckDeps } from '../diagnostics/self-check';
import type { DiagnosticsStore } from './diagnostics-store';
import type { JourneyStore } from './journey-store';
import type { TabStore } from './tab-store';
import type { UserSettingsStore } from './user-settings';
import { bannerFor, factsFor, tabView, watchFor } from './views';
import { watchedSignals } from '../content/page-watch';

/** The configuration in force: the rules, and what the institution's policy decided. */
export interface Config {
  pack: Pack;
  matcher: Matcher;
  disabledFeatures?: readonly Feature[];
  /** The policy's language, which outranks the user's. */
  language?: LangSetting | undefined;
  assistanceUrl?: string | undefined;
}

/** A second call to the landing page's content script, for one that was not listening yet. */
const LATE_REFRESH_MS = 1_000;

const enabled = (cfg: Config, feature: Feature) => !cfg.disabledFeatures?.includes(feature);

export interface HandlerDeps {
  config(): Promise<Config>;
  tabs: TabStore;
  journeys: JourneyStore;
  settings: UserSettingsStore;
  action: ActionApi;
  uiLanguage(): string;
  /** The tab's URL when the browser lets us see it (academy hosts only). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Asks the tab's content script to report its page again (a journey just landed there). */
  refreshTab(tabId: number): Promise<void>;
  /** Told after each journey event whether a journey now runs in some tab (see `onLoadedOutside`). */
  journeysRunning?(running: boolean): void;
  diagnostics: DiagnosticsStore;
  /** Browser and system, read once per worker life. */
  client(): Promise<ClientInfo>;
  /** What the user-initiated self-check probes with (fetch without credentials). */
  probe: SelfCheckDeps;
  /** The options page's "Configuration de l'établissement". */
  institutionView(lang: Lang): Promise<InstitutionView>;
  version: string;
  now(): Date;
}

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

const cleanSignals = (s: Partial<PageSignals> | undefined): PageSignals => ({
  passwordField: s?.passwordField === true,
  inboxMarkers: s?.inboxMarkers === true,
});

/** The journey facts that apply to the page now shown: only a landed journey, and only on its landing page. */
export function journeyFacts(j: Journey | undefined, url: string): JourneyFacts | undefined {
  if (!j || j.phase !== 'landed' || !j.landing) return undefined;
  if (j.landing.page !== null && j.landing.page !== pageOf(url)) return undefined;
  return {
    path: fold(j.hosts),
    loginHost: j.hosts[j.loginAt] ?? j.hosts[0] ?? '',
    landingHost: j.landing.host,
    startedAt: j.startedAt,
    landedAt: j.landing.at,
  };
}

export function createHandler(deps: HandlerDeps) {
  async function lang(): Promise<Lang> {
    const [cfg, settings] = await Promise.all([deps.config(), deps.settings.read()]);
    return resolveLang(cfg.language ?? settings.language, deps.uiLanguage());
  }

  /** What the tab shows, from the page its content script reported (or the URL the browser lets us see) and its journey. */
  async function factsOfTab(tabId: number, matcher: Matcher): Promise<TabFacts> {
    return (await tabState(tabId, matcher)).facts;
  }

  /** The facts, and whether they are settled: reported by the page, or a failure, or a journey (not a bare URL mid-load). */
  async function tabState(tabId: number, matcher: Matcher): Promise<{ facts: TabFacts; settled: boolean }> {
    const [kept, journey, failure, shown] = await Promise.all([deps.tabs.get(tabId), deps.journeys.journey(tabId), deps.diagnostics.failure(tabId), deps.tabUrl(tabId)]);
    // A report stays where it was made: the extension does not follow tabs out of the academy, so
    // a tab that left the page since (for a site whose URL the browser hides from us) has none.
    const stored = kept && shown !== undefined && pageOf(kept.url) === pageOf(shown) ? kept : undefined;
    let url = stored?.url ?? shown ?? '';
    // A journey that left the academy landed where the browser hides the URL from us: describe that host.
    if (!url && journey?.phase === 'landed' && journey.landing && journey.landing.page === null) url = `https://${journey.landing.host}/`;
    // A failed load shows the browser's error page: describe the academy host that failed.
    const failed = failure && (!stored || stored.at <= failure.at) ? failure : undefined;
    if (failed && (!url || !url.startsWith('http'))) url = `https://${failed.host}/`;
    let facts: TabFacts = factsFor(matcher, url, stored?.signals);
    const j = journeyFacts(journey, url);
    if (j) facts = { ...facts, journey: j };
    if (failed) facts = { ...facts, failure: failed };
    return { facts, settled: !!stored || !!failed || !!j };
  }

  async function viewOf(facts: TabFacts, cfg: Config, l: Lang, receivedOn: string | undefined): Promise<TabView> {
    const { pack } = cfg;
    const view = tabView(facts, pack, l);
    const reminder = enabled(cfg, 'reminders') ? reminderView(pack, receivedOn, deps.now(), l) : null;
    const advice = browserAdvice(await deps.client(), pack);
    const summary = supportSummary({
      version: deps.version,
      packVersion: pack.packVersion,
      verdict: view.verdict,
      host: facts.classification.host,
      journey: facts.journey,
      now: deps.now(),
    });
    return {
      ...view,
      summary,
      ...(reminder ? { reminder: { state: reminder.state, line: reminder.line } } : {}),
      ...(advice ? { outdated: outdatedLine(advice, l) } : {}),
    };
  }

  async function paintBadge(tabId: number): Promise<void> {
    const [cfg, l, settings] = await Promise.all([deps.config(), lang(), deps.settings.read()]);
    const { pack, matcher } = cfg;
    const { facts, settled } = await tabState(tabId, matcher);
    const view = tabView(facts, pack, l);
    const reminder = enabled(cfg, 'reminders') ? reminderView(pack, settings.tempPasswordReceivedOn, deps.now(), l) : null;
    // The support report lists the last academy verdicts (hosts and ids only); a page still
    // loading, not yet reported, is not one.
    if (settled && facts.classification.academy && facts.classification.host)
      await deps.diagnostics.remember(facts.classification.host, view.verdict, deps.now().getTime(), facts.failure);
    const title = [`${t(l, 'extShortName')} : ${view.headline}`, ...(reminder ? [reminder.line] : [])].join('\n');
    // A warning about the page outranks the first-login reminder.
    await showBadge(deps.action, tabId, badgeText(view.severity) || (reminder?.badge ?? ''), title);
  }

  // Several events refresh one tab's badge at once (the landing's load, its page report, the
  // journey landing): the last write must come from the last read.
  const refreshBadge = coalescePerKey(paintBadge);

  /** The default badge of every tab: the first-login reminder, if any. */
  async function refreshDefaultBadge(): Promise<void> {
    const [cfg, l, settings] = await Promise.all([deps.config(), lang(), deps.settings.read()]);
    const reminder = enabled(cfg, 'reminders') ? reminderView(cfg.pack, settings.tempPasswordReceivedOn, deps.now(), l) : null;
    await showBadge(deps.action, undefined, reminder?.badge ?? '', [t(l, 'actionTitle'), ...(reminder ? [reminder.line] : [])].join('\n'));
  }

  async function handle<R extends Request>(req: R, sender: Sender): Promise<ReplyTo<R>> {
    type Out = ReplyTo<R>;
    switch (req.type) {
      case 'page': {
        const tabId = sender.tab?.id;
        const [cfg, l, settings] = await Promise.all([deps.config(), lang(), deps.settings.read()]);
        const { pack, matcher } = cfg;
        // The first report of a page is sent before the script knows what matters here: keep
        // only the signals this page is watched for.
        const watch = watchFor(factsFor(matcher, String(req.url)), pack);
        const signals = watchedSignals(cleanSignals(req.signals), watch);
        let facts = factsFor(matcher, String(req.url), signals);
        if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
          await deps.tabs.set(tabId, { url: facts.url, signals, at: deps.now().getTime() });
          const j = journeyFacts(await deps.journeys.journey(tabId), facts.url);
          if (j) facts = { ...facts, journey: j };
          await refreshBadge(tabId);
        }
        return {
          watch,
          banner: enabled(cfg, 'banner') ? bannerFor(facts, pack, l, new Set(Object.keys(settings.dismissed))) : null,
          forwardingGuard:
            enabled(cfg, 'forwarding-guard') && facts.classification.academy && facts.classification.portal?.id === pack.webmail.portal
              ? forwardingGuardModel(pack, l)
              : null,
        } as Out;
      }
      case 'login-submit': {
        const tabId = sender.tab?.id;
        const host = factsFor((await deps.config()).matcher, String(req.url)).classification;
        const now = deps.now().getTime();
        // The page's own time of submission, if plausible: the message may arrive after the load it started.
        const at = typeof req.at === 'number' && req.at <= now && req.at >= now - 60_000 ? req.at : now;
        if (tabId !== undefined && (sender.frameId ?? 0) === 0 && host.academy && host.host)
          await onJourneyEvent({ kind: 'login-submit', tabId, host: host.host, at });
        return { ok: true } as Out;
      }
      case 'dismiss':
        await deps.settings.dismiss(String(req.portal), deps.now());
        return { ok: true } as Out;
      case 'tab-view': {
        const [cfg, l, settings] = await Promise.all([deps.config(), lang(), deps.settings.read()]);
        return (await viewOf(await factsOfTab(req.tabId, cfg.matcher), cfg, l, settings.tempPasswordReceivedOn)) as Out;
      }
      case 'diagnostics-view': {
        const [cfg, l, client, recent] = await Promise.all([deps.config(), lang(), deps.client(), deps.diagnostics.recent()]);
        return diagnosticsView({
          pack: cfg.pack,
          lang: l,
          extensionVersion: deps.version,
          client,
          recent,
          selfCheck: enabled(cfg, 'self-check'),
          ...(cfg.assistanceUrl ? { assistanceUrl: cfg.assistanceUrl } : {}),
        }) as Out;
      }
      case 'self-check': {
        const cfg = await deps.config();
        if (!enabled(cfg, 'self-check')) throw new Error('the self-check is switched off by the institution');
        return (await runSelfCheck(selfCheckTargets(cfg.pack), deps.probe)) as Out;
      }
      case 'institution-view':
        return (await deps.institutionView(await lang())) as Out;
      case 'guide-view': {
        const [{ pack }, l, client] = await Promise.all([deps.config(), lang(), deps.client()]);
        const advice = browserAdvice(client, pack);
        return { lang: l, pack, ...(advice ? { outdated: outdatedLine(advice, l) } : {}) } as Out;
      }
      default:
        throw new Error(`unknown request ${JSON.stringify((req as { type?: unknown }).type)}`);
    }
  }

  /** Whether the extension says anything about this tab: a page report, a failure or a journey. */
  async function spokenOf(tabId: number): Promise<boolean> {
    const [page, failure, journey] = await Promise.all([deps.tabs.get(tabId), deps.diagnostics.failure(tabId), deps.journeys.journey(tabId)]);
    return !!page || !!failure || !!journey;
  }

  /**
   * An academy page finished loading. Firefox clears a tab's badge when its location changes, and
   * that may reach the toolbar after our last word on the new page: say it again for tabs we speak
   * about. (A tab that leaves for another site needs nothing: both browsers clear its badge.)
   */
  async function onTabLoaded(tabId: number): Promise<void> {
    if (await spokenOf(tabId)) await refreshBadge(tabId);
  }

  /**
   * A tab finished loading a page outside the academy while a journey runs in it: the journey
   * left the academy and landed there (the browser hides that page's URL from us).
   */
  async function onLoadedOutside(tabId: number): Promise<void> {
    const [j, { pack }] = await Promise.all([deps.journeys.journey(tabId), deps.config()]);
    const last = j?.phase === 'running' ? j.hosts[j.hosts.length - 1] : undefined;
    if (last && !isUnderAny(last, pack.academy.domains))
      await onJourneyEvent({ kind: 'complete', tabId, host: null, page: null, at: deps.now().getTime() });
  }

  /** Feeds the tracker; when a journey lands, the tab's badge and banner are brought up to date. */
  async function onJourneyEvent(event: JourneyEvent | null): Promise<void> {
    if (!event) return;
    await applyJourneyEvent(event);
    deps.journeysRunning?.(await deps.journeys.anyRunning());
  }

  async function applyJourneyEvent(event: JourneyEvent): Promise<void> {
    if (event.kind !== 'tab-removed' && !enabled(await deps.config(), 'journeys')) return;
    if (event.kind === 'tab-removed') {
      await Promise.all([deps.journeys.apply(event), deps.tabs.drop(event.tabId)]);
      return;
    }
    const landed = await deps.journeys.apply(event);
    if (landed) {
      await refreshBadge(event.tabId);
      await deps.refreshTab(event.tabId).catch(() => {});
      // The landing page's content script may not listen yet when the load completes: ask once more.
      setTimeout(() => void deps.refreshTab(event.tabId).catch(() => {}), LATE_REFRESH_MS);
    }
  }

  return { handle, refreshBadge, refreshDefaultBadge, onJourneyEvent, onTabLoaded, onLoadedOutside };
}
