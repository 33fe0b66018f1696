/**
 * The help pages in Chromium: account help (issue 5) opened from the popup, and the mail
 * settings with the forwarding guard on the webmail (issue 6). In both browsers: every
 * extension page laid out as one page, each section in its column (issue 18).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, EXTENSION_PAGES, eventually, extensionSuite, layoutProblems, resizeTo, waitForExtensionPage } from './harness';

extensionSuite('chromium', 'chromium: help pages', {}, (ext) => {
  it('account help opens from the popup; a typed name shows the candidates; the NUMEN never reaches storage', async () => {
    const tab = await ext.b.newPage();
    await ext.b.goto(tab, ext.b.url('drane.ac-lyon.fr', '/spip/'));
    const popup = await ext.b.openExtensionPage(`popup.html?tabId=${await ext.b.tabIdOf(tab)}`);
    await popup.waitForSelector('a[data-action="open-account"]');
    const opened = ext.b.browser.waitForTarget((t) => t.url().endsWith('/account.html'), { timeout: 10_000 });
    await popup.click('a[data-action="open-account"]');
    const account = (await (await opened).page()) as Page;
    await account.waitForSelector('.account[data-state="ready"]', { timeout: 10_000 });

    await account.type('#name-firstNames', 'Jean-Pierre');
    await account.type('#name-lastNames', 'Le Goff');
    await account.waitForSelector('[data-candidates="usernames"] code');
    const usernames = await account.$$eval('[data-candidates="usernames"] code', (els) => els.map((e) => e.textContent));
    expect(usernames[0]).toBe('jle-goff');
    expect(await account.$('[data-note="homonymNumber"]')).not.toBeNull();

    const numen = '10E9501234ABC';
    await account.type('#numen-input', numen);
    await account.waitForSelector('[data-shape="ok"]');
    const stored = await ext.b.inExtension(async () => {
      const c = (globalThis as any).chrome;
      return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null), await c.storage.sync.get(null)]);
    });
    expect(stored).not.toContain(numen);
    expect(stored.toLowerCase()).not.toContain(numen.toLowerCase());
    expect(account.url()).not.toContain(numen);
    await account.close();
    await popup.close();
    await tab.close();
  });

  it('forwarding guard on the webmail: an academic address ⇒ no warning, a Gmail address ⇒ the warning, never blocking', async () => {
    const page = await ext.b.newPage();
    await ext.b.goto(page, ext.b.url('webmail.ac-lyon.fr', '/options-transfert.html'));
    const field = '#transfert-adresse';
    await page.waitForSelector(field);
    await page.type(field, 'jean.dupont@ac-lyon.fr');
    // an absence is asserted after a window (the guard reacts to input events within a few ms here)
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.$('[data-verdict="forwarding-risk"]')).toBeNull();

    await page.click(field, { count: 3 });
    await page.type(field, 'jean.dupont@gmail.com');
    await page.waitForSelector('[data-verdict="forwarding-risk"]', { timeout: 5_000 });
    const text = await page.$eval('[data-verdict="forwarding-risk"]', (el) => el.shadowRoot?.textContent ?? el.textContent ?? '');
    expect(text).toContain('ministère');

    await page.click(field, { count: 3 });
    await page.type(field, 'jean.dupont@ac-grenoble.fr');
    await page.waitForFunction(() => !document.querySelector('[data-verdict="forwarding-risk"]'), { timeout: 5_000 });
    await page.close();
  });

  it('the mail page downloads an iOS/macOS profile and a Thunderbird autoconfig, without any password', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-dl-'));
    try {
      const page = await ext.b.openExtensionPage('mail.html');
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      await page.waitForSelector('#profile-address');
      await page.type('#profile-address', 'jean.dupont@ac-lyon.fr');
      await page.click('[data-action="download-mobileconfig"]');
      await page.click('[data-action="download-autoconfig"]');
      const files = await eventually(async () => readdirSync(dir).sort(), (names) => names.filter((f) => !f.endsWith('.crdownload')).length >= 2, { timeout: 10_000, interval: 200 });
      expect(files).toEqual(['ac-lyon-jean.dupont.mobileconfig', 'config-v1.1.xml']);
      const profile = readFileSync(join(dir, files[0]!), 'utf8');
      expect(profile).toContain('<string>jean.dupont@ac-lyon.fr</string>');
      expect(profile).not.toMatch(/<key>(Incoming|Outgoing)Password<\/key>/); // the device asks for it
      const autoconfig = readFileSync(join(dir, files[1]!), 'utf8');
      expect(autoconfig).toContain('<emailProvider id="ac-lyon.fr">');
      expect(autoconfig).toContain('%EMAILADDRESS%');
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A wide window and a narrow one (an old laptop, a zoomed page); npm start shoots the others. */
const LAYOUT_SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'every extension page in its column', {}, (ext) => {
    it('at 1280 and 800 px wide, every section and h2 of every page lies within its column; nothing scrolls sideways', async () => {
      const tab = await ext.b.newPage();
      await ext.b.goto(tab, ext.b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
      const tabId = await ext.b.tabIdOf(tab);
      const problems: string[] = [];
      for (const p of EXTENSION_PAGES) {
        const page = await ext.b.openExtensionPage(p.name === 'popup' ? `${p.path}?tabId=${tabId}` : p.path);
        await waitForExtensionPage(page, p);
        for (const size of LAYOUT_SIZES) {
          await resizeTo(page, size);
          for (const line of await layoutProblems(page)) problems.push(`${p.name} at ${size.width}×${size.height}: ${line}`);
        }
        await page.close();
      }
      await tab.close();
      expect(problems).toEqual([]);
    });
  });
});
