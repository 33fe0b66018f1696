import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandler, type Sender } from '../src/background/handler';
import { journeyStore } from '../src/background/journey-store';
import { heardByFilters, loginRequestUrls, navigationFilters } from '../src/background/nav-filters';
import { omniboxSuggestions, omniboxTarget } from '../src/background/omnibox';
import { pageScriptInjector } from '../src/background/page-script';
import { tabStore } from '../src/background/tab-store';
import { userSettings } from '../src/background/user-settings';
import { resolveLang } from '../src/i18n/lang';
import { RECEIVED_ON_KEY } from '../src/identity/reminder';
import { t } from '../src/strings';
import { commitEvent, completeEvent, redirectEvent, startEvent, submitEvent, webHost, type CommittedDetails } from '../src/journey/events';
import { matchesPagePattern } from '../src/match/page-pattern';
import { isUnderAny } from '../src/match/normalize';
import type { RefreshMessage, Request } from '../src/messages';
import { bundledPack } from '../src/rules/bundled';
import { contentScriptMatches } from '../src/match/manifest-matches';
import { institution } from '../src/policy/runtime';
import { REFRESH_ALARM } from '../src/policy/hosted-pack';
import { institutionView } from '../src/policy/view';
import { diagnosticsStore } from '../src/background/diagnostics-store';
import { collectClientInfo, type ClientEnv, type ClientInfo } from '../src/diagnostics/browser-age';
import { failureFromNavigationError, failureFromRequestError } from '../src/diagnostics/errors';
import { beforeNavigateEvent, loadEndedEvent, slowLoadMs } from '../src/diagnostics/load-timer';

