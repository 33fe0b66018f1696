/**
 * Page-load cost in Chromium and Firefox, warm and cold, side by side in one run, on the fixture
 * academy. In each browser, four browsers run at once, each with one tab per page:
 *  - no extension, and a control extension whose content script is empty (same matches and host
 *    access as Aiguilleur: the floor any content script pays) — the baselines, shared by warm and cold;
 *  - Aiguilleur warm: its background kept running by the academy loads and the kept webmail page's
 *    reloads (both browsers stop it after 30 s idle);
 *  - Aiguilleur cold: its background stopped before each load, as after a teacher's pause.
 *    Chromium: DevTools `ServiceWorker.stopAllWorkers` (the harness's `stopServiceWorkers`), until the
 *    worker is gone. Firefox: launched with `extensions.background.idle.timeout` at COLD_IDLE_MS, and
 *    before each load the bench waits until Firefox reports the event page `stopped` (the harness's
 *    `firefoxBackgroundState`); the other loads of the round already give it more than that time.
 * Pages: an academy page where the banner appears (the DRANE login page), the webmail's login page
 * (academy, no banner) and a non-academy page (example.org). Targets: academy pages within 10 % of
 * the control, the non-academy page within 5 % of no extension, warm and cold.
 *
 * How, and why so: loads are interleaved across the setups, so drift on a busy machine hits them
 * alike, in the balanced order of bench/order.ts (what one browser leaves behind its load slows the
 * next one's, and which browser came before must not favour a setup). Before each load: the setup's
 * preparation (stopping the worker, or checking its state: every probe of it), then a quiet pause
 * (`--quiet-ms`), so that each load starts on a quiet machine, as a teacher's click does. Every load
 * starts the same time after the previous load ended (the pause plus PREP_BUDGET_MS), whatever its
 * setup's preparation took: the work one browser does after its load (the extension's reply, the
 * banner, its own after-load tasks) has as long to fade before any setup's load. The figure is the
 * median `loadEventEnd` with its quartiles; also the "settled" time (two frames after the load
 * event, when the banner has been drawn) and the CPU time of all of each browser's processes.
 *
 * Needs `npm run build`. Run alone with `npx tsx bench/page-load.ts [--loads N] [--quick] …`
 * (bench/options.ts), or via `npm run bench`. Other builds: AIGUILLEUR_CHROME_BUILD, AIGUILLEUR_FIREFOX_BUILD.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { startAcademy } from '../tests/fixtures/academy/server';
import {
  BUILDS,
  browserExists,
  buildExists,
  firefoxBackgroundState,
  firefoxBackgroundReading,
  freshProfileDir,
  geckoIdOf,
  launchBrowser,
  removeDir,
  runningServiceWorkers,
  stopServiceWorkers,
  waitUntil,
  type BrowserName,
} from '../tests/e2e/harness';
import { FLOOR_GECKO_ID, controlExtension, listeningFloorExtension } from './extensions';
import { parseBenchOptions, type BenchOptions, type Mode, type PageName } from './options';
import { balancedRounds } from './order';
import { treeCpuMs } from './process-cpu';
import { formatSpread, median, ratioInterval, spread, tenth, type Spread } from './stats';

/** Firefox's idle timeout for the cold event page (ms); the default, for the warm one, is 30 s. */
const COLD_IDLE_MS = 1000;
/** Cold: the wait after a stop before checking that nothing woke the background again. */
const SETTLE_MS = 100;
/** Warm: the kept page is reloaded at the first load this long after its last reload, well before either browser's 30 s idle stop. */
const WAKE_EVERY_MS = 20_000;
/**
 * The time every setup's preparation is given: each load starts this plus the quiet pause after the
 * previous load ended (cold's stop, its settling and its check fit in it; warm's reload does not,
 * and its load then starts later: counted in the JSON as `late`).
 */
const PREP_BUDGET_MS = 250;
/** Where the figures go (resolved when written: the table's tests import this module in a page-like environment). */
const outDir = () => fileURLToPath(new URL('../.output/bench/', import.meta.url));

