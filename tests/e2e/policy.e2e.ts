/**
 * Institutional policy through the browsers' real mechanisms (issue 7): Chromium reads
 * /etc/chromium/policies/managed/*.json (3rdparty settings for the extension's id), Firefox
 * reads <install dir>/distribution/policies.json at start-up. A policy `webmailUrl` is what
 * the popup and the banner offer; a malformed one (`javascript:…`) is rejected, the bundled
 * URL stays, and the options page says why. Policy `departmentContacts` are what the account
 * page's forgotten-password route shows. Policy files are removed after each test.
 * Needs root (CI runs as root); elsewhere the suite is skipped with a note.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, BUILDS, GECKO_ID, ROOT, eventually, extensionSuite, launch, waitForBanner, type BrowserName, type ExtensionBrowser } from './harness';

const CHROMIUM_POLICY = '/etc/chromium/policies/managed/aiguilleur-e2e.json';
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';
const BUNDLED = 'https://webmail.ac-lyon.fr/';
const POLICY_WEBMAIL = 'https://messagerie.ac-lyon.fr/';
const INSTITUTION = 'Académie de Lyon';
const root = process.getuid?.() === 0;

function writePolicy(name: BrowserName, extensionId: string, settings: Record<string, unknown>): void {
  const [path, body] =
    name === 'chromium'
      ? [CHROMIUM_POLICY, { '3rdparty': { extensions: { [extensionId]: settings } } }]
      : [FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(body, null, 2));
}

/**
 * A copy of the Chromium build with a manifest `key`, so that its id is known before launch
 * and the policy file can name it (test copies only: the stores reject a `key`).
 */
