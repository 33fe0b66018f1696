/**
 * `npm start`: build the Chrome extension, serve the fixture academy, and show Aiguilleur in
 * Debian's Chromium on the academy's real host names (all mapped to 127.0.0.1; nothing leaves
 * the machine).
 *
 * - With $DISPLAY: a visible browser on the DRANE login page and the webmail; it runs until
 *   you close the browser (or press Ctrl+C).
 * - Without: headless, it visits each scenario (scripts/scenarios.ts: at least one per verdict,
 *   failed loads included) and writes screenshots to .output/demo/ (the pages with their
 *   banner, the popup for each tab at 380×600), then in .output/demo/sizes/ the banner on the
 *   DRANE login page and every extension page at each window size (1366×768, 1280×800,
 *   1024×768, 800×600), prints their paths and exits; it exits 1 when a popup tells another
 *   verdict than its scenario names or a section of an extension page leaves its column.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startAcademy, type Academy } from '../tests/fixtures/academy/server';
import { startFailingServers, type FailingServers } from '../tests/fixtures/failing-servers';
import {
  BUILDS,
  EXECUTABLES,
  EXTENSION_PAGES,
  ROOT,
  WINDOW_SIZES,
  bannerOf,
  launchChromium,
  layoutProblems,
  resizeTo,
  waitForExtensionPage,
  type ExtensionBrowser,
  type WindowSize,
} from '../tests/e2e/harness';
import { SCENARIOS, type FailingLoad, type FixturePage } from './scenarios';
import { selectPack } from '../build/selected-pack';

const DEMO_DIR = join(ROOT, '.output/demo');
const POPUP_SIZE = { width: 380, height: 600 };

function build(): void {
  console.log('› npm run build:chrome');
  const run = spawnSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build failed (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
}

async function shoot(page: Page, file: string, fullPage = false): Promise<string> {
  // a tab in the background may never paint a frame to capture: bring it forward first
  await page.bringToFront();
  const path = join(DEMO_DIR, file) as `${string}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

interface Servers {
  academy: Academy;
  failing: FailingServers;
}

/** Where each failing load is sent (the harness maps every name to 127.0.0.1 but introuvable.ac-lyon.fr). */
function failingUrl(load: FailingLoad, { academy, failing }: Servers): string {
  switch (load) {
    case 'self-signed':
      return `https://webmail.ac-lyon.fr:${failing.tlsPort}/`;
    case 'refused':
      return `http://webmail.ac-lyon.fr:${failing.refusedPort}/`;
    case 'silent':
      return `http://webmail.ac-lyon.fr:${failing.silentPort}/`;
    case 'unresolved':
      return `http://introuvable.ac-lyon.fr:${academy.port}/`;
    case 'offline':
      return `http://webmail.ac-lyon.fr:${academy.port}/`;
  }
}

async function openFixture(b: ExtensionBrowser, page: Page, at: FixturePage): Promise<void> {
  await b.goto(page, b.url(at.host, at.path));
  if (at.login === 'webmail') {
    await page.type('#username', 'jdupont');
    await page.type('#password', 'demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#boutonConnexion')]);
  }
  if (at.login === 'sso') {
    await page.type('#user', 'jdupont');
    await page.type('#password', 'demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#valider')]);
  }
  if (at.forwarding) {
    await page.type('#transfert-adresse', 'jean.dupont@gmail.com');
    await page.waitForSelector('[data-verdict="forwarding-risk"]', { timeout: 5_000 });
  }
}

async function openFailing(page: Page, load: FailingLoad, servers: Servers): Promise<void> {
  if (load === 'offline') await page.setOfflineMode(true);
  // The load failing is the point: its error is swallowed. A silent server never answers: do not wait for it.
  const nav = page.goto(failingUrl(load, servers), { timeout: 60_000 }).catch(() => {});
  if (load !== 'silent') await nav;
}

