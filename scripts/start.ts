/**
 * `npm start`: build the Chrome extension, serve the fixture academy, and show Aiguilleur in
 * Debian's Chromium on the academy's real host names (all mapped to 127.0.0.1; nothing leaves
 * the machine).
 *
 * - With $DISPLAY: a visible browser on the DRANE login page and the webmail; it runs until
 *   you close the browser (or press Ctrl+C).
 * - Without: headless, it visits each scenario and writes screenshots to .output/demo/ (the
 *   pages with their banner, the popup for each tab at 380×600, the guide page), prints their
 *   paths and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startAcademy } from '../tests/fixtures/academy/server';
import { BUILDS, EXECUTABLES, ROOT, launchChromium, waitForBanner, type ExtensionBrowser } from '../tests/e2e/harness';

const DEMO_DIR = join(ROOT, '.output/demo');
const POPUP_SIZE = { width: 380, height: 600 };

interface Scenario {
  key: string;
  what: string;
  host: string;
  path: string;
  banner: boolean;
  /** Log in instead of just loading the page: on the webmail, or through the staff portal's SSO. */
  login?: 'webmail' | 'sso';
}

const SCENARIOS: Scenario[] = [
  { key: 'drane-login', what: 'DRANE login page', host: 'drane.ac-lyon.fr', path: '/spip/spip.php?page=login', banner: true },
  { key: 'arena-login', what: 'Arena login page', host: 'portail.ac-lyon.fr', path: '/login/ct_logon_mixte.jsp', banner: true },
  { key: 'maths-login', what: 'maths SPIP login (field added by script)', host: 'maths.enseigne.ac-lyon.fr', path: '/spip/spip.php?page=login', banner: true },
  { key: 'webmail-inbox', what: 'webmail inbox (after logging in)', host: 'webmail.ac-lyon.fr', path: '/', banner: false, login: 'webmail' },
  { key: 'drane-sso', what: 'DRANE login through the SSO, landing without inbox', host: 'drane.ac-lyon.fr', path: '/spip/sso-login', banner: true, login: 'sso' },
  { key: 'rectorate', what: 'rectorate home', host: 'www.ac-lyon.fr', path: '/', banner: false },
  { key: 'webmail-forwarding', what: 'webmail forwarding option, Gmail address typed', host: 'webmail.ac-lyon.fr', path: '/options-transfert.html', banner: false },
  { key: 'example-org', what: 'example.org login (not the academy)', host: 'example.org', path: '/login.html', banner: false },
];

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

async function visit(b: ExtensionBrowser, s: Scenario): Promise<Page> {
  const page = await b.newPage();
  await b.goto(page, b.url(s.host, s.path));
  if (s.login === 'webmail') {
    await page.type('#username', 'jdupont');
    await page.type('#password', 'demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#boutonConnexion')]);
  }
  if (s.login === 'sso') {
    await page.type('#user', 'jdupont');
    await page.type('#password', 'demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#valider')]);
  }
  if (s.key === 'webmail-forwarding') {
    await page.type('#transfert-adresse', 'jean.dupont@gmail.com');
    await page.waitForSelector('[data-verdict="forwarding-risk"]', { timeout: 5_000 });
  }
  if (s.banner) await waitForBanner(page);
  else await new Promise((r) => setTimeout(r, 800)); // let the content script report
  return page;
}

async function headless(b: ExtensionBrowser): Promise<string[]> {
  rmSync(DEMO_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_DIR, { recursive: true });
  const files: string[] = [];
  for (const s of SCENARIOS) {
    const page = await visit(b, s);
    files.push(await shoot(page, `page-${s.key}.png`));
    const tabId = await b.tabIdOf(page);
    const popup = await b.newPage();
    await popup.setViewport(POPUP_SIZE);
    await b.goto(popup, b.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
    const verdict = await popup.evaluate(() => document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? 'unknown');
    files.push(await shoot(popup, `popup-${s.key}-${verdict}.png`));
    console.log(`  ${s.what}: verdict ${verdict}`);
    await popup.close();
  }
  const guide = await b.newPage();
  await b.goto(guide, b.extensionUrl('options.html'));
  await guide.waitForFunction(() => (document.querySelector('#app')?.childElementCount ?? 0) > 0, { timeout: 10_000, polling: 50 });
  files.push(await shoot(guide, 'guide-options.png', true));
  for (const name of ['account', 'mail', 'diagnostics']) {
    const page = await b.newPage();
    await b.goto(page, b.extensionUrl(`${name}.html`));
    await new Promise((r) => setTimeout(r, 800));
    files.push(await shoot(page, `page-extension-${name}.png`, true));
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
  for (const s of SCENARIOS) console.log(`  ${b.url(s.host, s.path)}`);
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
  const display = !!process.env.DISPLAY;
  console.log(`Fixture academy on 127.0.0.1:${academy.port}; launching ${EXECUTABLES.chromium} (${display ? 'visible' : 'headless'})`);
  let b: ExtensionBrowser | null = null;
  const stop = async () => {
    await b?.close();
    await academy.close();
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => void stop().then(() => process.exit(code)));
  }
  try {
    b = await launchChromium({ extensionDir: BUILDS.chromium, port: academy.port, headless: !display, viewport: display ? null : undefined });
    if (display) {
      await headful(b);
    } else {
      const files = await headless(b);
      console.log(`Screenshots (${files.length}) in ${relative(ROOT, DEMO_DIR)}/:`);
      for (const f of files) console.log(`  ${relative(ROOT, f)}`);
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
