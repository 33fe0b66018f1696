/**
 * Failed and never-ending academy loads: navigation events into the diagnostics store, and the
 * tab's badge told when its load failed, turned slow or ended after it was said to be slow.
 */
import { failureFromNavigationError, failureFromRequestError, type NavigationErrorDetails, type RequestErrorDetails } from '../diagnostics/errors';
import { beforeNavigateEvent, loadEndedEvent, type NavigationDetails } from '../diagnostics/load-timer';
import { webHost } from '../match/normalize';
import type { DiagnosticsStore } from './diagnostics-store';
import type { TabInfo } from './platform';
import { loadingUrl } from './slow-loads';

export interface ConnectionDiagnosticsDeps {
  browser: 'chromium' | 'firefox';
  diagnostics: DiagnosticsStore;
  isAcademyHost(host: string): boolean;
  refreshBadge(tabId: number): Promise<void>;
  /** Looks for loads now due (a load just started: its deadline is set). */
  checkSlowLoads(): Promise<void>;
}

export function connectionDiagnostics(deps: ConnectionDiagnosticsDeps) {
  const { diagnostics } = deps;
  return {
    async navigationStarted(d: NavigationDetails): Promise<void> {
      await diagnostics.loadEvent(beforeNavigateEvent(d, deps.isAcademyHost));
      await deps.checkSlowLoads();
    },
    /**
     * Loads the worker could not hear start: the browser's first page, opened as it starts (a home
     * page, a restored session), may begin before the worker listens. A door's load still pending
     * is timed from now, so that a load that never ends is still told about 20 s after it began.
     */
    async loadingUnheard(tabs: Array<TabInfo & { id?: number }>, isDoorHost: (host: string) => boolean, now: number): Promise<void> {
      for (const tab of tabs) {
        const url = loadingUrl(tab) ?? '';
        const host = webHost(url);
        if (tab.id !== undefined && host && isDoorHost(host)) await this.startedUnlessTimed({ tabId: tab.id, frameId: 0, url, timeStamp: now });
      }
    },
    /**
     * A door's load whose start may not have been heard: the start-up scan above, and Firefox's
     * request for a door's page (the one event Firefox holds for the worker while both start with
     * the browser). A load already timed in the tab (its navigation's start was heard, or this is
     * a redirect hop) keeps its start.
     */
    async startedUnlessTimed(d: NavigationDetails): Promise<void> {
      if (!(await diagnostics.timing(d.tabId))) await this.navigationStarted(d);
    },
    async navigationCompleted(d: NavigationDetails): Promise<void> {
      const ended = await diagnostics.loadEvent(loadEndedEvent(d));
      // A load said to be slow ended after all: the badge no longer says so.
      if (ended?.reportedAt !== undefined) await deps.refreshBadge(d.tabId);
    },
    async navigationFailed(d: NavigationErrorDetails): Promise<void> {
      const failure = failureFromNavigationError(deps.browser, d, deps.isAcademyHost);
      await diagnostics.loadEvent(loadEndedEvent(d));
      if (failure && (await diagnostics.fail(d.tabId, failure))) await deps.refreshBadge(d.tabId);
    },
    /** Firefox: its webRequest words some errors better than its webNavigation. */
    async requestFailed(d: RequestErrorDetails): Promise<void> {
      const failure = failureFromRequestError(deps.browser, d, deps.isAcademyHost);
      if (failure && (await diagnostics.fail(d.tabId, failure, false))) await deps.refreshBadge(d.tabId);
    },
    forget: (tabId: number) => diagnostics.forget(tabId),
  };
}
export type ConnectionDiagnostics = ReturnType<typeof connectionDiagnostics>;
