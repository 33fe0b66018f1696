/**
 * Per-tab page facts in session storage, not in worker memory: Chrome stops an
 * idle MV3 worker after ~30 s and every reply must survive that. Only the URL and
 * the page signals are kept; the classification is recomputed (cheap).
 */
import type { PageSignals } from '../verdicts/types';

export interface StoredPage {
  url: string;
  signals: PageSignals;
  at: number;
}

interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

export function tabStore(area: SessionArea) {
  return {
    async get(tabId: number): Promise<StoredPage | undefined> {
      return (await area.get(key(tabId)))[key(tabId)] as StoredPage | undefined;
    },
    set: (tabId: number, page: StoredPage) => area.set({ [key(tabId)]: page }),
    forget: (tabId: number) => area.remove(key(tabId)),
  };
}
export type TabStore = ReturnType<typeof tabStore>;
