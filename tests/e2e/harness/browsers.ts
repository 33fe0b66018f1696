/**
 * Launch Debian's chromium or firefox-esr with the built extension, every host name mapped
 * to the fixture academy on 127.0.0.1 (the browsers never reach the internet), and offer
 * one interface to both so a spec runs unchanged against each.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionIdentity } from '../../../src/rules/extension-schema';
import { bundledPack } from '../../../src/rules/bundled';
import { BUILDS, EXECUTABLES, freshProfileDir, removeDir, type BrowserName } from './paths';
import { eventually, waitUntil } from './poll';

/** The id the default pack gives the Firefox build, for a build not there yet. */
const DEFAULT_GECKO_ID = extensionIdentity(bundledPack).geckoId;
/** Fixed moz-extension UUID (pref `extensions.webextensions.uuids`), so extension URLs are known before install. */
export const FIREFOX_UUID = '5f0e8c2a-6b1d-4c3e-9a7f-2d4b8e1c0a93';

export interface LaunchOptions {
  /** Unpacked build: `.output/chrome-mv3` or `.output/firefox-mv3`. */
  extensionDir: string;
  /** Port of the fixture academy; every host name resolves to 127.0.0.1, so URLs keep this port. */
  port: number;
  /** Default true. `false` needs $DISPLAY. */
  headless?: boolean;
  /** Extra Firefox prefs (e.g. a short `extensions.background.idle.timeout`). */
  firefoxPrefs?: Record<string, unknown>;
  /**
   * Browser UI language (default 'fr', as the academy's staff have it). The extension follows
   * it, so the French strings need Debian's chromium-l10n and firefox-esr-l10n-fr.
   */
  lang?: 'fr' | 'en';
  /** Page size of every page the harness opens (default 1280×800). */
  viewport?: { width: number; height: number } | null;
  /**
   * The first-run page the extension opens at install, a few seconds after start-up (once the
   * policy is known): 'close' (default) waits for it (≤ 10 s) and closes it, so that it never
   * takes the focus from a test's tab; 'keep' leaves it to the test.
   */
  firstRun?: 'close' | 'keep';
}

type Fn<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/**
 * The extension's background as the browser reports it. Firefox (its event page):
 * `Extension.backgroundState`, one of 'starting' | 'running' | 'suspending' | 'stopped'.
 * Chromium (its service worker): 'running' or 'stopped'.
 */