type Setup = 'none' | 'control' | Mode | `floor-${Mode}`;
const SETUP_NAMES: Record<Setup, string> = {
  none: 'no extension',
  control: 'control',
  warm: 'Aiguilleur warm',
  cold: 'Aiguilleur cold',
  'floor-warm': 'floor warm',
  'floor-cold': 'floor cold',
};
/** Whether a setup's background is kept running or stopped before each load (none for the baselines). */
const modeOf = (setup: Setup): Mode | null => (setup === 'none' || setup === 'control' ? null : setup.endsWith('cold') ? 'cold' : 'warm');
/** A page measured, and its target: a ratio to its baseline's median load (null: given apart). */
interface BenchPage {
  page: PageName;
  what: string;
  host: string;
  path: string;
  target: number | null;
  baseline: 'control' | 'none';
}
const PAGES = [
  { page: 'academy', what: 'academy: DRANE login page, banner shown', host: 'drane.ac-lyon.fr', path: '/spip/spip.php?page=login', target: 1.1, baseline: 'control' },
  // A door of the mailbox: heard from its start (and in Firefox its requests held) so that a load
  // that never ends is told by 25 s; issue 19 gives its figure apart, with no target.
  { page: 'webmail', what: 'academy: webmail login page (a door, given apart)', host: 'webmail.ac-lyon.fr', path: '/iwc_static/layout/login.html?lang=fr', target: null, baseline: 'control' },
  { page: 'non-academy', what: 'non-academy: example.org', host: 'example.org', path: '/login.html', target: 1.05, baseline: 'none' },
] as const satisfies readonly BenchPage[];

interface Sample {
  load: number;
  /** Null when no frame came within FRAME_WAIT_MS (the tab was hidden meanwhile, e.g. by a tab the extension opened). */
  settled: number | null;
}
/** How long to wait for the two frames after the load event; hidden tabs get none. */
const FRAME_WAIT_MS = 2000;
/** `sinceWake`: warm, ms from the kept page's last reload (its background's last academy load) to this load's start; null otherwise. */
type SessionSample = Sample & { session: number; sinceWake: number | null };

/** One browser of one setup, its tab per page, and how to make its background what the setup says before a load. */
interface Instance {
  setup: Setup;
  browser: Browser;
  tabs: Map<PageName, Page>;
  /** The academy page every setup keeps open, not measured (warm: reloaded to keep the background running). */
  wakeTab: Page;
  pid: number;
  profileDir: string;
  /**
   * Before a load: the setup's preparation, its last probe of the background at its end. Says
   * whether the background was then as the setup wants it (warm: running; cold: stopped; null
   * without one), how many times it had to be stopped again, and whether an academy page woke it.
   */
  prepare(page: Page): Promise<Prepared>;
  /** CPU time of the browser's processes spent in warm's wakes (the kept page's reloads), left out of its per-load figure. */
  wakeCpuMs(): number;
  /** Warm: ms since the kept page's last reload ended; null for the other setups. */
  sinceWake(): number | null;
}

interface Prepared {
  asWanted: boolean | null;
  restops: number;
  /** Warm: why the kept page was reloaded before this load (due after 20 s, or the background found stopped), or null. */
  woken: 'timed' | 'stopped' | null;
}

async function measure(page: Page, url: string): Promise<Sample> {
  await page.bringToFront(); // hidden tabs get no animation frames
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(
    (wait) =>
      new Promise<Sample>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ load: nav.loadEventEnd, settled: performance.now() })));
        setTimeout(() => resolve({ load: nav.loadEventEnd, settled: null }), wait);
      }),
    FRAME_WAIT_MS,
  );
}

function copyOf(dir: string, to: string): string {
  cpSync(dir, to, { recursive: true });
  return to;
}

