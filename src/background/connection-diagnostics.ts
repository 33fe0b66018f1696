/**
 * Failed and never-ending academy loads: navigation events into the diagnostics store, and the
 * tab's badge told when its load failed, turned slow or ended after it was said to be slow.
 */
import { failureFromNavigationError, failureFromRequestError, type NavigationErrorDetails, type RequestErrorDetails } from '../diagnostics/errors';
import { beforeNavigateEvent, loadEndedEvent, type NavigationDetails } from '../diagnostics/load-timer';
import type { DiagnosticsStore } from './diagnostics-store';

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
