/**
 * The 20-second verdict (issue 19): a webmail load that never ends (a server that accepts and
 * never answers, on the webmail's real name) is told `network-slow` — the "!" badge, then the
 * popup — by 25 s after the load began, and not before the pack's threshold (20 s), however the
 * background stood when the load began:
 *  - warm: the background running (woken by a message just before);
 *  - cold: the background stopped, as after a teacher's pause (Chromium: DevTools
 *    `ServiceWorker.stopAllWorkers`; Firefox: `Extension.terminateBackground()`, what its idle timer
 *    calls; the idle timeout stays Firefox's 30 s, so the woken page lives as a user's would);
 *  - first load: the browser opens on the webmail (a home page, a restored session), the
 *    extension installed in an earlier session; the time origin is the launch.
 * The badge is read from an extension page every 250 ms: asking the service worker (the harness's
 * Chromium `badgeText`) would start it and hold it through DevTools, which is the very thing
 * measured. What differs from a store build: Chromium runs the build unpacked, whose alarms may
 * fire sooner than the packed build's 30 s floor; the extension asks for none sooner than 30 s
 * anyway (ALARM_MIN_DELAY_MS), so a verdict the timer missed shows here as it would for a user.
 *
 * CI: the cold case and the first load in each browser (≈27 s and ≈35 s each). `SLOW_STRESS=1` (npm run stress): SLOW_STRESS_RUNS
 * (default 20) runs of each variant per browser, a table at the end, failing on any miss.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slowLoadMs } from '../../src/diagnostics/load-timer';
import { bundledPack } from '../../src/rules/bundled';
import { startFailingServers, type FailingServers } from '../fixtures/failing-servers';
import { BROWSERS, BUILDS, eventually, extensionSuite, launchOnStartPage, waitUntil, type BrowserName, type ExtensionBrowser } from './harness';

const THRESHOLD_MS = slowLoadMs(bundledPack);
/** The target: told by then after the load began. */
const TOLD_BY_MS = 25_000;
/** A "!" sooner than this is early (the threshold, less a second for the poll and the clocks). */
const NOT_BEFORE_MS = THRESHOLD_MS - 1_000;
const POLL_MS = 250;
const STRESS = !!process.env.SLOW_STRESS;
const STRESS_RUNS = Number(process.env.SLOW_STRESS_RUNS ?? 20);
/** In the stress, a miss is watched on to here, so the table says how late it came (the alarm's 30 s floor). */
const STRESS_WATCH_MS = 40_000;

type Variant = 'warm' | 'cold' | 'first load';
const VARIANTS: Variant[] = ['warm', 'cold', 'first load'];

interface Run {
  browser: BrowserName;
  variant: Variant;
  /** ms from the load's start to the first "!" seen, or null if none by the end of the watch. */
  badgeAt: number | null;
  /** The popup's verdict once the badge turned. */
  verdict: string | null;
  /** The background when the load began (warm/cold), for the table's notes. */
  backgroundAtStart: string;
  /** On a miss: what the extension kept of the load (`diag:slowLoads`) and the tab's status, to tell why. */
  kept?: string;
}

const toldInTime = (r: Run) => r.badgeAt !== null && r.badgeAt <= TOLD_BY_MS && r.badgeAt >= NOT_BEFORE_MS && r.verdict === 'network-slow';
const describeRun = (r: Run) =>
  `${r.browser} ${r.variant}: ${r.badgeAt === null ? 'no "!"' : `"!" at ${(r.badgeAt / 1000).toFixed(1)} s`}, popup ${r.verdict ?? '-'} (background ${r.backgroundAtStart} at the start)${r.kept ? `; ${r.kept}` : ''}`;

const allRuns: Run[] = [];

/** The badge read from an extension page: neither wakes the background nor keeps it alive. */
const quietBadge = (b: ExtensionBrowser, tabId: number) =>
  b.inExtension((id: number) => (((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id }) as Promise<string>), tabId);

/** The popup's verdict for a tab (opening the popup wakes the background: only once the badge turned). */
async function popupVerdict(b: ExtensionBrowser, tabId: number): Promise<string | null> {
  const probe = async () => {
    const popup = await b.openExtensionPage(`popup.html?tabId=${tabId}`);
    try {
      await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
      return await popup.evaluate(() => document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? null);
    } finally {
      await popup.close();
    }
  };
  return eventually(probe, (v) => v === 'network-slow', { timeout: 5_000, interval: 500 });
}