async function launchSetup(name: BrowserName, setup: Setup, control: string, floor: string, pages: readonly BenchPage[], wakeUrl: string): Promise<Instance> {
  const build = BUILDS[name];
  const profileDir = await freshProfileDir(`bench-${name}-${setup}`);
  const mode = modeOf(setup);
  const isFloor = setup.startsWith('floor');
  // Aiguilleur from a copy, as the harness does: a `npm run build` meanwhile would swap its files mid-run.
  const extensions = setup === 'none' ? [] : setup === 'control' ? [control] : isFloor ? [floor] : [copyOf(build, join(profileDir, 'aiguilleur'))];
  // Every Firefox setup alike: sub-millisecond timings (Firefox rounds them to the millisecond by
  // default, a step of 4 % on a 25 ms page, as large as the non-academy page's 5 % target).
  const firefoxPrefs = name === 'firefox' ? { 'privacy.reduceTimerPrecision': false, ...(mode === 'cold' ? { 'extensions.background.idle.timeout': COLD_IDLE_MS } : {}) } : {};
  const { browser } = await launchBrowser(name, { extensions, profileDir, firefoxPrefs });
  const tabs = new Map<PageName, Page>();
  for (const p of pages) tabs.set(p.page, tabs.size === 0 ? ((await browser.pages())[0] ?? (await browser.newPage())) : await browser.newPage());
  const geckoId = isFloor ? FLOOR_GECKO_ID : geckoIdOf(build);
  // A probe: one DevTools (Chromium) or BiDi (Firefox) round trip that reads the background's state,
  // work for the browser; every setup makes the same one before its pause, the baselines too
  // (Firefox says "undefined" for an add-on that is absent or has no background).
  const probe = async () =>
    name === 'chromium'
      ? (await runningServiceWorkers(browser, 'chrome-extension://')).length ? 'running' : 'stopped'
      : firefoxBackgroundReading(browser, geckoId);
  const state = async () => (name === 'chromium' ? probe() : firefoxBackgroundState(browser, geckoId));
  // Every setup keeps an academy page open in a tab of its own, not measured (the webmail's login
  // page: a door, whose navigation wakes Aiguilleur's background and the floor's alike): warm, reloaded every
  // WAKE_EVERY_MS (or when the background had stopped), it keeps the background running as a
  // teacher's last academy page did, which a run without academy pages (--pages non-academy)
  // needs; the other setups have the same page open, so that it costs them alike.
  const wakeTab = await browser.newPage();
  await wakeTab.goto(wakeUrl, { waitUntil: 'load' });
  let wokenAt = Date.now();
  let wakeCpu = 0;
  const pid = browser.process()?.pid ?? -1;
  const wake = async () => {
    const cpuBefore = treeCpuMs(pid);
    try {
      await wakeTab.goto(wakeUrl, { waitUntil: 'load' });
      await waitUntil('the background woken by an academy page', state, (s) => s === 'running', { timeout: 10_000, interval: 50 });
      wokenAt = Date.now();
    } finally {
      wakeCpu += treeCpuMs(pid) - cpuBefore;
    }
  };
  // Every probe comes before the quiet pause, the last one just before it in every setup, so that
  // each load finds its browser as long after a probe as any other. Cold: stopped, a moment for a
  // message in flight from the last page to wake it (then stopped again), and the background is
  // stopped when the pause begins.
  const prepare = async (page: Page): Promise<Prepared> => {
    if (mode === null) return (await probe(), { asWanted: null, restops: 0, woken: null });
    if (mode === 'warm') {
      // One reading, the last probe, unless a wake is due: its own wait ends on a reading.
      const running = (await state()) === 'running';
      if (running && Date.now() - wokenAt <= WAKE_EVERY_MS) return { asWanted: true, restops: 0, woken: null };
      const awake = await wake().then(
        () => true,
        () => false,
      );
      return { asWanted: awake, restops: 0, woken: running ? 'timed' : 'stopped' };
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      if (name === 'chromium') await stopServiceWorkers(browser, page, 'chrome-extension://');
      else await waitUntil('firefox: the event page stopped', state, (s) => s === 'stopped', { timeout: COLD_IDLE_MS + 10_000, interval: 50 });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      if ((await state()) === 'stopped') return { asWanted: true, restops: attempt, woken: null };
    }
    return { asWanted: false, restops: 5, woken: null };
  };
  return { setup, browser, tabs, wakeTab, pid, profileDir, prepare, wakeCpuMs: () => wakeCpu, sinceWake: () => (mode === 'warm' ? Date.now() - wokenAt : null) };
}

