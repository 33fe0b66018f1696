/**
 * The background's start-up, cold, in each browser, and its bundle's size.
 *
 * How: an instrumented copy of the build (bench/extensions.ts, `instrumentedBuild`: the build's own
 * background.js between a few lines of timing; the build under test is untouched) is loaded through
 * the e2e harness. Before each sample the background is stopped (Chromium: `stopServiceWorker`, as
 * Chrome does after 30 s idle; Firefox: an idle timeout of 1 s and `waitForBackgroundStopped`), then
 * a tab loads the academy page (the DRANE login page), whose navigation wakes it. The background
 * records, on its own clock (0 = its time origin: the worker's or the event page's start):
 *  - script start: the first line of background.js runs (what the browser spent before);
 *  - evaluation: Aiguilleur's bundle evaluated, every listener registered (parse, compile, run);
 *  - first event: the first event handed to one of its listeners (which one), when the listener was
 *    called ("wake to first event") and when it returned or its promise settled ("handled");
 *  - and, on the wall clock, from the page's navigation start (`performance.timeOrigin` of the page)
 *    to that first event: what the page's navigation waited, at most, for the extension to hear it.
 * Bundle: background.js raw and gzip (level 9, as `npm run size`).
 *
 * Run alone with `npx tsx bench/startup.ts [--loads N] [--quick] [--browsers …]`, or via `npm run bench`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileSizes } from '../build/file-sizes';
import { startAcademy } from '../tests/fixtures/academy/server';
import { BUILDS, browserExists, buildExists, launch, waitUntil, type BrowserName } from '../tests/e2e/harness';
import { STARTUP_KEY, instrumentedBuild, type StartupRecord } from './extensions';
import { parseBenchOptions, type BenchOptions } from './options';
import { formatSpread, spread, type Spread } from './stats';

const OUT_DIR = fileURLToPath(new URL('../.output/bench/', import.meta.url));
const IDLE_MS = 1000;

export interface StartupResult {
  bundle: { raw: number; gzip: number };
  samples: number;
  /** Time origin → first line of background.js. */
  scriptStart: Spread;
  /** Aiguilleur's bundle evaluated, listeners registered. */
  evaluation: Spread;
  /** Time origin → first listener called ("wake to first event"). */
  toFirstEvent: Spread;
  /** Time origin → first listener returned or its promise settled ("wake to first event handled"). */
  toFirstEventHandled: Spread;
  /** Page's navigation start → first listener called (wall clock). */
  navigationToFirstEvent: Spread;
  /** Which event came first, how many times. */
  firstEvents: Record<string, number>;
}

export function bundleSize(name: BrowserName): { raw: number; gzip: number } {
  return fileSizes([readFileSync(join(BUILDS[name], 'background.js'))]);
}

async function measureBrowser(name: BrowserName, options: BenchOptions, tmp: string): Promise<StartupResult> {
  const academy = await startAcademy();
  const b = await launch(name, { extensionDir: instrumentedBuild(BUILDS[name], join(tmp, `instrumented-${name}`)), port: academy.port, firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  const rows: { record: StartupRecord; navigationStart: number }[] = [];
  try {
    const tab = await b.newPage();
    const url = b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login');
    const read = () => b.inExtension(async (key: string) => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.get(key))[key] ?? null) as StartupRecord | null, STARTUP_KEY);
    await b.goto(tab, url); // warm-up: caches
    let last = (await read())?.timeOrigin ?? 0;
    for (let i = 0; i < options.loads; i++) {
      // Stopped, then a quiet pause; stopped again if something woke it meanwhile (a message in
      // flight), so that the navigation is what wakes it.
      for (let attempt = 0; ; attempt++) {
        if (name === 'chromium') await b.stopServiceWorker();
        else await b.waitForBackgroundStopped(IDLE_MS + 10_000);
        await new Promise((r) => setTimeout(r, options.quietMs));
        if ((await b.backgroundState()) === 'stopped') break;
        if (attempt === 5) throw new Error(`${name}: the background keeps waking before the navigation`);
      }
      await b.goto(tab, url);
      const navigationStart = await tab.evaluate(() => performance.timeOrigin);
      // A fresh record (another time origin) once the woken background has handled its first event.
      const record = await waitUntil(`${name}: the woken background's first event`, read, (r) => !!r && r.timeOrigin !== last && !!r.firstEvent?.end, { timeout: 10_000 });
      last = record!.timeOrigin;
      rows.push({ record: record!, navigationStart });
      process.stdout.write(`\r${name}: start-up ${i + 1}/${options.loads}`);
    }
    process.stdout.write('\n');
  } finally {
    await b.close();
    await academy.close();
  }
  const firstEvents: Record<string, number> = {};
  for (const { record } of rows) firstEvents[record.firstEvent!.name] = (firstEvents[record.firstEvent!.name] ?? 0) + 1;
  return {
    bundle: bundleSize(name),
    samples: rows.length,
    scriptStart: spread(rows.map(({ record }) => record.scriptStart)),
    evaluation: spread(rows.map(({ record }) => record.codeEnd - record.codeStart)),
    toFirstEvent: spread(rows.map(({ record }) => record.firstEvent!.start)),
    toFirstEventHandled: spread(rows.map(({ record }) => record.firstEvent!.end)),
    navigationToFirstEvent: spread(rows.map(({ record, navigationStart }) => record.timeOrigin + record.firstEvent!.start - navigationStart)),
    firstEvents,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function markdownTable(results: Record<string, StartupResult>): string {
  const head = ['browser', 'background.js raw / gzip', 'start → script runs', 'evaluation (listeners registered)', 'wake → first event', 'wake → first event handled', 'navigation start → first event', 'first event'];
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    `${kb(r.bundle.raw)} / ${kb(r.bundle.gzip)}`,
    formatSpread(r.scriptStart),
    formatSpread(r.evaluation),
    formatSpread(r.toFirstEvent),
    formatSpread(r.toFirstEventHandled),
    formatSpread(r.navigationToFirstEvent),
    Object.entries(r.firstEvents)
      .map(([e, n]) => `\`${e}\` (${n}/${r.samples})`)
      .join(', '),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export async function run(options: BenchOptions = parseBenchOptions([])): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'aiguilleur-startup-'));
  const results: Record<string, StartupResult> = {};
  try {
    for (const name of options.browsers) {
      if (!browserExists(name) || !buildExists(name)) {
        console.error(`${name}: no browser or no build in ${BUILDS[name]} (npm run build): not measured`);
        return false;
      }
      results[name] = await measureBrowser(name, options, tmp);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const table = markdownTable(results);
  console.log(`\n${table}\n`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'startup.json'), `${JSON.stringify({ date: new Date().toISOString(), loads: options.loads, idleMsFirefox: IDLE_MS, results }, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'startup.md'), `${table}\n`);
  return true; // no target yet: issue 19 compares before and after
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = (await run(parseBenchOptions(process.argv.slice(2)))) ? 0 : 1;