/** For a miss: the load as the extension kept it (read from an extension page: wakes nothing) and the tab's status. */
const keptOf = (b: ExtensionBrowser, tabId: number) =>
  b
    .inExtension(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const kept = (await api.storage.session.get('diag:slowLoads'))['diag:slowLoads'];
      const tab = await api.tabs.get(id).catch(() => undefined);
      return `kept ${JSON.stringify(kept?.loads?.[String(id)] ?? null)}, tab ${tab?.status ?? 'gone'}`;
    }, tabId)
    .catch((e: Error) => `kept ? (${e.message})`);

/** Polls the badge from `startedAt` until "!" or `startedAt + watchMs`; then asks the popup. */
async function watch(b: ExtensionBrowser, tabId: number, startedAt: number, watchMs: number): Promise<Pick<Run, 'badgeAt' | 'verdict' | 'kept'>> {
  for (;;) {
    const polledAt = Date.now();
    const text = await quietBadge(b, tabId).catch(() => '');
    if (text === '!') return { badgeAt: polledAt - startedAt, verdict: await popupVerdict(b, tabId) };
    if (Date.now() - startedAt >= watchMs) return { badgeAt: null, verdict: null, kept: `${await b.backgroundState()} at the end, ${await keptOf(b, tabId)}` };
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(POLL_MS, startedAt + watchMs - Date.now()))));
  }
}

/** Wakes the background with a harmless request (the popup's self-check) and waits until it runs. */
async function wakeBackground(b: ExtensionBrowser): Promise<void> {
  await b.inExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'self-check' }).catch(() => null));
  await waitUntil(`${b.name}: the background running`, () => b.backgroundState(), (s) => s === 'running', { timeout: 10_000, interval: 50 });
}

/** A run that could not be made counts as a miss, with its error (the other runs go on). */
async function attempt(browser: BrowserName, variant: Variant, run: () => Promise<Run>): Promise<Run> {
  try {
    return await run();
  } catch (e) {
    return { browser, variant, badgeAt: null, verdict: null, backgroundAtStart: '?', kept: `run failed: ${(e as Error).message}` };
  }
}

/** One load in a tab of a running browser, warm or cold. */
async function loadInTab(b: ExtensionBrowser, url: string, variant: 'warm' | 'cold', watchMs: number): Promise<Run> {
  const page: Page = await b.newPage();
  try {
    const tabId = await b.tabIdOf(page);
    if (variant === 'warm') await wakeBackground(b);
    else await b.stopBackground();
    const backgroundAtStart = await b.backgroundState();
    const startedAt = Date.now();
    // The load never ends: its promise is left to fail when the tab closes.
    void page.goto(url, { timeout: 0 }).catch(() => {});
    const seen = await watch(b, tabId, startedAt, watchMs);
    return { browser: b.name, variant, backgroundAtStart, ...seen };
  } finally {
    await page.close().catch(() => {});
  }
}