function keyedChromiumBuild(): { dir: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-keyed-'));
  cpSync(BUILDS.chromium, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.key = publicKey.toString('base64');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const id = [...createHash('sha256').update(publicKey).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  return { dir, id };
}

function removePolicies(): void {
  for (const p of [CHROMIUM_POLICY, FIREFOX_POLICY]) if (existsSync(p)) rmSync(p);
}

describe.each(BROWSERS)('%s', (name) => {
  // Policies are files under /etc: writing them needs root, a machine rule like the browser's.
  extensionSuite(name, 'institution policy', { launch: false, alsoMissing: root ? null : 'not root (policy files)' }, (ext) => {
    let b: ExtensionBrowser | undefined;

    afterEach(async () => {
      await b?.close();
      b = undefined;
      removePolicies();
    });
    afterAll(() => {
      removePolicies();
    });

    /** Launches with the policy in place before start-up, as an institution's machines have it. */
    async function withPolicy(settings: Record<string, unknown>, firstRun: 'close' | 'keep' = 'close'): Promise<ExtensionBrowser> {
      if (name === 'firefox') {
        writePolicy(name, '', settings);
        return launch(name, { extensionDir: BUILDS[name], port: ext.academy.port, firstRun });
      }
      const keyed = keyedChromiumBuild();
      try {
        writePolicy(name, keyed.id, settings);
        const browser = await launch(name, { extensionDir: keyed.dir, port: ext.academy.port, firstRun });
        expect(browser.extensionId).toBe(keyed.id);
        return browser;
      } finally {
        rmSync(keyed.dir, { recursive: true, force: true });
      }
    }

    /** The popup's webmail link, polled until `want` (managed values can take seconds to arrive). */
    async function popupWebmail(browser: ExtensionBrowser, want: string): Promise<string | null> {
      const probe = async () => {
        const popup = await browser.openExtensionPage('popup.html');
        await popup.waitForFunction(() => !!document.querySelector('a[data-action="open-webmail"]'), { timeout: 10_000, polling: 50 });
        const href = await popup.evaluate(() => document.querySelector('a[data-action="open-webmail"]')?.getAttribute('href') ?? null);
        await popup.close();
        return href;
      };
      return eventually(probe, (href) => href === want, { timeout: 45_000, interval: 1_000 });
    }

    async function managed(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
      return browser.inExtension(async () => {
        try {
          return (await (globalThis as any).chrome.storage.managed.get()) as Record<string, unknown>;
        } catch {
          return {};
        }
      });
    }

    it("a policy webmailUrl is what the popup and the banner offer; its institution's name and support contact are in their footers", async () => {
      b = await withPolicy({ webmailUrl: POLICY_WEBMAIL, institutionName: INSTITUTION, supportContact: { label: 'Assistance informatique', phone: '04 00 00 00 00' } });
      expect(await popupWebmail(b, POLICY_WEBMAIL)).toBe(POLICY_WEBMAIL);
      const popup = await b.openExtensionPage('popup.html');
      const popupFooter = await popup.waitForFunction(() => document.querySelector('[data-institution]')?.textContent ?? null, { timeout: 10_000, polling: 50 });
      expect(await popupFooter.jsonValue()).toMatch(/Académie de Lyon.*Assistance informatique 04 00 00 00 00/);
      await popup.close();
      const page: Page = await b.newPage();
      await b.goto(page, b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
      const banner = await waitForBanner(page);
      expect(banner.webmailHref).toBe(POLICY_WEBMAIL);
      expect(banner.text).toMatch(/Académie de Lyon.*Assistance informatique 04 00 00 00 00/);
      expect(await page.$('aiguilleur-banner >>> a[data-support="phone"][href="tel:0400000000"]')).not.toBeNull();
      // For whoever looks at the footer (.output/shots/, gitignored).
      await page.setViewport({ width: 800, height: 600 });
      await page.bringToFront();
      mkdirSync(join(ROOT, '.output', 'shots'), { recursive: true });
      await page.screenshot({ path: join(ROOT, '.output', 'shots', `${name}-banner-footer-800x600.png`) });
    }, 120_000);

    it('disabledFeatures "first-run": the install opens no first-run page, the policy arriving after start-up or not', async () => {
      b = await withPolicy({ disabledFeatures: ['first-run'] }, 'keep');
      // The page would open within about 5 s of the install without a policy (first-run.e2e.ts); wait well past that.
      expect(await b.firstRunTab(15_000)).toBeNull();
      const browser = b;
      const handedOver = await eventually(() => managed(browser), (m) => m.disabledFeatures !== undefined, { timeout: 45_000, interval: 1_000 });
      expect(handedOver.disabledFeatures).toEqual(['first-run']);
    }, 120_000);

    it('a malformed webmailUrl is rejected: the bundled URL stays and the options page says why', async () => {
      b = await withPolicy({ webmailUrl: 'javascript:alert(1)', language: 'fr' });
      // Wait until the browser has handed the policy over, then check it changed nothing.
      const browser = b;
      const handedOver = await eventually(() => managed(browser), (m) => m.webmailUrl !== undefined, { timeout: 45_000, interval: 1_000 });
      expect(handedOver.webmailUrl).toBe('javascript:alert(1)');
      expect(await popupWebmail(b, BUNDLED)).toBe(BUNDLED);
      const options = await b.openExtensionPage('options.html');
      await options.waitForSelector('#institution-rejected [data-path="webmailUrl"]', { timeout: 15_000 });
      const why = await options.evaluate(() => document.querySelector('#institution-rejected [data-path="webmailUrl"]')?.textContent ?? '');
      expect(why).toContain('https://');
      expect(await options.$('[data-key="webmailUrl"][data-source="bundled"]')).not.toBeNull();
    }, 120_000);

    it("policy departmentContacts: the account page's forgotten-password route shows the policy's contact, as the options page lists it", async () => {
      const contact = { label: 'Assistance informatique DSDEN du Rhône', phone: '04 72 80 00 00' };
      b = await withPolicy({ departmentContacts: { '69': contact } });
      const browser = b;
      /** The account page's card for department 69, on the route without a backup address. */
      const card = async () => {
        const account = await browser.openExtensionPage('account.html');
        await account.waitForSelector('.account[data-state="ready"]', { timeout: 10_000 });
        await account.click('input[name="backup"][value="no"]');
        await account.waitForSelector('input[name="department"][value="69"]');
        await account.click('input[name="department"][value="69"]');
        await account.waitForSelector('[data-department="69"]');
        const shown = await account.$eval('[data-department="69"]', (el) => ({
          heading: el.querySelector('h3')?.textContent ?? '',
          tel: el.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? null,
          toConfirm: !!el.querySelector('[data-fact="contact"] .to-confirm'),
        }));
        await account.close();
        return shown;
      };
      const shown = await eventually(card, (c) => c.heading === contact.label, { timeout: 45_000, interval: 1_000 });
      expect(shown).toEqual({ heading: contact.label, tel: 'tel:0472800000', toConfirm: false });
      const options = await b.openExtensionPage('options.html');
      await options.waitForSelector('[data-key="departmentContacts.69"][data-source="policy"]', { timeout: 15_000 });
      const listed = await options.$eval('[data-key="departmentContacts.69"]', (el) => el.textContent ?? '');
      expect(listed).toContain(contact.label);
      expect(listed).toContain(contact.phone);
    }, 120_000);
  });
});
