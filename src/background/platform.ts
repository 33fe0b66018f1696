/**
 * What the background asks of the browser, and nothing more. `createBackground` takes one of
 * these: `browser-platform.ts` builds it from the real extension APIs, `testing/fake-platform.ts`
 * from memory, so the unit tests run the very composition the worker runs.
 */
import type { ClientInfo } from '../diagnostics/browser-age';
import type { SelfCheckDeps } from '../diagnostics/self-check';
import type { ActionApi } from './badge';

/** A storage area as the stores use it (`browser.storage.local` / `.session`). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A tab as the slow-load check reads it. */
export interface TabInfo {
  status?: string | undefined;
  url?: string | undefined;
  pendingUrl?: string | undefined;
}

/** Timers and the clock, injected so the schedulers are unit-tested with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Platform {
  browser: 'chromium' | 'firefox';
  version: string;
  local: StorageArea;
  session: StorageArea;
  /** `storage.managed.get()`: may reject (Firefox without a policy). */
  readManaged(): Promise<unknown>;
  action: ActionApi;
  uiLanguage(): string;
  clock: Clock;
  alarms: {
    create(name: string, when: number): Promise<void> | void;
    clear(name: string): Promise<unknown> | void;
  };
  fetch: typeof globalThis.fetch;
  /** Browser and system (user agent, platform), read once per worker life. */
  client(): Promise<ClientInfo>;
  /** What the user-initiated self-check probes with. */
  probe: SelfCheckDeps;
  tabs: {
    /** The tab as the browser lets us see it (URLs of academy hosts only), or undefined once closed. */
    get(tabId: number): Promise<TabInfo | undefined>;
    /** Academy tabs open now (for the page script, at start-up). */
    academy(): Promise<Array<{ id?: number; status?: string }>>;
    /** Tabs loading now, with the URL they load where the browser shows it (academy hosts only). */
    loading(): Promise<Array<TabInfo & { id?: number }>>;
    /** Asks the tab's content script to report its page again. */
    refresh(tabId: number): Promise<void>;
    open(url: string, disposition: 'currentTab' | 'newForegroundTab' | 'newBackgroundTab'): Promise<unknown>;
  };
  /** Puts the content script into the tab's top frame (neither browser declares it: page-script.ts). */
  inject(tabId: number): Promise<unknown>;
  /** Whether the user leaves the extension its access to every academy site (`permissions.contains` of the manifest's host permissions). */
  siteAccess(): Promise<boolean>;
  /** The extension page the omnibox opens. */
  guideUrl: string;
}
