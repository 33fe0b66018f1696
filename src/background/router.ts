/**
 * Answers the popup, the guide and the content script: one route per request type, in a table
 * that TypeScript checks is complete (a new request type without its route does not compile).
 */
import type { ClientInfo } from '../diagnostics/browser-age';
import { browserAdvice, outdatedLine } from '../diagnostics/browser-age';
import { diagnosticsView } from '../diagnostics/report';
import { runSelfCheck, selfCheckTargets, type SelfCheckDeps } from '../diagnostics/self-check';
import { localize, type Lang } from '../i18n/lang';
import { supportSummary } from '../journey/summary';
import { forwardingGuardModel } from '../mail/guard-model';
import type { Replies, Request, TabView } from '../messages';
import type { TabFacts } from '../model/facts';
import { featureEnabled } from '../policy/layers';
import type { InstitutionState } from '../policy/runtime';
import { institutionFooter } from '../policy/footer';
import { institutionView } from '../policy/view';
import { own } from '../own';
import type { DiagnosticsStore } from './diagnostics-store';
import { isMarkable } from './false-warnings';
import type { JourneyIntake } from './journey-intake';
import type { JourneyStore } from './journey-store';
import { reminderView } from './reminder';
import { cleanSignals, journeyFacts, type TabState } from './tab-state';
import type { TabStore } from './tab-store';
import type { UserSettingsStore } from './user-settings';
import { bannerFor, tabView } from './views';
import { factsFor, readPageReport } from '../page-report/read-report';
import { isConfirmed } from '../model/confidence';

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterDeps {
  config(): Promise<InstitutionState>;
  lang(): Promise<Lang>;
  settings: UserSettingsStore;
  tabs: TabStore;
  journeys: JourneyStore;
  state: TabState;
  intake: JourneyIntake;
  diagnostics: DiagnosticsStore;
  refreshBadge(tabId: number): Promise<void>;
  /** The user's settings changed what a page is told: every academy tab's badge and banner again. */
  retellAcademyTabs(): Promise<void>;
  client(): Promise<ClientInfo>;
  /** Whether the extension may reach every academy site (the user can withhold it: `permissions.contains`). */
  siteAccess(): Promise<boolean>;
  /** A page asks for its content script (Firefox): it gets it now. */
  pageScriptAsked(tabId: number): void;
  /** The language changed: the toolbar's default title, then every academy tab, in it. */
  languageChanged(): Promise<void>;
  probe: SelfCheckDeps;
  version: string;
  now(): Date;
}

type Route<K extends Request['type']> = (req: Extract<Request, { type: K }>, sender: Sender, deps: RouterDeps) => Promise<Replies[K]>;

type AnyRoute = (req: Request, sender: Sender, deps: RouterDeps) => Promise<unknown>;

/** A report from the tab's own page, not from one of its frames. */
const topFrameTab = (sender: Sender): number | undefined => ((sender.frameId ?? 0) === 0 ? sender.tab?.id : undefined);

