/**
 * When the worker puts the content script into an academy page (both browsers). A declared
 * content script, even a few-hundred-byte loader, runs inside the page's load: Chromium creates its
 * isolated world and evaluates it between DOMContentLoaded and the load event (about 7 ms of the
 * academy page's load), and Firefox evaluates it there too. Injected by the worker once the load
 * completes, it costs the load nothing. A door's page (webmail, sign-on), whose commit the worker
 * hears, still loading `fallbackMs` after it gets the script then (the browser runs it when the
 * document is idle): the banner must still come before anyone types on a slow sign-on page.
 */
export interface PageScriptDeps {
  inject(tabId: number): Promise<unknown>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How long a login page may still be loading, once parsed, before it gets the script anyway. */
export const EARLY_INJECTION_MS = 300;

export function pageScriptInjector(deps: PageScriptDeps, fallbackMs = EARLY_INJECTION_MS) {
  // Per tab: the fallback timer of the document being loaded, or `early` once the fallback put the
  // script into it. Only the mailbox's doors have their commit heard (listeners.ts): any other
  // academy page gets the script at its load's end, once per load.
  const tabs = new Map<number, { timer: unknown } | 'early'>();
  const clearFallback = (tabId: number) => {
    const tab = tabs.get(tabId);
    if (tab !== undefined && tab !== 'early') deps.clearTimeout(tab.timer);
  };
  // A tab closed or navigated away meanwhile, or the browser's own error page: nothing to do.
  const inject = (tabId: number) => void deps.inject(tabId).catch(() => {});
  return {
    /** An academy document committed in the tab's main frame (a door's, or any while a journey runs). */
    committed(tabId: number): void {
      clearFallback(tabId);
      tabs.set(tabId, {
        timer: deps.setTimeout(() => {
          tabs.set(tabId, 'early');
          inject(tabId);
        }, fallbackMs),
      });
    },
    /**
     * Firefox: the page asks for it itself, once loaded or still loading (build/page-script-ask.ts):
     * now, unless a door's fallback gave it already to this document.
     */
    asked(tabId: number): void {
      this.completed(tabId);
    },
    /**
     * The tab's main frame finished loading an academy page: it gets the script, unless the
     * fallback gave it already to this document. (A second injection into one document, a page
     * restored from the back/forward cache, is ignored by the script itself.)
     */
    completed(tabId: number): void {
      const early = tabs.get(tabId) === 'early';
      clearFallback(tabId);
      tabs.delete(tabId);
      if (!early) inject(tabId);
    },
    /**
     * Academy tabs the worker could not hear load: restored at the browser's start, open when the
     * extension was installed or updated, or loaded in its first instants.
     */
    openTabs(open: Array<{ id?: number; status?: string }>): void {
      for (const tab of open) {
        if (tab.id === undefined) continue;
        if (tab.status === 'complete') this.completed(tab.id);
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