export type BackgroundState = 'starting' | 'running' | 'suspending' | 'stopped';

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** Chromium extension id, or the Firefox moz-extension UUID. */
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** `http://<host>:<port><path>` on the fixture academy. */
  url(host: string, path?: string): string;
  /** Absolute URL of an extension page: `extensionUrl('popup.html?tabId=3')`. */
  extensionUrl(path: string): string;
  /** A new tab; its extension tab id is known to `tabIdOf(page)`. */
  newPage(): Promise<Page>;
  /**
   * Load a URL in a page and wait for its `load` event. Use it rather than `page.goto` for
   * extension pages: in Firefox, BiDi never reports the navigation into a moz-extension page.
   */
  goto(page: Page, url: string): Promise<void>;
  /** `newPage()` then `goto(extensionUrl(path))`. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * The extension's tab id for a tab: by page (a page opened with `newPage()`) or by URL prefix
   * (first tab whose URL starts with it, among the tabs whose URL the extension may read).
   */
  tabIdOf(target: string | Page): Promise<number>;
  /** Evaluate a function in an extension page (the options page, opened once, kept in its own tab). */
  inExtension<A extends unknown[], R>(fn: Fn<A, R>, ...args: A): Promise<R>;
  /** The action's badge text for a tab (Chromium: asked in the service worker; Firefox: in an extension page). */
  badgeText(tabId: number): Promise<string>;
  /** The badge text once it is `want`, or the last one seen after `timeout` ms (the badge follows events asynchronously). */
  badgeEventually(tabId: number, want: string, timeout?: number): Promise<string>;
  /**
   * Whether the background runs, asked of the browser itself (asking the background would wake it).
   * Chromium: DevTools' target list. Firefox: the parent process's `Extension.backgroundState`,
   * read in the browser window's privileged scope over WebDriver BiDi (`--remote-allow-system-access`).
   */
  backgroundState(): Promise<BackgroundState>;
  /** Waits until the background is stopped (Firefox unloads an idle event page); throws after `timeout` ms. */
  waitForBackgroundStopped(timeout?: number): Promise<void>;
  /** The tab showing the first-run page, once it shows it; null after `timeout` ms without one. */
  firstRunTab(timeout?: number): Promise<number | null>;
  /** For a failure message: every tab (id, URL, badge) and the extension's session storage. */
  describeState(): Promise<string>;
  /**
   * Chromium only: evaluate a JavaScript expression (awaited, result by value) in the
   * extension's service worker, started through DevTools if it was stopped. Throws in Firefox.
   */
  inServiceWorker<T = unknown>(expression: string): Promise<T>;
  /**
   * Chromium only: stop the extension's service worker as Chrome does after 30 s idle
   * (DevTools `ServiceWorker.stopAllWorkers`) and wait until it is gone. Returns false in Firefox.
   */
  stopServiceWorker(): Promise<boolean>;
  /**
   * Stops the extension's background as the browser does once it is idle, and waits until it is
   * stopped. Chromium: `stopServiceWorker()`. Firefox: the event page's own idle path,
   * `Extension.terminateBackground()` in the parent process (what its idle timer calls; it declines
   * while a listener is still running, so it is asked again), without touching the idle timeout.
   */
  stopBackground(timeout?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

abstract class BaseExtensionBrowser implements ExtensionBrowser {
  abstract readonly name: BrowserName;
  abstract readonly extensionOrigin: string;
  abstract readonly extensionId: string;
  #probe: Promise<Page> | null = null;
  #pageTabs = new WeakMap<Page, number>();
  #closed = false;

  constructor(
    readonly browser: Browser,
    protected readonly port: number,
    protected readonly profileDir: string,
    protected readonly viewport: { width: number; height: number } | null,
  ) {}

  url(host: string, path = '/'): string {
    return `http://${host}:${this.port}${path}`;
  }

  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  async #rawNewPage(): Promise<Page> {
    const page = await this.browser.newPage();
    if (this.viewport) await page.setViewport(this.viewport);
    return page;
  }

  async goto(page: Page, url: string): Promise<void> {
    await page.goto(url, { waitUntil: 'load' });
  }

  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.newPage();
    await this.goto(page, this.extensionUrl(path));
    return page;
  }

  protected probePage(): Promise<Page> {
    return this.#probePage();
  }

  #probePage(): Promise<Page> {
    this.#probe ??= (async () => {
      const page = await this.#rawNewPage();
      await this.goto(page, this.extensionUrl('options.html'));
      await page.waitForFunction(() => !!(globalThis as any).browser?.tabs || !!(globalThis as any).chrome?.tabs, { timeout: 10_000 });
      return page;
    })();
    return this.#probe;
  }

  async inExtension<A extends unknown[], R>(fn: Fn<A, R>, ...args: A): Promise<R> {
    const probe = await this.#probePage();
    return probe.evaluate(fn as any, ...(args as any[])) as Promise<R>;
  }

  async #allTabs(): Promise<{ id: number; url?: string; active: boolean }[]> {
    return this.inExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string; active: boolean }[] = await api.tabs.query({});
      return tabs.map((t) => ({ id: t.id, url: t.url, active: t.active }));
    });
  }

  async newPage(): Promise<Page> {
    await this.#probePage();
    const before = new Set((await this.#allTabs()).map((t) => t.id));
    const page = await this.#rawNewPage();
    const deadline = Date.now() + 10_000;
    for (;;) {
      // The page is the one new tab; puppeteer opens it in the foreground. Tabs the extension
      // opens itself (its guide, on install) show an extension URL once committed.
      const fresh = (await this.#allTabs()).filter((t) => !before.has(t.id) && !t.url?.startsWith(this.extensionOrigin));
      const candidates = fresh.length > 1 ? fresh.filter((t) => t.active) : fresh;
      if (candidates.length === 1) {
        this.#pageTabs.set(page, candidates[0]!.id);
        return page;
      }
      if (Date.now() > deadline) {
        throw new Error(`newPage: cannot tell the new tab (${fresh.length} new tabs: ${JSON.stringify(fresh)})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async firstRunTab(timeout = 10_000): Promise<number | null> {
    const url = this.extensionUrl('first-run.html');
    const tab = await eventually(async () => (await this.#allTabs()).find((t) => t.url?.startsWith(url)), (t) => t !== undefined, { timeout, interval: 100 });
    return tab?.id ?? null;
  }

  /** At launch: the first-run page closed as soon as it opens, unless the test wants it. */
  async settleFirstRun(mode: LaunchOptions['firstRun'] = 'close'): Promise<void> {
    if (mode === 'keep') return;
    const id = await this.firstRunTab();
    if (id !== null) await this.inExtension((tabId: number) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.remove(tabId), id);
  }

  async tabIdOf(target: string | Page): Promise<number> {
    if (typeof target !== 'string') {
      const id = this.#pageTabs.get(target);
      if (id === undefined) throw new Error('tabIdOf(page): the page was not opened with newPage()');
      return id;
    }
    const tabs = await this.#allTabs();
    const tab = tabs.find((t) => t.url?.startsWith(target));
    if (!tab) throw new Error(`tabIdOf: no tab shows ${target} (visible: ${tabs.map((t) => t.url ?? '?').join(', ')})`);
    return tab.id;
  }

  async badgeText(tabId: number): Promise<string> {
    return this.inExtension((id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.action.getBadgeText({ tabId: id }) as Promise<string>;
    }, tabId);
  }

  async badgeEventually(tabId: number, want: string, timeout = 10_000): Promise<string> {
    return eventually(() => this.badgeText(tabId), (text) => text === want, { timeout });
  }

  abstract backgroundState(): Promise<BackgroundState>;

  async waitForBackgroundStopped(timeout = 10_000): Promise<void> {
    await waitUntil(`${this.name}: the extension's background stopped`, () => this.backgroundState(), (state) => state === 'stopped', { timeout, interval: 50 });
  }

  async describeState(): Promise<string> {
    try {
      const tabs = await this.#allTabs();
      const badges: string[] = [];
      // one at a time: Chromium's worker session takes one evaluation at a time
      for (const t of tabs) badges.push(await this.badgeText(t.id).catch((e: Error) => `? ${e.message}`));
      const session = await this.inExtension(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.get(null));
      const lines = tabs.map((t, i) => `tab ${t.id}${t.active ? ' (active)' : ''} ${t.url ?? '?'} badge=${JSON.stringify(badges[i])}`);
      return [...lines, `session storage: ${JSON.stringify(session)}`].join('\n');
    } catch (e) {
      return `(state unavailable: ${(e as Error).message})`;
    }
  }

  async inServiceWorker<T = unknown>(_expression: string): Promise<T> {
    throw new Error(`${this.name} has no extension service worker`);
  }

  async stopServiceWorker(): Promise<boolean> {
    return false;
  }

  abstract stopBackground(timeout?: number): Promise<void>;

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await Promise.race([this.browser.close(), new Promise((r) => setTimeout(r, 15_000))]);
    } catch {
      // already gone
    }
    const proc = this.browser.process();
    if (proc && proc.exitCode === null && proc.pid) {
      try {
        process.kill(proc.pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
    await removeDir(this.profileDir);
  }
}

class ChromiumExtensionBrowser extends BaseExtensionBrowser {
  readonly name = 'chromium' as const;
  readonly extensionOrigin: string;
  constructor(
    browser: Browser,
    port: number,
    profileDir: string,
    viewport: { width: number; height: number } | null,
    readonly extensionId: string,
  ) {
    super(browser, port, profileDir, viewport);
    this.extensionOrigin = `chrome-extension://${extensionId}`;
  }

  async #runningWorkerIds(): Promise<string[]> {
    return runningServiceWorkers(this.browser, `${this.extensionOrigin}/`);
  }

  async #devtools<T>(fn: (send: (method: 'ServiceWorker.enable' | 'ServiceWorker.stopAllWorkers' | 'ServiceWorker.startWorker', params?: { scopeURL: string }) => Promise<unknown>) => Promise<T>): Promise<T> {
    const session = await (await this.probePage()).createCDPSession();
    try {
      return await fn((method, params) => (params ? session.send(method as 'ServiceWorker.startWorker', params) : session.send(method as 'ServiceWorker.enable')));
    } finally {
      await session.detach().catch(() => {});
    }
  }

  async #runningWorkerId(timeoutMs = 5_000): Promise<string> {
    let ids = await this.#runningWorkerIds();
    if (ids.length === 0) {
      await this.#devtools(async (send) => {
        await send('ServiceWorker.enable');
        await send('ServiceWorker.startWorker', { scopeURL: `${this.extensionOrigin}/` });
      });
      const deadline = Date.now() + timeoutMs;
      while ((ids = await this.#runningWorkerIds()).length === 0) {
        if (Date.now() > deadline) throw new Error('the service worker did not start');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return ids[0]!;
  }

  // Raw DevTools rather than puppeteer's WebWorker: a worker attached through `target.worker()`
  // lingers in puppeteer's target list after Chrome stops it, and evaluating in it then hangs.
  // Attach, evaluate, detach: nothing stays attached to keep the worker alive.
  override async inServiceWorker<T = unknown>(expression: string): Promise<T> {
    const targetId = await this.#runningWorkerId();
    const browserSession = await this.browser.target().createCDPSession();
    try {
      const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: true });
      const worker = browserSession.connection()?.session(sessionId);
      if (!worker) throw new Error('no DevTools session for the service worker');
      try {
        const { result, exceptionDetails } = await worker.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
        if (exceptionDetails) throw new Error(`in the service worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as T;
      } finally {
        await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
    } finally {
      await browserSession.detach().catch(() => {});
    }
  }

  override async stopServiceWorker(): Promise<boolean> {
    await stopServiceWorkers(this.browser, await this.probePage(), `${this.extensionOrigin}/`);
    return true;
  }

  override async stopBackground(): Promise<void> {
    await this.stopServiceWorker();
  }

  override async badgeText(tabId: number): Promise<string> {
    return this.inServiceWorker<string>(`chrome.action.getBadgeText({ tabId: ${Number(tabId)} })`);
  }

  override async backgroundState(): Promise<BackgroundState> {
    return (await this.#runningWorkerIds()).length > 0 ? 'running' : 'stopped';
  }
}

/** The part of puppeteer's BiDi connection the harness uses (puppeteer's `BidiBrowser.connection`). */
interface BidiSend {
  send(method: string, params: object): Promise<{ result: any }>;
}

/**
 * Ids of the running service workers whose URL starts with `urlPrefix` (every one without it),
 * asked of Chrome itself: once a worker has been attached through `target.worker()`, puppeteer's
 * `browser.targets()` keeps listing it after Chrome stopped it.
 */
export async function runningServiceWorkers(browser: Browser, urlPrefix = ''): Promise<string[]> {
  const session = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(urlPrefix)).map((t) => t.targetId);
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Chromium: stop the service workers as Chrome does after 30 s idle (DevTools
 * `ServiceWorker.stopAllWorkers`, sent through `page`'s session) and wait until those whose URL
 * starts with `urlPrefix` and ran before are gone. A navigation event arriving meanwhile (a redirect
 * chain in flight) starts a fresh worker at once, under a new target: that one is a restart, not a
 * failure to stop.
 */
export async function stopServiceWorkers(browser: Browser, page: Page, urlPrefix = ''): Promise<void> {
  const before = new Set(await runningServiceWorkers(browser, urlPrefix));
  const stopAll = async () => {
    const session = await page.createCDPSession();
    try {
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
    } finally {
      await session.detach().catch(() => {});
    }
  };
  await stopAll();
  const deadline = Date.now() + 10_000;
  let askedAt = Date.now();
  while ((await runningServiceWorkers(browser, urlPrefix)).some((id) => before.has(id))) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    // A worker still starting when asked is not stopped (Chromium 156): it goes on to run. Ask again.
    if (Date.now() - askedAt >= 500) {
      await stopAll();
      askedAt = Date.now();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const chromeContexts = new WeakMap<Browser, string>();

/** Firefox's word for an add-on's background state, unchecked: "undefined" for an add-on absent or without background. */
export const firefoxBackgroundReading = (browser: Browser, geckoId: string): Promise<string> =>
  inFirefoxChrome<string>(browser, `String(WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension?.backgroundState)`);

/**
 * Firefox: the event page's state as Firefox's parent process keeps it (`Extension.backgroundState`,
 * which about:debugging shows too), evaluated in the browser window (browser.xhtml), a chrome-scope
 * browsing context that BiDi lists only with system access allowed. Asking changes nothing: the
 * event page is neither woken nor kept alive (the MV3 page itself is out of reach:
 * `extension.getViews({type: 'background'})` is refused, and BiDi lists no background page).
 */
export async function firefoxBackgroundState(browser: Browser, geckoId: string): Promise<BackgroundState> {
  const state = await firefoxBackgroundReading(browser, geckoId);
  if (!['starting', 'running', 'suspending', 'stopped'].includes(state)) throw new Error(`backgroundState: Firefox says ${state} (no such add-on or no background?)`);
  return state as BackgroundState;
}

/**
 * Firefox: evaluate a JavaScript expression (awaited, result by value) in the browser window's
 * privileged scope, where Firefox's own modules are reachable (`ChromeUtils.importESModule`).
 * Needs `--remote-allow-system-access`, which every launch here passes.
 */
export async function inFirefoxChrome<T>(browser: Browser, expression: string): Promise<T> {
  const bidi = (browser as unknown as { connection?: BidiSend }).connection;
  if (!bidi?.send) throw new Error('inFirefoxChrome: puppeteer internals changed (no BidiBrowser.connection)');
  let context = chromeContexts.get(browser);
  if (!context) {
    context = ((await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result.contexts as { context: string }[])[0]?.context;
    if (!context) throw new Error('inFirefoxChrome: BiDi lists no chrome window (is --remote-allow-system-access passed?)');
    chromeContexts.set(browser, context);
  }
  const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true, serializationOptions: { maxObjectDepth: 10 } });
  if (result.type === 'exception') throw new Error(`in Firefox's chrome scope: ${result.exceptionDetails?.text ?? 'exception'}`);
  return deserialize(result.result) as T;
}

/** A WebDriver BiDi remote value (primitives, arrays, plain objects) as a JavaScript value. */
function deserialize(v: { type: string; value?: any }): unknown {
  switch (v.type) {
    case 'array':
      return (v.value as any[]).map(deserialize);
    case 'object':
      return Object.fromEntries((v.value as [any, any][]).map(([k, x]) => [typeof k === 'string' ? k : deserialize(k), deserialize(x)]));
    case 'undefined':
    case 'null':
      return null;
    default:
      return v.value;
  }
}

class FirefoxExtensionBrowser extends BaseExtensionBrowser {
  readonly name = 'firefox' as const;
  readonly extensionId = FIREFOX_UUID;
  readonly extensionOrigin = `moz-extension://${FIREFOX_UUID}`;

  constructor(
    browser: Browser,
    port: number,
    profileDir: string,
    viewport: { width: number; height: number } | null,
    private readonly geckoId: string,
  ) {
    super(browser, port, profileDir, viewport);
  }

  /** See `firefoxBackgroundState`. */
  override async backgroundState(): Promise<BackgroundState> {
    return firefoxBackgroundState(this.browser, this.geckoId);
  }

  override async stopBackground(timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const state = await this.backgroundState();
      if (state === 'stopped') return;
      if (Date.now() > deadline) throw new Error(`firefox: the event page did not stop (${state})`);
      if (state === 'running') await inFirefoxChrome(this.browser, `WebExtensionPolicy.getByID(${JSON.stringify(this.geckoId)}).extension.terminateBackground().then(() => true)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  override async goto(page: Page, url: string): Promise<void> {
    if (!url.startsWith('moz-extension:')) return super.goto(page, url);
    // Firefox 153 + puppeteer 24.43: page.goto() into a moz-extension page loads it but never
    // resolves (no BiDi navigation events reach puppeteer for the extension process), and
    // page.url() keeps the previous URL. The BiDi command itself completes: call it directly.
    const context = (page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext;
    if (!context) throw new Error('goto: puppeteer internals changed (no BidiFrame.browsingContext)');
    await context.navigate(url, 'complete');
    const deadline = Date.now() + 10_000;
    while ((await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) !== `${url} complete`) {
      if (Date.now() > deadline) throw new Error(`goto: ${url} did not finish loading`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-features=HttpsUpgrades',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // every name goes to the fixture server; nothing leaves the machine
  // (introuvable.ac-lyon.fr is the one name that must not resolve: the dns-error case)
  '--host-resolver-rules=MAP introuvable.ac-lyon.fr ~NOTFOUND, MAP * 127.0.0.1, EXCLUDE localhost',
];

/** What `launchBrowser` needs: the harness's settings for one browser, with any extensions, or none. */
export interface BrowserLaunchOptions {
  /** Unpacked extensions to install (none: a browser without extension). */
  extensions: string[];
  profileDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  lang?: 'fr' | 'en';
  /** Firefox only: prefs added to the harness's own. */
  firefoxPrefs?: Record<string, unknown>;
  /** A page the browser opens as it starts (a home page, a restored tab): its load begins with the launch. */
  startUrl?: string;
  /**
   * Load the extensions with the profile as the browser starts, as installed ones are, rather than
   * after the launch (puppeteer installs them once the browser is up, too late for a start page).
   * Chromium: `--load-extension` (a folder already loaded in this profile starts as installed);
   * Firefox: a proxy file per extension in the profile's `extensions/` folder, unsigned allowed.
   */
  atStartup?: boolean;
}

/**
 * Debian's chromium or firefox-esr as the harness runs them (every host name to 127.0.0.1, nothing
 * leaves the machine, the UI language), with the given extensions installed. Returns the browser
 * and what each extension was installed as (Firefox: its add-on id; Chromium: its folder).
 * `launch()` builds on it; the page-load bench uses it for its setups without Aiguilleur.
 */
export async function launchBrowser(name: BrowserName, options: BrowserLaunchOptions): Promise<{ browser: Browser; installed: string[] }> {
  const { extensions, profileDir, headless = true, viewport = DEFAULT_VIEWPORT, lang = 'fr', firefoxPrefs = {}, startUrl, atStartup = false } = options;
  const start = startUrl ? [startUrl] : [];
  if (name === 'chromium') {
    const loadAtStartup = atStartup && extensions.length > 0;
    // Chromium 137+ ignores --load-extension unless this feature is off; one --disable-features only (the last wins).
    const args = loadAtStartup
      ? [...CHROMIUM_ARGS.map((a) => (a.startsWith('--disable-features=') ? `${a},DisableLoadExtensionCommandLineSwitch` : a)), `--load-extension=${extensions.join(',')}`]
      : CHROMIUM_ARGS;
    const browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      pipe: true,
      ...(extensions.length ? { enableExtensions: loadAtStartup ? true : extensions } : {}),
      headless,
      defaultViewport: viewport,
      userDataDir: profileDir,
      // On Linux, Chromium takes its UI language from the environment (--lang is ignored).
      env: { ...process.env, LANGUAGE: lang, LC_ALL: '', LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      args: [...args, `--lang=${lang}`, ...start],
    });
    return { browser, installed: extensions };
  }
  if (atStartup) {
    // A proxy file: named by the add-on id, holding the unpacked folder's path (profile scope, enabled by puppeteer's prefs).
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    for (const dir of extensions) writeFileSync(join(profileDir, 'extensions', geckoIdOf(dir)), resolve(dir));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: EXECUTABLES.firefox,
    headless,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// ("Navigation to … is not
    // allowed in this context", Firefox 153) unless system access is allowed.
    args: ['--remote-allow-system-access', ...start],
    defaultViewport: viewport,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      // every name goes to the fixture server; nothing leaves the machine
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      'network.proxy.type': 0,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'browser.shell.checkDefaultBrowser': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'toolkit.telemetry.enabled': false,
      'toolkit.telemetry.unified': false,
      'toolkit.telemetry.server': '',
      'app.update.enabled': false,
      'app.normandy.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      // UI language: needs the language pack (Debian: firefox-esr-l10n-fr) for 'fr'
      'intl.locale.requested': lang,
      'intl.accept_languages': lang === 'fr' ? 'fr-FR, fr' : 'en-US, en',
      ...(atStartup ? { 'xpinstall.signatures.required': false } : {}),
      ...firefoxPrefs,
    },
  });
  if (atStartup) return { browser, installed: extensions.map(geckoIdOf) };
  try {
    const installed: string[] = [];
    // Firefox's webExtension.install wants an absolute path.
    for (const dir of extensions) installed.push(await browser.installExtension(resolve(dir)));
    return { browser, installed };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { port, headless = true, viewport = DEFAULT_VIEWPORT, lang = 'fr' } = options;
  const builtDir = resolve(options.extensionDir);
  if (!existsSync(join(builtDir, 'manifest.json'))) throw new Error(`No built extension at ${builtDir} (run npm run build)`);
  const profileDir = await freshProfileDir('chromium');
  const extensionDir = snapshot(builtDir, profileDir);
  let browser: Browser;
  try {
    ({ browser } = await launchBrowser('chromium', { extensions: [extensionDir], profileDir, headless, viewport, lang }));
  } catch (err) {
    await removeDir(profileDir);
    throw new Error(`Chromium did not start: ${(err as Error).message}`);
  }
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(t.url()),
      { timeout: 20_000 },
    );
    const extensionId = new URL(worker.url()).host;
    const ext = new ChromiumExtensionBrowser(browser, port, profileDir, viewport, extensionId);
    await checkUiLanguage(ext, lang, 'chromium-l10n');
    await ext.settleFirstRun(options.firstRun);
    return ext;
  } catch (err) {
    if ((err as Error).message.includes('UI language')) throw err;
    await browser.close().catch(() => {});
    await removeDir(profileDir);
    throw new Error(`Chromium started but the extension's service worker never appeared: ${(err as Error).message}`);
  }
}

/** The extension follows the browser's UI language: make sure the browser really speaks `lang`. */
async function checkUiLanguage(ext: ExtensionBrowser, lang: 'fr' | 'en', debianPackage: string): Promise<void> {
  const ui = await ext.inExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage() as string);
  if (!ui.toLowerCase().startsWith(lang)) {
    await ext.close();
    throw new Error(`${ext.name}'s UI language is ${ui}, not ${lang}: install its language pack (apt-get install ${debianPackage})`);
  }
}

/**
 * Browsers read an unpacked extension's files from disk while they run: a `npm run build` in
 * another terminal would swap them mid-test (new chunk names, mixed versions). Test a copy.
 */
function snapshot(extensionDir: string, profileDir: string): string {
  const copy = join(profileDir, 'extension-under-test');
  cpSync(extensionDir, copy, { recursive: true });
  return copy;
}

/** A Firefox build's id, as its manifest says (the pack's `academy.extension.geckoId`, or its default). */
export function geckoIdOf(extensionDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    return manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
  } catch {
    return DEFAULT_GECKO_ID;
  }
}

/** The id of the Firefox build under test: policies name the extension by it. */
export const GECKO_ID = geckoIdOf(BUILDS.firefox);

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { port, headless = true, viewport = DEFAULT_VIEWPORT, firefoxPrefs = {}, lang = 'fr' } = options;
  const builtDir = resolve(options.extensionDir);
  if (!existsSync(join(builtDir, 'manifest.json'))) throw new Error(`No built extension at ${builtDir} (run npm run build)`);
  const geckoId = geckoIdOf(builtDir);
  const profileDir = await freshProfileDir('firefox');
  const extensionDir = snapshot(builtDir, profileDir);
  let launched: { browser: Browser; installed: string[] };
  try {
    launched = await launchBrowser('firefox', {
      extensions: [extensionDir],
      profileDir,
      headless,
      viewport,
      lang,
      firefoxPrefs: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }), ...firefoxPrefs },
    });
  } catch (err) {
    await removeDir(profileDir);
    throw new Error(`Firefox did not start, or the extension did not install: ${(err as Error).message}`);
  }
  const { browser, installed } = launched;
  try {
    if (installed[0] !== geckoId) throw new Error(`installed add-on id is ${installed[0]}, expected ${geckoId}`);
    const ext = new FirefoxExtensionBrowser(browser, port, profileDir, viewport, geckoId);
    await checkUiLanguage(ext, lang, 'firefox-esr-l10n-fr');
    await ext.settleFirstRun(options.firstRun);
    return ext;
  } catch (err) {
    if ((err as Error).message.includes('UI language')) throw err;
    await browser.close().catch(() => {});
    await removeDir(profileDir);
    throw new Error(`Firefox started but the extension did not install: ${(err as Error).message}`);
  }
}

export function launch(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/**
 * The browser's first load, as when it opens on the webmail (a home page, a restored session):
 * a first session installs the extension (started, its first-run page shown) and closes; the
 * browser is launched again on the same profile with `startUrl`, the extension loaded with the
 * profile, so that the load and the extension's start-up begin together. `launchedAt` is
 * `Date.now()` just before the second launch. The first-run page is not closed (none opens again).
 */
export async function launchOnStartPage(name: BrowserName, options: LaunchOptions & { startUrl: string }): Promise<{ b: ExtensionBrowser; launchedAt: number }> {
  const { port, headless = true, viewport = DEFAULT_VIEWPORT, lang = 'fr', firefoxPrefs = {}, startUrl } = options;
  const builtDir = resolve(options.extensionDir);
  if (!existsSync(join(builtDir, 'manifest.json'))) throw new Error(`No built extension at ${builtDir} (run npm run build)`);
  const geckoId = geckoIdOf(builtDir);
  const profileDir = await freshProfileDir(name);
  const extensionDir = snapshot(builtDir, profileDir);
  const prefs = name === 'firefox' ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }), ...firefoxPrefs } : {};
  const session = { extensions: [extensionDir], profileDir, headless, viewport, lang, firefoxPrefs: prefs, atStartup: true };
  const wrap = (browser: Browser, extensionId: string): ExtensionBrowser =>
    name === 'chromium' ? new ChromiumExtensionBrowser(browser, port, profileDir, viewport, extensionId) : new FirefoxExtensionBrowser(browser, port, profileDir, viewport, geckoId);
  let extensionId = FIREFOX_UUID;
  try {
    const { browser: first } = await launchBrowser(name, session);
    try {
      if (name === 'chromium') {
        const worker = await first.waitForTarget((t) => t.type() === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(t.url()), { timeout: 20_000 });
        extensionId = new URL(worker.url()).host;
      }
      // installed and started: its first-run page opens once the policy is known
      if ((await wrap(first, extensionId).firstRunTab(15_000)) === null) throw new Error('the first session never showed the first-run page');
    } finally {
      await Promise.race([first.close(), new Promise((r) => setTimeout(r, 15_000))]).catch(() => {});
    }
  } catch (err) {
    await removeDir(profileDir);
    throw new Error(`${name}: installing the extension in a first session failed: ${(err as Error).message}`);
  }
  const launchedAt = Date.now();
  try {
    const { browser } = await launchBrowser(name, { ...session, startUrl });
    return { b: wrap(browser, extensionId), launchedAt };
  } catch (err) {
    await removeDir(profileDir);
    throw new Error(`${name} did not start again on ${startUrl}: ${(err as Error).message}`);
  }
}