/** The browser opened on `url`, the extension installed in an earlier session; timed from the launch. */
async function firstLoad(name: BrowserName, port: number, url: string, watchMs: number): Promise<Run> {
  const { b, launchedAt } = await launchOnStartPage(name, { extensionDir: BUILDS[name], port, startUrl: url });
  try {
    // The start page's tab: the one tab not showing an extension page (Firefox gives no URL for a
    // load that never commits; Chromium's pendingUrl, when there, must be the start URL).
    const tabId = await waitUntil(
      `${name}: the start page's tab`,
      () =>
        b.inExtension(
          async (prefix: string, origin: string) => {
            const tabs: { id: number; url?: string; pendingUrl?: string }[] = await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.query({});
            const others = tabs.filter((t) => !(t.url ?? '').startsWith(origin) && !(t.pendingUrl ?? '').startsWith(origin));
            const named = others.filter((t) => (t.pendingUrl ?? t.url ?? '').startsWith(prefix));
            return named.length === 1 ? named[0]!.id : others.length === 1 ? others[0]!.id : null;
          },
          url,
          b.extensionOrigin,
        ),
      (id) => id !== null,
      { timeout: 10_000, interval: 100 },
    );
    const seen = await watch(b, tabId!, launchedAt, watchMs);
    return { browser: name, variant: 'first load', backgroundAtStart: 'starting with the browser', ...seen };
  } finally {
    await b.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function table(runs: Run[]): string {
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows = [['browser', 'variant', 'runs', `told by ${TOLD_BY_MS / 1000} s`, 'median "!"', 'max "!"', `early (< ${NOT_BEFORE_MS / 1000} s)`, 'no "!" at all']];
  for (const browser of BROWSERS) {
    for (const variant of VARIANTS) {
      const rs = runs.filter((r) => r.browser === browser && r.variant === variant);
      if (!rs.length) continue;
      const times = rs.flatMap((r) => (r.badgeAt === null ? [] : [r.badgeAt]));
      rows.push([
        browser,
        variant,
        String(rs.length),
        String(rs.filter(toldInTime).length),
        times.length ? sec(median(times)) : '-',
        times.length ? sec(Math.max(...times)) : '-',
        String(rs.filter((r) => r.badgeAt !== null && r.badgeAt < NOT_BEFORE_MS).length),
        String(rs.length - times.length),
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')).join('\n');
}

let failing: FailingServers;
beforeAll(async () => {
  failing = await startFailingServers();
});
afterAll(async () => {
  if (allRuns.length) console.log(`[e2e] network-slow, a load that never ends (threshold ${THRESHOLD_MS / 1000} s):\n${table(allRuns)}\n${allRuns.map(describeRun).join('\n')}`);
  await failing?.close();
});

const silentWebmail = () => `http://webmail.ac-lyon.fr:${failing.silentPort}/`;

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'network-slow for a load that never ends', {}, (ext) => {
    // The cold case: the usual one (a teacher comes back after the browser stopped the idle
    // background), where the background must be woken by the load itself and outlive it.
    it.skipIf(STRESS)(`a load begun with the background stopped is told network-slow (badge, popup) between ${NOT_BEFORE_MS / 1000} and ${TOLD_BY_MS / 1000} s`, async () => {
      const run = await loadInTab(ext.b, silentWebmail(), 'cold', TOLD_BY_MS);
      allRuns.push(run);
      expect(run.badgeAt, describeRun(run)).not.toBeNull();
      expect(run.badgeAt!, describeRun(run)).toBeGreaterThanOrEqual(NOT_BEFORE_MS);
      expect(run.badgeAt!, describeRun(run)).toBeLessThanOrEqual(TOLD_BY_MS);
      expect(run.verdict, describeRun(run)).toBe('network-slow');
    }, 35_000);

    // The browser's first page: told from the tab's pending URL (Chromium) or the request Firefox
    // holds for its blocking listener (the only one it keeps for the event page while it starts).
    it.skipIf(STRESS)(`the browser's first page (it opens on the webmail) is told network-slow by ${TOLD_BY_MS / 1000} s after the launch`, async () => {
      const run = await firstLoad(name, ext.academy.port, silentWebmail(), TOLD_BY_MS);
      allRuns.push(run);
      expect(toldInTime(run), describeRun(run)).toBe(true);
    }, 60_000);

    // Warm and cold alternate in this browser; first loads, each in a browser of its own, run
    // alongside (another process: they do not share a background with the tabs).
    it.runIf(STRESS)(`stress: ${STRESS_RUNS} runs of each variant`, async () => {
      const inTabs = (async () => {
        const runs: Run[] = [];
        for (let i = 0; i < STRESS_RUNS; i++) {
          for (const variant of ['warm', 'cold'] as const) {
            const run = await attempt(name, variant, () => loadInTab(ext.b, silentWebmail(), variant, STRESS_WATCH_MS));
            runs.push(run);
            allRuns.push(run);
            console.log(`[e2e] ${describeRun(run)}`);
          }
        }
        return runs;
      })();
      const firstLoads = (async () => {
        const runs: Run[] = [];
        for (let i = 0; i < STRESS_RUNS; i++) {
          const run = await attempt(name, 'first load', () => firstLoad(name, ext.academy.port, silentWebmail(), STRESS_WATCH_MS));
          runs.push(run);
          allRuns.push(run);
          console.log(`[e2e] ${describeRun(run)}`);
        }
        return runs;
      })();
      const runs = (await Promise.all([inTabs, firstLoads])).flat();
      const missed = runs.filter((r) => !toldInTime(r));
      expect(missed.map(describeRun), `${missed.length} of ${runs.length} runs missed`).toEqual([]);
    }, STRESS_RUNS * 2 * (STRESS_WATCH_MS + 15_000) + 60_000);
  });
});