export interface PageResult {
  page: PageName;
  url: string;
  setups: Partial<Record<Setup, Spread & { settled: Spread }>> & Record<'none' | 'control', Spread & { settled: Spread }>;
  /**
   * Median load of each Aiguilleur mode divided by each baseline, the page's baseline (control on
   * academy pages, no extension elsewhere) with its 95 % interval; `met` is null for a page given apart.
   */
  ratios: Record<Mode, { toControl: number; toNone: number; interval: { low: number; high: number }; target: number | null; baseline: 'control' | 'none'; met: boolean | null }>;
  /** Every load (ms, to 0.1), in the order measured, one list per session: to see an instance's bias or a stray load. */
  loads: Partial<Record<Setup, number[][]>>;
  /** Warm: for each of its loads in `loads`, ms from the kept page's last reload to the load's start. */
  warmSinceWake?: number[][];
  /** With --floor: the platform's price of listening (floor / control) and Aiguilleur's own code (Aiguilleur / floor). */
  floorRatios?: Record<Mode, { floorToControl: number; aiguilleurToFloor: number }>;
}

export interface BrowserResult {
  pages: PageResult[];
  /** CPU time of all of a setup's browser processes over the timed rounds, per load (pauses included, alike for all; warm's wakes left out). */
  cpuMsPerLoad: Partial<Record<Setup, number>>;
  /** Loads whose background was not as their mode wants: warm found stopped, cold still running after 5 stops (they count anyway). */
  offMode: Record<Mode, number>;
  /** Cold loads whose background woke again right after being stopped, and was stopped again. */
  restops: number;
  /** Warm loads before which the kept page was reloaded: due (20 s after the last wake), or the background found stopped. */
  wakes: { timed: number; stopped: number };
  /** Loads whose preparation overran PREP_BUDGET_MS, so that they started later after the previous load than the others. */
  late: number;
}

