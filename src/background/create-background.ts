/**
 * The background, put together: the institution's configuration, the stores, and the parts that
 * each do one job (routing, tab state, badge, journey intake, slow loads, connection diagnostics,
 * the page script). The worker and the unit tests both build it here, from a `Platform`; the
 * browser's events reach it through `listeners*.ts`.
 */
import { slowLoadMs } from '../diagnostics/load-timer';
import { commitEvent, completeEvent, redirectEvent, startEvent, submitEvent, type CommittedDetails, type RedirectDetails, type RequestDetails } from '../journey/events';
import type { NavigationDetails } from '../diagnostics/load-timer';
import type { NavigationErrorDetails, RequestErrorDetails } from '../diagnostics/errors';
import { RECEIVED_ON_KEY } from '../identity/reminder';
import { isUnderAny, webHost } from '../match/normalize';
import { matchesPagePattern } from '../match/page-pattern';
import { REFRESH_ALARM } from '../policy/hosted-pack';
import { institution } from '../policy/runtime';
import type { Pack } from '../rules/schema';
import { t } from '../strings';
import { badges } from './badge';
import { connectionDiagnostics } from './connection-diagnostics';
import { diagnosticsStore } from './diagnostics-store';
import { firstRun } from './first-run';
import { journeyIntake } from './journey-intake';
import { journeyStore } from './journey-store';
import { languageOf } from './language';
import { omniboxSuggestions, omniboxTarget, type Suggestion } from './omnibox';
import { doorFilters, heardByFilters } from './nav-filters';
import { pageScriptInjector } from './page-script';
import type { Platform } from './platform';
import { router } from './router';
import { slowLoadWatch } from './slow-loads';
import { tabState } from './tab-state';
import { tabStore } from './tab-store';
import { userSettings } from './user-settings';

/** Whether a URL is one of the pack's login endpoints (where a form posts its credentials). */
const loginEndpointOf = (pack: Pack) => (url: string) => {
  try {
    const parsed = new URL(url);
    return (pack.loginEndpoints?.value ?? []).some((p) => matchesPagePattern(parsed, p));
  } catch {
    return false;
  }
};

/** When Firefox's error page has taken the tab: its badge is said again then. */
export const ERROR_PAGE_RETELL_MS = 1_000;