// Wiring only. Every listener is registered synchronously at the top of main():
// a listener added after an await would miss the event that woke the worker.
// bench/page-load.ts's "listening floor" hears the same navigation and request events with
// the same filters (doing nothing): keep it in step when a listener is added or dropped here.
export default defineBackground(() => {
  // The rules in force: bundled pack < centrally hosted pack (policy `rulesUrl`) < managed settings.
  const policy = institution({
    bundled: bundledPack,
    readManaged: () => browser.storage.managed.get(),
    local: browser.storage.local,
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    schedule: (when) => void browser.alarms.create(REFRESH_ALARM, { when: when.getTime() }),
    unschedule: () => void browser.alarms.clear(REFRESH_ALARM),
  });
  const currentConfig = () => policy.config();
  const refreshPolicy = () => policy.refresh().catch((e: unknown) => console.error('[aiguilleur] hosted pack refresh', e));
  const settings = userSettings(browser.storage.local);
  const tabs = tabStore(browser.storage.session);
  const journeys = journeyStore(browser.storage.session);
  const diagnostics = diagnosticsStore(browser.storage.session, browser.storage.local, async () => slowLoadMs((await currentConfig()).pack));
  let client: Promise<ClientInfo> | undefined;
  const { handle, onJourneyEvent, refreshDefaultBadge, refreshBadge, onTabLoaded, onLoadedOutside } = createHandler({
    config: currentConfig,
    tabs,
    journeys,
    settings,
    action: browser.action,
    uiLanguage: () => browser.i18n.getUILanguage(),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    refreshTab: async (tabId) => void (await browser.tabs.sendMessage(tabId, { type: 'refresh' } satisfies RefreshMessage)),
    journeysRunning: followLandings,
    version: browser.runtime.getManifest().version,
    diagnostics,
    client: () => (client ??= collectClientInfo({ navigator: navigator as unknown as ClientEnv['navigator'], runtime: browser.runtime as ClientEnv['runtime'] })),
    probe: { fetch: (u, init) => fetch(u, init), online: () => navigator.onLine, now: Date.now },
    institutionView: async (l) => institutionView(await policy.config(), l),
    now: () => new Date(),
  });
  const guideUrl = () => browser.runtime.getURL('/options.html');
  const lang = async () => resolveLang((await currentConfig()).language ?? (await settings.read()).language, browser.i18n.getUILanguage());

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    handle(message as Request, sender).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });

  const isAcademyHost = (h: string) => isUnderAny(h, bundledPack.academy.domains);

  // Login journeys. Filters need the pack synchronously: the bundled one names the hosts.
  const url = navigationFilters(bundledPack);
  // The same hosts as webRequest's and Firefox's tabs filters take them (match patterns).
  const academyUrls = contentScriptMatches(bundledPack);
  const isHeardAnyway = heardByFilters(url);
  // Chromium: the content script is put into academy pages by this worker once they have loaded
  // (src/background/page-script.ts says why); Firefox declares it.
  const pageScript =
    import.meta.env.BROWSER === 'firefox'
      ? null
      : pageScriptInjector({
          inject: (tabId) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/academy.js'] }),
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
        });
  const isAcademyPage = (pageUrl: string) => isAcademyHost(webHost(pageUrl) ?? '');
  const injectIntoOpenTabs = async () => pageScript?.openTabs(await browser.tabs.query({ url: academyUrls }));
  browser.webNavigation.onCommitted.addListener((d) => {
    void onJourneyEvent(commitEvent(d));
    if (pageScript && d.frameId === 0) {
      if (isAcademyPage(d.url)) pageScript.committed(d.tabId);
      else pageScript.forget(d.tabId);
    }
  }, { url });
  // Firefox only (Chromium's build has no webRequest: the permission alone slows every site's loads):
  // each redirect hop, and logins posted by a script. Chromium tells a navigation's path by its
  // start and its commit, and a form login by the content script's report.
  if (import.meta.env.BROWSER === 'firefox') {
    browser.webRequest.onBeforeRedirect.addListener((d) => void onJourneyEvent(redirectEvent(d)), { urls: academyUrls, types: ['main_frame'] });
    browser.webRequest.onBeforeRequest.addListener(
      (d) => {
        void currentConfig().then(({ pack }) => {
          const isEndpoint = (u: string) => {
            try {
              const parsed = new URL(u);
              return pack.loginEndpoints.some((p) => matchesPagePattern(parsed, p));
            } catch {
              return false;
            }
          };
          return onJourneyEvent(submitEvent(d, isEndpoint, false));
        });
        return undefined;
      },
      // Only requests to the bundled pack's login endpoints reach the worker. An institution's pack
      // naming others: their form logins are still heard (the content script's `login-submit`).
      { urls: loginRequestUrls(bundledPack), types: ['main_frame', 'xmlhttprequest'] },
    );
  }
  // A journey that leaves the academy lands where the filtered listeners above do not hear. Hearing
  // every tab's loads would cost every site's pages a trip to this worker: only while a journey runs.
  function loadedOutside(tabId: number, change: { status?: string }) {
    if (change.status === 'complete') void onLoadedOutside(tabId).catch(() => {});
  }
  // Where it goes outside, only webNavigation says (no redirect events in Chromium, and no host
  // access there): commits elsewhere are heard, unfiltered, while a journey runs too.
  function committedOutside(d: CommittedDetails) {
    const host = webHost(d.url);
    if (host && !isHeardAnyway(host)) void onJourneyEvent(commitEvent(d));
  }
  function followLandings(running: boolean) {
    if (running === browser.tabs.onUpdated.hasListener(loadedOutside)) return;
    if (running) {
      browser.tabs.onUpdated.addListener(loadedOutside);
      browser.webNavigation.onCommitted.addListener(committedOutside);
    } else {
      browser.tabs.onUpdated.removeListener(loadedOutside);
      browser.webNavigation.onCommitted.removeListener(committedOutside);
    }
  }
  void journeys.anyRunning().then(followLandings); // a worker restarted mid-journey
  // The first-login reminder, and the institution's configuration: at start-up and on change.
  browser.runtime.onStartup.addListener(() => {
    void refreshDefaultBadge();
    void refreshPolicy();
    void injectIntoOpenTabs().catch(() => {});
  });
  browser.runtime.onInstalled.addListener(() => {
    void refreshDefaultBadge();
    void refreshPolicy();
    void injectIntoOpenTabs().catch(() => {});
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RECEIVED_ON_KEY in changes) void refreshDefaultBadge();
    // Managed values can appear seconds after start-up: apply them whenever they change.
    if (area === 'managed') {
      policy.invalidate();
      void refreshPolicy().then(() => refreshDefaultBadge());
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void onJourneyEvent({ kind: 'tab-removed', tabId, at: Date.now() });
    pageScript?.forget(tabId);
    void diagnostics.forget(tabId);
  });

  // Connection diagnostics: failed and never-ending academy loads.
  const BROWSER = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chromium';
  const SLOW_ALARM = 'aiguilleur-slow-loads';
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  let alarmTimer: ReturnType<typeof setTimeout> | undefined;
  let scheduledFor: number | null | undefined; // what the alarm is set for, in this worker's life
  // The timer is the precise path; the alarm wakes a worker that was stopped meanwhile (Chrome:
  // 30 s after its last event at the soonest). So the alarm can wait a few seconds, and a load
  // that ends by then (most do) never costs one: nothing is asked of the browser while pages load.
  const syncAlarm = async () => {
    alarmTimer = undefined;
    const next = await diagnostics.nextDueAt();
    if (next === scheduledFor) return;
    scheduledFor = next;
    if (next === null) await browser.alarms.clear(SLOW_ALARM);
    else await browser.alarms.create(SLOW_ALARM, { when: Math.max(next, Date.now() + 30_000) });
  };
  const checkSlowLoads = async () => {
    const stillLoading = async (tabId: number, host: string) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const shown = tab && (tab.pendingUrl ?? tab.url);
      return tab?.status === 'loading' && !!shown && webHost(shown) === host;
    };
    for (const tabId of await diagnostics.dueSlowLoads(Date.now(), stillLoading)) await refreshBadge(tabId);
    const next = await diagnostics.nextDueAt();
    if (slowTimer !== undefined) clearTimeout(slowTimer);
    slowTimer = next === null ? undefined : setTimeout(() => void checkSlowLoads(), Math.max(0, next - Date.now()) + 50);
    alarmTimer ??= setTimeout(() => void syncAlarm(), 3_000);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SLOW_ALARM) void checkSlowLoads();
    if (alarm.name === REFRESH_ALARM) void refreshPolicy();
  });
  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    void onJourneyEvent(startEvent(d));
    void diagnostics.loadEvent(beforeNavigateEvent(d, isAcademyHost)).then(checkSlowLoads);
  }, { url });
  // One listener per event, journeys and diagnostics together: one wake-up of the worker, not two.
  browser.webNavigation.onCompleted.addListener((d) => {
    void onJourneyEvent(completeEvent(d));
    if (d.frameId === 0 && import.meta.env.BROWSER !== 'firefox') void onTabLoaded(d.tabId).catch(() => {});
    if (pageScript && d.frameId === 0 && isAcademyPage(d.url)) pageScript.completed(d.tabId);
    void diagnostics.loadEvent(loadEndedEvent(d)).then((ended) => (ended?.reportedAt !== undefined ? refreshBadge(d.tabId) : undefined));
  }, { url });
  browser.webNavigation.onErrorOccurred.addListener((d) => {
    const failure = failureFromNavigationError(BROWSER, d, isAcademyHost);
    void diagnostics.loadEvent(loadEndedEvent(d)).then(async () => {
      if (failure && (await diagnostics.fail(d.tabId, failure))) await refreshBadge(d.tabId);
    });
  }, { url });
  // Firefox clears a tab's badge at each of its location changes, its error pages' too, and its
  // webNavigation completes no error page: it is the tab's own 'complete' (academy URLs only, its
  // filter is Firefox's) that says when to speak again, after a failure as after a page.
  if (import.meta.env.BROWSER === 'firefox') {
    const onAcademyTabs = { urls: academyUrls, properties: ['status'] };
    (browser.tabs.onUpdated.addListener as (cb: typeof tabLoaded, filter: typeof onAcademyTabs) => void)(tabLoaded, onAcademyTabs);
  }
  function tabLoaded(tabId: number, change: { status?: string }) {
    if (change.status === 'complete') void onTabLoaded(tabId).catch(() => {});
  }
  // Firefox's webRequest words some errors better than its webNavigation; Chromium's webNavigation gives the net::ERR_* name.
  if (import.meta.env.BROWSER === 'firefox')
    browser.webRequest.onErrorOccurred.addListener(
      (d) => {
        const failure = failureFromRequestError(BROWSER, d, isAcademyHost);
        if (failure) void diagnostics.fail(d.tabId, failure, false).then((set) => (set ? refreshBadge(d.tabId) : undefined));
      },
      { urls: academyUrls, types: ['main_frame'] },
    );
  void checkSlowLoads();

  browser.omnibox.onInputStarted.addListener(() => {
    void lang().then((l) => browser.omnibox.setDefaultSuggestion({ description: t(l, 'omnibox_default') }));
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void Promise.all([currentConfig(), lang()]).then(([{ pack }, l]) => suggest(omniboxSuggestions(pack, l, text, guideUrl())));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void Promise.all([currentConfig(), lang()]).then(([{ pack }, l]) => {
      const target = omniboxTarget(pack, l, text, guideUrl());
      if (disposition === 'currentTab') void browser.tabs.update({ url: target });
      else void browser.tabs.create({ url: target, active: disposition === 'newForegroundTab' });
    });
  });
});
