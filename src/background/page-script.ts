/**
 * When the worker puts the content script into an academy page (Chromium). A declared content
 * script, even a few-hundred-byte loader, runs inside the page's load there: Chromium creates
 * its isolated world and evaluates it between DOMContentLoaded and the load event, which cost
 * the academy page about 7 ms of its load (README, "Speed and size"). Injected by the worker
 * once the load completes, it costs the load nothing. A page still loading `fallbackMs` after
 * its commit gets it then (the browser runs it when the document is idle): the banner must still
 * come before anyone types on a slow page.
 */
export interface PageScriptDeps {
  inject(tabId: number): Promise<unknown>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function pageScriptInjector(deps: PageScriptDeps, fallbackMs = 300) {
  // Per tab: the fallback timer of the document being loaded, or `done` once it has the script.
  const tabs = new Map<number, { timer: unknown } | 'done'>();
  const clearFallback = (tabId: number) => {
    const tab = tabs.get(tabId);
    if (tab !== undefined && tab !== 'done') deps.clearTimeout(tab.timer);
  };
  const inject = (tabId: number) => {
    if (tabs.get(tabId) === 'done') return;
    clearFallback(tabId);
    tabs.set(tabId, 'done');
    // A tab closed or navigated away meanwhile, or the browser's own error page: nothing to do.
    void deps.inject(tabId).catch(() => {});
  };
  return {
    /** An academy document committed in the tab's main frame. */
    committed(tabId: number): void {
      clearFallback(tabId);
      tabs.set(tabId, { timer: deps.setTimeout(() => inject(tabId), fallbackMs) });
    },
    /**
     * The tab's main frame finished loading an academy page. A worker started for this event
     * never saw the commit: it injects all the same (the content script ignores a second injection).
     */
    completed: inject,
    /**
     * Academy tabs the worker could not hear load: restored at the browser's start, open when the
     * extension was installed or updated, or loaded in its first instants.
     */
    openTabs(open: Array<{ id?: number; status?: string }>): void {
      for (const tab of open) {
        if (tab.id === undefined) continue;
        if (tab.status === 'complete') inject(tab.id);
        else this.committed(tab.id);
      }
    },
    /** The tab left for a page that gets no script, or closed. */
    forget(tabId: number): void {
      clearFallback(tabId);
      tabs.delete(tabId);
    },
    size: () => tabs.size,
  };
}