export function createBackground(platform: Platform, bundled: Pack) {
  const { clock } = platform;
  const now = () => new Date(clock.now());
  // The rules in force: bundled pack < centrally hosted pack (policy `rulesUrl`) < managed settings.
  const policy = institution({
    bundled,
    readManaged: platform.readManaged,
    local: platform.local,
    fetch: platform.fetch,
    now,
    schedule: (when) => void platform.alarms.create(REFRESH_ALARM, when.getTime()),
    unschedule: () => void platform.alarms.clear(REFRESH_ALARM),
  });
  const config = () => policy.config();
  const refreshPolicy = () => policy.refresh().catch((e: unknown) => console.error('[aiguilleur] hosted pack refresh', e));
  const settings = userSettings(platform.local);
  const tabs = tabStore(platform.session);
  const journeys = journeyStore(platform.session);
  const diagnostics = diagnosticsStore(platform.session, platform.local, async () => slowLoadMs((await config()).pack));
  const lang = languageOf(config, settings, platform.uiLanguage);
  const state = tabState({ tabs, journeys, diagnostics, tabUrl: async (tabId) => (await platform.tabs.get(tabId))?.url });
  const badge = badges({ config, lang, settings, state, action: platform.action, now, shown: (host, verdict, at, failure) => diagnostics.remember(host, verdict, at, failure) });
  const refreshBadge = badge.refresh;
  const intake = journeyIntake({ config, journeys, tabs, refreshBadge, refreshTab: platform.tabs.refresh, clock });
  // Open academy tabs are told again: the badge now, the banner by the page's own new report.
  const retellAcademyTabs = async () => {
    const open = await platform.tabs.academy();
    await Promise.all(open.map(({ id }) => (id === undefined ? undefined : Promise.all([refreshBadge(id), platform.tabs.refresh(id).catch(() => {})]))));
  };
  const languageChanged = async () => {
    await badge.refreshDefault();
    await retellAcademyTabs();
  };
  const handle = router({ config, lang, settings, tabs, journeys, state, intake, diagnostics, refreshBadge, retellAcademyTabs, languageChanged, siteAccess: platform.siteAccess, pageScriptAsked: (tabId) => pageScript.asked(tabId), client: platform.client, probe: platform.probe, version: platform.version, now });
  const slowLoads = slowLoadWatch({ loads: diagnostics, tab: platform.tabs.get, alarms: platform.alarms, clock, slow: refreshBadge, browser: platform.browser });
  const isAcademyHost = (host: string) => isUnderAny(host, bundled.academy.domains);
  const isDoorHost = heardByFilters(doorFilters(bundled));
  const connection = connectionDiagnostics({ browser: platform.browser, diagnostics, isAcademyHost, refreshBadge, checkSlowLoads: slowLoads.check });
  const pageScript = pageScriptInjector({ inject: platform.inject, setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout });
  const isAcademyPage = (url: string) => isAcademyHost(webHost(url) ?? '');
  const quietly = (p: Promise<unknown>) => void p.catch(() => {});

  /**
   * An academy page finished loading. Firefox clears a tab's badge when its location changes, and
   * that may reach the toolbar after our last word on the new page: say it again for tabs we speak
   * about. (A tab that leaves for another site needs nothing: both browsers clear its badge.)
   */
  async function onTabLoaded(tabId: number): Promise<void> {
    if (await state.spokenOf(tabId)) await refreshBadge(tabId);
  }

  const welcome = firstRun({
    readManaged: platform.readManaged,
    clock,
    open: () => platform.tabs.open(new URL('first-run.html', platform.guideUrl).href, 'newForegroundTab'),
  });

  const started = () => {
    void badge.refreshDefault();
    void refreshPolicy();
    quietly(platform.tabs.academy().then((open) => pageScript.openTabs(open)));
    quietly(platform.tabs.loading().then((loading) => connection.loadingUnheard(loading, isDoorHost, clock.now())));
  };
  // A worker woken for an event may have been stopped while a load was pending.
  void slowLoads.check();

  return {
    handle,
    onJourneyEvent: intake.onEvent,
    onLoadedOutside: intake.onLoadedOutside,
    followRunning: intake.followRunning,
    refreshBadge,
    refreshDefaultBadge: badge.refreshDefault,
    onTabLoaded,
    tabs,
    settings,

    // The browser's events, as the listeners hand them over.
    started,
    /** `runtime.onInstalled`: an install or an update; an install opens the first-run page (first-run.ts). */
    installed(reason: string): void {
      started();
      welcome.installed(reason)?.catch((e: unknown) => console.error('[aiguilleur] first-run page', e));
    },
    /** A commit on the mailbox's doors (always heard), or anywhere while a journey runs (`followLandings`). */
    committed(d: CommittedDetails): void {
      void intake.onEvent(commitEvent(d));
      if (d.frameId === 0) {
        if (isAcademyPage(d.url)) pageScript.committed(d.tabId);
        else pageScript.forget(d.tabId);
      }
    },
    /** A commit heard while a journey runs: where the journey went, unless the doors' listener heard it already. */
    committedOutside(d: CommittedDetails, heardAnyway: (host: string) => boolean): void {
      const host = webHost(d.url);
      if (host && !heardAnyway(host)) this.committed(d);
    },
    beforeNavigate(d: CommittedDetails & NavigationDetails): void {
      void intake.onEvent(startEvent(d));
      void connection.navigationStarted(d);
    },
    /** A load's end heard while a journey runs (Firefox: the doors' only otherwise), unless the filtered listener heard it. */
    completedOutside(d: CommittedDetails & NavigationDetails, heardAnyway: (host: string) => boolean): void {
      const host = webHost(d.url);
      if (host && !heardAnyway(host) && isAcademyPage(d.url)) this.completed(d);
    },
    /**
     * An academy page's document is parsed; its load may go on (images, scripts). A page still
     * loading a moment later gets the script then: the banner must come before anyone types.
     */
    domReady(d: CommittedDetails): void {
      if (d.frameId === 0 && isAcademyPage(d.url)) pageScript.committed(d.tabId);
    },
    /**
     * An academy page's load is over (every academy host is heard here; most only here). The
     * journey hears it first, so that the page's report, which the injected script sends, finds
     * the tab's chain settled (the page came from the webmail, or not).
     */
    completed(d: CommittedDetails & NavigationDetails): void {
      const heard = intake.onEvent(completeEvent(d));
      if (d.frameId === 0 && isAcademyPage(d.url)) {
        // Firefox's pages ask for the script themselves, after the load (build/page-script-ask.ts).
        if (platform.browser === 'chromium') quietly(heard.finally(() => pageScript.completed(d.tabId)));
        quietly(onTabLoaded(d.tabId));
      }
      void connection.navigationCompleted(d);
    },
    loadedOutside(tabId: number): void {
      quietly(intake.onLoadedOutside(tabId));
    },
    navigationError(d: NavigationErrorDetails): void {
      void connection.navigationFailed(d);
      // Firefox clears a tab's badge when its error page takes the tab's location, which may reach
      // the toolbar after our word: say it again a moment later (its load's end is not heard).
      if (platform.browser === 'firefox' && d.frameId === 0) clock.setTimeout(() => quietly(onTabLoaded(d.tabId)), ERROR_PAGE_RETELL_MS);
    },
    // Firefox only: webRequest's redirect hops, requests to login endpoints, and request errors.
    redirected(d: RedirectDetails): void {
      void intake.onEvent(redirectEvent(d));
    },
    /** Firefox: a request for a door's page, held for the worker (listeners-firefox.ts says why). */
    doorRequested(d: RequestDetails): void {
      // A request outside any tab (tabId -1) has no load to tell.
      if (d.tabId >= 0) void connection.startedUnlessTimed({ tabId: d.tabId, frameId: 0, url: d.url, timeStamp: d.timeStamp });
    },
    loginRequest(d: RequestDetails): void {
      void config().then(({ pack }) => intake.onEvent(submitEvent(d, loginEndpointOf(pack), false)));
    },
    requestError(d: RequestErrorDetails): void {
      void connection.requestFailed(d);
    },
    /** The user gave back (or took) the academy's sites: open academy tabs get their script and are told again. */
    siteAccessChanged(): void {
      quietly(platform.tabs.academy().then((open) => pageScript.openTabs(open)));
      quietly(retellAcademyTabs());
    },
    tabRemoved(tabId: number): void {
      void intake.onEvent({ kind: 'tab-removed', tabId, at: clock.now() });
      pageScript.forget(tabId);
      void connection.forget(tabId);
    },
    storageChanged(changes: Record<string, unknown>, area: string): void {
      // The first-login reminder: its day was recorded or cleared.
      if (area === 'local' && RECEIVED_ON_KEY in changes) void badge.refreshDefault();
      // Managed values can appear seconds after start-up: apply them whenever they change.
      if (area === 'managed') {
        policy.invalidate();
        void refreshPolicy().then(() => badge.refreshDefault());
      }
    },
    alarm(name: string): void {
      slowLoads.onAlarm(name);
      if (name === REFRESH_ALARM) void refreshPolicy();
    },
    omnibox: {
      defaultSuggestion: async (): Promise<string> => t(await lang(), 'omnibox_default'),
      suggestions: async (text: string): Promise<Suggestion[]> => {
        const [{ pack }, l] = await Promise.all([config(), lang()]);
        return omniboxSuggestions(pack, l, text, platform.guideUrl);
      },
      /** Enter: opens where the text points (a suggestion, else the webmail). */
      open: async (text: string, disposition: Parameters<Platform['tabs']['open']>[1]): Promise<void> => {
        const [{ pack }, l] = await Promise.all([config(), lang()]);
        await platform.tabs.open(omniboxTarget(pack, l, text, platform.guideUrl), disposition);
      },
    },
  };
}
export type Background = ReturnType<typeof createBackground>;