/** The popup's verdict for the tab, once it is `want` (a journey's verdict replaces the page's own) or the time is up. */
async function popupOnceTold(b: ExtensionBrowser, tabId: number, want: string, timeout: number): Promise<{ popup: Page; verdict: string }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const popup = await b.newPage();
    await popup.setViewport(POPUP_SIZE);
    await b.goto(popup, b.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
    const verdict = await popup.evaluate(() => document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? 'unknown');
    if (verdict === want || Date.now() > deadline) return { popup, verdict };
    await popup.close();
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function bannerOnceTold(page: Page, want: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await bannerOf(page))?.verdict !== want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

async function headless(b: ExtensionBrowser, servers: Servers): Promise<{ files: string[]; wrong: string[] }> {
  rmSync(DEMO_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_DIR, { recursive: true });
  const files: string[] = [];
  const wrong: string[] = [];
  for (const s of SCENARIOS) {
    const page = await b.newPage();
    if ('failing' in s.at) await openFailing(page, s.at.failing, servers);
    else await openFixture(b, page, s.at);
    const tabId = await b.tabIdOf(page);
    // network-slow is told only after the pack's 20 s.
    const { popup, verdict } = await popupOnceTold(b, tabId, s.verdict, 'failing' in s.at && s.at.failing === 'silent' ? 35_000 : 15_000);
    if (s.banner) await bannerOnceTold(page, s.verdict);
    files.push(await shoot(page, `page-${s.key}.png`));
    files.push(await shoot(popup, `popup-${s.key}-${verdict}.png`));
    console.log(`  ${s.what}: verdict ${verdict}${verdict === s.verdict ? '' : ` (expected ${s.verdict})`}`);
    if (verdict !== s.verdict) wrong.push(`${s.key}: ${verdict}, expected ${s.verdict}`);
    await popup.close();
    await page.close();
  }
  files.push(...(await atEachSize(b, wrong)));
  return { files, wrong };
}

/**
 * The banner on the DRANE login page and every extension page (tests/e2e/harness/pages.ts) at
 * each window size, in `sizes/<what>-<width>x<height>.png`; the popup at its own size (the
 * browser draws it so whatever the window). Each page is loaded once and resized; a section
 * outside its page's column is a failure, as in pages.e2e.ts.
 */
async function atEachSize(b: ExtensionBrowser, wrong: string[]): Promise<string[]> {
  mkdirSync(join(DEMO_DIR, 'sizes'), { recursive: true });
  const files: string[] = [];
  const drane = await b.newPage();
  await b.goto(drane, b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
  await bannerOnceTold(drane, 'portal-login-no-mailbox');
  if (!(await bannerOf(drane))) wrong.push('the DRANE login page shows no banner');
  const tabId = await b.tabIdOf(drane);
  const shots: Array<{ name: string; page: Page; sizes: readonly WindowSize[]; fullPage: boolean }> = [{ name: 'banner-drane-login', page: drane, sizes: WINDOW_SIZES, fullPage: false }];
  for (const p of EXTENSION_PAGES) {
    const page = await b.newPage();
    await b.goto(page, b.extensionUrl(p.name === 'popup' ? `${p.path}?tabId=${tabId}` : p.path));
    await waitForExtensionPage(page, p);
    shots.push({ name: p.name, page, sizes: p.name === 'popup' ? [POPUP_SIZE] : WINDOW_SIZES, fullPage: true });
  }
  for (const { name, page, sizes, fullPage } of shots) {
    for (const size of sizes) {
      await resizeTo(page, size);
      if (name !== 'banner-drane-login') for (const line of await layoutProblems(page)) wrong.push(`${name} at ${size.width}×${size.height}: ${line}`);
      files.push(await shoot(page, `sizes/${name}-${size.width}x${size.height}.png`, fullPage));
    }
    await page.close();
  }
  return files;
}

async function headful(b: ExtensionBrowser): Promise<void> {
  const [first] = await b.browser.pages();
  const drane = first ?? (await b.browser.newPage());
  await drane.goto(b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
  const webmail = await b.browser.newPage();
  await webmail.goto(b.url('webmail.ac-lyon.fr', '/'));
  await drane.bringToFront();
  console.log('Chromium is open on the DRANE login page and the webmail. Other fixture pages:');
  for (const s of SCENARIOS) if (!('failing' in s.at)) console.log(`  ${b.url(s.at.host, s.at.path)}`);
  console.log(`  ${b.url('www.ac-lyon.fr', '/')}  ${b.url('inconnu.ac-lyon.fr', '/')}`);
  console.log('Close the browser (or press Ctrl+C) to stop.');
  await new Promise<void>((done) => {
    if (!b.browser.connected) return done();
    b.browser.once('disconnected', () => done());
  });
}

async function main(): Promise<void> {
  build();
  const academy = await startAcademy();
  const failing = await startFailingServers();
  const display = !!process.env.DISPLAY;
  console.log(`Fixture academy on 127.0.0.1:${academy.port}; launching ${EXECUTABLES.chromium} (${display ? 'visible' : 'headless'})`);
  let b: ExtensionBrowser | null = null;
  const stop = async () => {
    await b?.close();
    await failing.close();
    await academy.close();
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => void stop().then(() => process.exit(code)));
  }
  try {
    // The build just made: the selected pack's (AIGUILLEUR_PACK), unless another is named. The fixture academy is Lyon's.
    const extensionDir = process.env.AIGUILLEUR_CHROME_BUILD ? BUILDS.chromium : resolve(ROOT, selectPack().outDir, 'chrome-mv3');
    b = await launchChromium({ extensionDir, port: academy.port, headless: !display, viewport: display ? null : undefined });
    if (display) {
      await headful(b);
    } else {
      const { files, wrong } = await headless(b, { academy, failing });
      console.log(`Screenshots (${files.length}) in ${relative(ROOT, DEMO_DIR)}/:`);
      for (const f of files) console.log(`  ${relative(ROOT, f)}`);
      if (wrong.length) throw new Error(`a popup told another verdict than its scenario's, or a page escaped its column:\n  ${wrong.join('\n  ')}`);
    }
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
