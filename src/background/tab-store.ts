/**
 * Per-tab page facts in session storage, not in worker memory: Chrome stops an
 * idle MV3 worker after ~30 s and every reply must survive that. Only the URL and
 * the page signals are kept; the classification is recomputed (cheap).
 */
import type { PageSignals } from '../model/facts';

export interface StoredPage {
  /** What `keptUrl` keeps of the address: origin, path, the pack's pattern parameters. */
  url: string;
  signals: PageSignals;
  at: number;
  /** The page was on the way to the webmail (its return address or the tab's path said so); not the address. */
  towardMailbox?: true;
}

interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Written through to session storage; read from it once per tab per worker life (only the
 * worker writes it). Forgetting, which happens as a page starts loading, reaches the storage a
 * few seconds later (the worker lives at least 30 s after an event), so a load costs no trip.
 */
export function tabStore(area: SessionArea, lazyMs = 3_000) {
  const known = new Map<number, StoredPage | undefined>();
  const toRemove = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    timer = undefined;
    const keys = [...toRemove].map(key);
    toRemove.clear();
    if (keys.length) await area.remove(keys);
  };
  return {
    async get(tabId: number): Promise<StoredPage | undefined> {
      if (known.has(tabId)) return known.get(tabId);
      const page = (await area.get(key(tabId)))[key(tabId)] as StoredPage | undefined;
      // A write made while this read was on its way wins.
      if (!known.has(tabId)) known.set(tabId, page);
      return known.get(tabId);
    },
    async set(tabId: number, page: StoredPage): Promise<void> {
      known.set(tabId, page);
      toRemove.delete(tabId);
      await area.set({ [key(tabId)]: page });
    },
    async forget(tabId: number): Promise<void> {
      known.set(tabId, undefined);
      toRemove.add(tabId);
      timer ??= setTimeout(() => void flush().catch(() => {}), lazyMs);
    },
    /** The tab is closed: nothing to keep, not even "nothing". */
    async drop(tabId: number): Promise<void> {
      known.delete(tabId);
      toRemove.delete(tabId);
      await area.remove(key(tabId));
    },
  };
}
export type TabStore = ReturnType<typeof tabStore>;