async function runBrowser(name: BrowserName, options: BenchOptions, port: number, tmp: string): Promise<BrowserResult> {
  const control = controlExtension(name, BUILDS[name], join(tmp, `control-${name}`));
  const floor = listeningFloorExtension(name, BUILDS[name], join(tmp, `floor-${name}`));
  const setups: Setup[] = ['none', 'control', ...options.modes, ...(options.floor ? options.modes.map((m) => `floor-${m}` as const) : [])];
  const samples = new Map<string, SessionSample[]>();
  const cpu = new Map<string, number>();
  const offMode = { warm: 0, cold: 0 };
  let restops = 0;
  const wakes = { timed: 0, stopped: 0 };
  let late = 0;
  const rounds = balancedRounds(setups.length);
  const pages: readonly BenchPage[] = PAGES.filter((p) => options.pages.includes(p.page));
  const url = (p: BenchPage) => `http://${p.host}:${port}${p.path}`;
  for (let session = 0; session < options.sessions; session++) {
    const instances: Instance[] = [];
    try {
      for (const setup of setups) instances.push(await launchSetup(name, setup, control, floor, pages, url(PAGES.find((p) => p.page === 'webmail')!)));
      // Warm-up: caches, the extension's background; then close what the extension opened (its guide).
      for (const i of instances) for (const p of pages) await measure(i.tabs.get(p.page)!, url(p));
      for (const i of instances) {
        const mine = new Set([...i.tabs.values(), i.wakeTab]);
        for (const page of await i.browser.pages()) if (!mine.has(page)) await page.close().catch(() => {});
      }
      const cpuBefore = new Map(instances.map((i) => [i.setup, treeCpuMs(i.pid)]));
      let lastEnd = Date.now();
      let block = session; // each session starts the cycle elsewhere, so that a run cut short of whole cycles stays balanced across sessions
      for (let round = 0; round < options.loads; round++) {
        for (const p of pages) {
          for (const n of rounds[block++ % rounds.length]!) {
            const i = instances[n]!;
            const tab = i.tabs.get(p.page)!;
            const { asWanted, restops: again, woken } = await i.prepare(tab);
            if (woken) wakes[woken]++;
            if (asWanted === false) offMode[modeOf(i.setup)!]++;
            restops += again;
            // Until this load's start on the cadence; at least the quiet pause when the preparation overran.
            const untilStart = lastEnd + PREP_BUDGET_MS + options.quietMs - Date.now();
            if (untilStart < options.quietMs) late++;
            await new Promise((r) => setTimeout(r, Math.max(options.quietMs, untilStart)));
            const key = `${p.page}/${i.setup}`;
            const sinceWake = i.sinceWake();
            samples.set(key, [...(samples.get(key) ?? []), { ...(await measure(tab, url(p))), session, sinceWake }]);
            lastEnd = Date.now();
          }
        }
        process.stdout.write(`\r${name}: session ${session + 1}/${options.sessions}, round ${round + 1}/${options.loads}`);
      }
      process.stdout.write('\n');
      for (const i of instances) cpu.set(i.setup, (cpu.get(i.setup) ?? 0) + treeCpuMs(i.pid) - cpuBefore.get(i.setup)! - i.wakeCpuMs());
    } finally {
      for (const i of instances) {
        await Promise.race([i.browser.close(), new Promise((r) => setTimeout(r, 15_000))]).catch(() => {});
        await removeDir(i.profileDir);
      }
    }
  }
  const loadsPerBrowser = options.loads * options.sessions * pages.length;
  const cpuMsPerLoad = Object.fromEntries(setups.map((s) => [s, Math.round((cpu.get(s) ?? 0) / loadsPerBrowser)]));
  const results = pages.map((p): PageResult => {
    const of = (s: Setup) => samples.get(`${p.page}/${s}`) ?? [];
    const loadMedian = (s: Setup) => median(of(s).map((x) => x.load));
    const stats = Object.fromEntries(
      setups.map((s) => [s, { ...spread(of(s).map((x) => x.load)), settled: spread(of(s).flatMap((x) => (x.settled === null ? [] : [x.settled]))) }]),
    ) as PageResult['setups'];
    const ratios = Object.fromEntries(
      options.modes.map((m) => {
        // Ratios of the unrounded medians, judged as shown (three decimals).
        const toControl = round3(loadMedian(m) / loadMedian('control'));
        const toNone = round3(loadMedian(m) / loadMedian('none'));
        const ratio = p.baseline === 'control' ? toControl : toNone;
        const { low, high } = ratioInterval(of(m).map((x) => x.load), of(p.baseline).map((x) => x.load));
        const met = p.target === null ? null : ratio <= p.target;
        return [m, { toControl, toNone, interval: { low: round3(low), high: round3(high) }, target: p.target, baseline: p.baseline, met }];
      }),
    ) as PageResult['ratios'];
    const floorRatios = options.floor
      ? (Object.fromEntries(
          options.modes.map((m) => [m, { floorToControl: round3(loadMedian(`floor-${m}`) / loadMedian('control')), aiguilleurToFloor: round3(loadMedian(m) / loadMedian(`floor-${m}`)) }]),
        ) as PageResult['floorRatios'])
      : undefined;
    const loads = Object.fromEntries(
      setups.map((s) => [s, Array.from({ length: options.sessions }, (_, n) => of(s).filter((x) => x.session === n).map((x) => tenth(x.load)))]),
    );
    const warmSinceWake = options.modes.includes('warm')
      ? Array.from({ length: options.sessions }, (_, n) => of('warm').filter((x) => x.session === n).map((x) => Math.round(x.sinceWake ?? -1)))
      : undefined;
    return { page: p.page, url: url(p).replace(/:\d+/, ''), setups: stats, ratios, loads, ...(warmSinceWake ? { warmSinceWake } : {}), ...(floorRatios ? { floorRatios } : {}) };
  });
  return { pages: results, cpuMsPerLoad, offMode, restops, wakes, late };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const times = (x: number) => `×${x.toFixed(2)}`;

/** The table for docs/performance.md: one row per browser and page. */
export function markdownTable(results: Record<string, BrowserResult>, modes: Mode[]): string {
  const floor = Object.values(results).some((r) => r.pages.some((p) => p.floorRatios));
  const head = [
    'browser',
    'page',
    'no extension',
    'control',
    ...modes.map((m) => `Aiguilleur ${m} (× control / × none)`),
    ...(floor ? modes.map((m) => `floor ${m} (× control; Aiguilleur × floor)`) : []),
    'target',
  ];
  const rows = Object.entries(results).flatMap(([browser, { pages }]) =>
    pages.map((r) => {
      const p = PAGES.find((x) => x.page === r.page)!;
      return [
        browser,
        p.what,
        formatSpread(r.setups.none),
        formatSpread(r.setups.control),
        ...modes.map((m) => {
          const ratio = r.ratios[m];
          const interval = `[${ratio.interval.low.toFixed(3)}–${ratio.interval.high.toFixed(3)}]`;
          // The target's ratio to three decimals: ×1.055 must not read as ×1.05, which meets ≤ ×1.05.
          const target = (x: number) => `**×${x.toFixed(3)}**`;
          const main = ratio.baseline === 'control' ? `${target(ratio.toControl)} ${interval} / ${times(ratio.toNone)}` : `${times(ratio.toControl)} / ${target(ratio.toNone)} ${interval}`;
          // A miss whose interval still holds the target is one the run cannot tell from noise.
          const missed = ratio.met !== false ? '' : ratio.interval.low <= ratio.target! ? ' (missed; its interval holds the target)' : ' (missed)';
          return `${formatSpread(r.setups[m]!)} ${main}${missed}`;
        }),
        ...(floor ? modes.map((m) => `${formatSpread(r.setups[`floor-${m}`]!)} ${times(r.floorRatios![m].floorToControl)}; ${times(r.floorRatios![m].aiguilleurToFloor)}`) : []),
        p.target === null ? 'given apart' : `≤ ×${p.target.toFixed(2)} ${p.baseline}`,
      ];
    }),
  );
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export async function run(options: BenchOptions = parseBenchOptions([])): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'aiguilleur-pageload-'));
  const academy = await startAcademy();
  const results: Record<string, BrowserResult> = {};
  try {
    for (const name of options.browsers) {
      if (!browserExists(name) || !buildExists(name)) {
        console.error(`${name}: no browser or no build in ${BUILDS[name]} (npm run build): not measured`);
        return false;
      }
      results[name] = await runBrowser(name, options, academy.port, tmp);
    }
  } finally {
    await academy.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const table = markdownTable(results, options.modes);
  console.log(`\n${table}\n`);
  for (const [name, r] of Object.entries(results)) {
    if (r.offMode.warm || r.offMode.cold) console.log(`${name}: ${r.offMode.warm} warm loads found the background stopped, ${r.offMode.cold} cold ones found it running (counted anyway)`);
    if (r.wakes.timed || r.wakes.stopped) console.log(`${name}: the kept webmail page, not measured, was reloaded before ${r.wakes.timed} warm loads (due) and ${r.wakes.stopped} (the background found stopped)`);
    if (r.late) console.log(`${name}: ${r.late} loads started later than the cadence, their preparation having overrun ${PREP_BUDGET_MS} ms`);
    if (r.restops) console.log(`${name}: the cold background woke again after its stop before ${r.restops} loads and was stopped again`);
    const bySetup = (f: (s: Setup) => string) => (Object.keys(r.pages[0]!.setups) as Setup[]).map((s) => `${SETUP_NAMES[s]} ${f(s)}`).join(', ');
    for (const p of r.pages) console.log(`${name} ${p.page}: settled (two frames after load) ${bySetup((s) => p.setups[s]!.settled.median.toFixed(1))} ms`);
    console.log(`${name}: CPU per load, all the browser's processes: ${bySetup((s) => String(r.cpuMsPerLoad[s]))} ms`);
  }
  const OUT_DIR = outDir();
  mkdirSync(OUT_DIR, { recursive: true });
  const { only: _only, ...method } = options;
  writeFileSync(join(OUT_DIR, 'page-load.json'), `${JSON.stringify({ date: new Date().toISOString(), method: { ...method, coldIdleMsFirefox: COLD_IDLE_MS, prepBudgetMs: PREP_BUDGET_MS }, results }, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'page-load.md'), `${table}\n`);
  console.log(`figures: .output/bench/page-load.json, table: .output/bench/page-load.md${options.quick ? ' (quick run: not the project\'s figures)' : ''}`);
  return Object.values(results).every(({ pages }) => pages.every((r) => Object.values(r.ratios).every((x) => x.met !== false)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = (await run(parseBenchOptions(process.argv.slice(2)))) ? 0 : 1;