async function popupView(facts: TabFacts, deps: RouterDeps): Promise<TabView> {
  const [cfg, l, settings, client, access] = await Promise.all([deps.config(), deps.lang(), deps.settings.read(), deps.client(), deps.siteAccess()]);
  const view = tabView(facts, cfg.pack, l, settings.falseWarnings);
  const institution = institutionFooter(cfg.managed.values);
  const reminder = featureEnabled(cfg, 'reminders') ? reminderView(cfg.pack, settings.tempPasswordReceivedOn, deps.now(), l) : null;
  const advice = browserAdvice(client, cfg.pack);
  const summary = supportSummary({
    version: deps.version,
    packVersion: cfg.pack.packVersion,
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
    ...(access ? {} : { siteAccess: 'withheld' as const }),
    ...(institution ? { institution } : {}),
  };
}

const routes: { [K in Request['type']]: Route<K> } = {
  async page(req, sender, deps) {
    const tabId = topFrameTab(sender);
    const [cfg, l, settings] = await Promise.all([deps.config(), deps.lang(), deps.settings.read()]);
    // The journey is read once the configuration is in: a navigation event heard meanwhile waits
    // for it too, and is queued first in the journey store, so the tab's way here is up to date.
    const [journey, cameFrom] = tabId === undefined ? [undefined, []] : await Promise.all([deps.journeys.journey(tabId), deps.journeys.cameFrom(tabId)]);
    const { pack, matcher } = cfg;
    const read = readPageReport(pack, matcher, String(req.url), cleanSignals(req.signals), cameFrom);
    const { watch } = read;
    let facts = read.facts;
    if (tabId !== undefined) {
      await deps.tabs.set(tabId, { url: facts.url, signals: facts.signals, at: deps.now().getTime(), ...(facts.towardMailbox ? { towardMailbox: true as const } : {}) });
      const j = journeyFacts(journey, facts.url);
      if (j) facts = { ...facts, journey: j };
      await deps.refreshBadge(tabId);
    }
    return {
      watch,
      banner: featureEnabled(cfg, 'banner') ? bannerFor(facts, pack, l, new Set(Object.keys(settings.dismissed)), settings.falseWarnings, institutionFooter(cfg.managed.values)) : null,
      forwardingGuard:
        featureEnabled(cfg, 'forwarding-guard') && facts.classification.academy && facts.classification.portal?.id === pack.webmail.portal
          ? forwardingGuardModel(pack, l)
          : null,
    };
  },
  async 'page-script'(_req, sender, deps) {
    const tabId = topFrameTab(sender);
    if (tabId !== undefined) deps.pageScriptAsked(tabId);
    return { ok: true };
  },
  async 'login-submit'(req, sender, deps) {
    const tabId = topFrameTab(sender);
    const host = factsFor((await deps.config()).matcher, String(req.url)).classification;
    const now = deps.now().getTime();
    // The page's own time of submission, if plausible: the message may arrive after the load it started.
    const at = typeof req.at === 'number' && req.at <= now && req.at >= now - 60_000 ? req.at : now;
    if (tabId !== undefined && host.academy && host.host) await deps.intake.onEvent({ kind: 'login-submit', tabId, host: host.host, at });
    return { ok: true };
  },
  async dismiss(req, _sender, deps) {
    // Only a site of the pack in force is kept (its id), never whatever a message carries.
    const portal = String(req.portal);
    if (!(await deps.config()).pack.portals.some((p) => p.id === portal)) throw new Error('not a site of the rules pack');
    await deps.settings.dismiss(portal, deps.now());
    return { ok: true };
  },
  async 'false-warning'(req, _sender, deps) {
    // Only what a page can be told and the user can be wrong-footed by: an academy host, a
    // warning resting on the pack's facts. Anything else is refused, never stored.
    const { host, academy } = (await deps.config()).matcher.classify(`https://${String(req.host)}/`);
    if (!academy || !host || host !== String(req.host).toLowerCase()) throw new Error('not an academy site');
    if (!isMarkable(String(req.verdict))) throw new Error('not a warning that can be marked wrong');
    await deps.settings.markWrong(host, String(req.verdict), deps.now());
    await deps.retellAcademyTabs();
    return { ok: true };
  },
  async 'restore-warning'(req, _sender, deps) {
    await deps.settings.restoreWarning(String(req.host), String(req.verdict));
    await deps.retellAcademyTabs();
    return { ok: true };
  },
  async 'tab-view'(req, _sender, deps) {
    const cfg = await deps.config();
    return popupView((await deps.state.read(req.tabId, cfg.matcher)).facts, deps);
  },
  async 'diagnostics-view'(_req, _sender, deps) {
    const [cfg, l, client, recent, settings] = await Promise.all([deps.config(), deps.lang(), deps.client(), deps.diagnostics.recent(), deps.settings.read()]);
    return diagnosticsView({
      pack: cfg.pack,
      lang: l,
      extensionVersion: deps.version,
      client,
      recent,
      falseWarnings: settings.falseWarnings,
      selfCheck: featureEnabled(cfg, 'self-check'),
      ...(cfg.assistanceUrl ? { assistanceUrl: cfg.assistanceUrl } : {}),
    });
  },
  async 'self-check'(_req, _sender, deps) {
    const cfg = await deps.config();
    if (!featureEnabled(cfg, 'self-check')) throw new Error('the self-check is switched off by the institution');
    return runSelfCheck(selfCheckTargets(cfg.pack), deps.probe);
  },
  async 'first-run-view'(_req, _sender, deps) {
    const [cfg, l, settings, access] = await Promise.all([deps.config(), deps.lang(), deps.settings.read(), deps.siteAccess()]);
    return {
      lang: l,
      webmailUrl: cfg.pack.webmail.url.value,
      webmailConfirmed: isConfirmed(cfg.pack.webmail.url),
      language: settings.language,
      languageByPolicy: cfg.language !== undefined,
      ...(access ? {} : { siteAccess: 'withheld' as const }),
    };
  },
  async 'set-language'(req, _sender, deps) {
    await deps.settings.setLanguage(String(req.language));
    await deps.languageChanged();
    return { ok: true };
  },
  async 'institution-view'(_req, _sender, deps) {
    const [cfg, l] = await Promise.all([deps.config(), deps.lang()]);
    return institutionView(cfg, l);
  },
  async 'guide-view'(_req, _sender, deps) {
    const [{ pack, matcher }, l, client, settings] = await Promise.all([deps.config(), deps.lang(), deps.client(), deps.settings.read()]);
    const advice = browserAdvice(client, pack);
    const site = (host: string) => {
      const portal = matcher.classify(`https://${host}/`).portal;
      return portal ? localize(portal.name, l) : null;
    };
    return {
      lang: l,
      pack,
      ...(advice ? { outdated: outdatedLine(advice, l) } : {}),
      falseWarnings: settings.falseWarnings.map((w) => ({ ...w, site: site(w.host) })),
    };
  },
};

export function router(deps: RouterDeps) {
  return async function handle<R extends Request>(req: R, sender: Sender): Promise<Replies[R['type']]> {
    // Messages come from other scripts: an unknown type is answered with an error, not a crash.
    const route = own(routes, req.type) as AnyRoute | undefined;
    if (!route) throw new Error(`unknown request ${JSON.stringify((req as { type?: unknown }).type)}`);
    return route(req, sender, deps) as Promise<Replies[R['type']]>;
  };
}
