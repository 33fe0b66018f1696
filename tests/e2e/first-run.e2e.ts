/**
 * First contact (issue 18), in both browsers: the first-run page the extension opens at install
 * (once the policy is known: about 5 s after start-up without one), its content, axe, and the
 * language choice; then the academy's sites withheld by the user, which the popup says and
 * offers back.
 *
 * How the access is withheld: Firefox, `permissions.remove` of the manifest's host permissions
 * from an extension page (optional in MV3, as about:addons does it). Chromium refuses that for
 * required host permissions ("You cannot remove required permissions"); its own settings page,
 * chrome://extensions, sets « Lorsque vous cliquez sur l'extension » through
 * `developerPrivate.updateExtensionConfiguration({ hostAccess: 'ON_CLICK' })`, and
 * 'ON_ALL_SITES' gives it back (what a user does there). Giving it back from the popup's button
 * opens the browser's own permission prompt, which puppeteer cannot answer: the button is checked
 * to be there, the prompt is not.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, eventually, extensionSuite, runAxe } from './harness';

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'first contact', { firstRun: 'keep' }, (ext) => {
    const api = () => ((globalThis as any).browser ?? (globalThis as any).chrome) as any;

    it('opens the first-run page by itself at install, once', async () => {
      const tab = await ext.b.firstRunTab(20_000);
      expect(tab, 'no tab shows first-run.html').not.toBeNull();
      console.log(`[e2e] ${name}: first-run page ${Date.now() - ext.launchedAt} ms after launch began`);
      const count = await ext.b.inExtension(async (url: string) => {
        const a = ((globalThis as any).browser ?? (globalThis as any).chrome) as any;
        return ((await a.tabs.query({})) as { url?: string }[]).filter((t) => t.url?.startsWith(url)).length;
      }, ext.b.extensionUrl('first-run.html'));
      expect(count).toBe(1);
    }, 40_000);

    it('the page: three lines, the webmail, both ways to pin with their pictures, the language; axe finds nothing; English on a click', async () => {
      const page: Page = await ext.b.openExtensionPage('first-run.html');
      await page.waitForSelector('.first-run[data-state="ready"]', { timeout: 10_000 });
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('h1')?.textContent,
        what: document.querySelectorAll('#what li').length,
        webmail: document.querySelector('#webmail a[data-action="open-webmail"]')?.getAttribute('href'),
        browsers: [...document.querySelectorAll<HTMLElement>('#pin [data-browser]')].map((e) => e.dataset.browser),
        pictures: document.querySelectorAll('#pin svg[role="img"][aria-label]').length,
        languages: [...document.querySelectorAll<HTMLInputElement>('#language input[name="language"]')].map((i) => `${i.value}${i.checked ? '*' : ''}`),
      }));
      expect(shown).toEqual({
        lang: 'fr',
        h1: 'Bienvenue dans Aiguilleur',
        what: 3,
        webmail: 'https://webmail.ac-lyon.fr/',
        browsers: name === 'firefox' ? ['firefox', 'chromium'] : ['chromium', 'firefox'],
        pictures: 2,
        languages: ['auto*', 'fr', 'en'],
      });
      expect(await runAxe(page)).toEqual([]);

      await page.click('#language input[value="en"]');
      try {
        // `<html lang>` follows the text a frame later (the page shell's effect): wait for both.
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Welcome to Aiguilleur' && document.documentElement.lang === 'en', { timeout: 10_000, polling: 50 });
        expect(await ext.b.inExtension(async () => (await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('language')).language)).toBe('en');
        // The popup speaks it too.
        const popup = await ext.b.openExtensionPage('popup.html');
        await popup.waitForSelector('a[data-action="open-webmail"]', { timeout: 10_000 });
        expect(await popup.evaluate(() => document.querySelector('a[data-action="open-webmail"]')?.textContent)).toContain('Open my academic mailbox');
        await popup.close();
      } finally {
        // Back to the browser's language for what follows, whatever happened above.
        await page.click('#language input[value="auto"]');
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bienvenue dans Aiguilleur', { timeout: 10_000, polling: 50 });
        await page.close();
      }
    }, 60_000);

    /** The user restricts the extension's access to the academy's sites, as each browser lets them. */
    async function setSiteAccess(granted: boolean): Promise<void> {
      if (name === 'firefox') {
        if (granted) throw new Error('Firefox gives host permissions back only through its prompt');
        await ext.b.inExtension(async () => {
          const a = ((globalThis as any).browser ?? (globalThis as any).chrome) as any;
          await a.permissions.remove({ origins: a.runtime.getManifest().host_permissions });
        });
        return;
      }
      const settings = await ext.b.browser.newPage();
      try {
        await settings.goto('chrome://extensions');
        await settings.evaluate(
          async (id: string, access: string) => (globalThis as any).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: access }),
          ext.b.extensionId,
          granted ? 'ON_ALL_SITES' : 'ON_CLICK',
        );
      } finally {
        await settings.close();
      }
    }

    const accessNow = () =>
      ext.b.inExtension(async () => {
        const a = ((globalThis as any).browser ?? (globalThis as any).chrome) as any;
        return a.permissions.contains({ origins: a.runtime.getManifest().host_permissions }) as Promise<boolean>;
      });

    it("the academy's sites withheld: the popup says so under the webmail button and offers them back; given back, it says no more", async () => {
      const tab = await ext.b.newPage();
      await ext.b.goto(tab, ext.b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
      const tabId = await ext.b.tabIdOf(tab);
      expect(await accessNow()).toBe(true);
      await setSiteAccess(false);
      expect(await accessNow()).toBe(false);

      const popup = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-site-access="withheld"]', { timeout: 10_000 });
      const shown = await popup.evaluate(() => ({
        heading: document.querySelector('[data-site-access="withheld"] :is(h1, h2)')?.textContent,
        // What the extension cannot see is not told: no « not an academy site » about the DRANE.
        verdictShown: !!document.querySelector('.verdict'),
        button: document.querySelector('button[data-action="grant-site-access"]')?.textContent,
        webmail: document.querySelector('a[data-action="open-webmail"]')?.getAttribute('href'),
        afterWebmail: document.querySelector('.webmail')?.nextElementSibling?.getAttribute('data-site-access'),
      }));
      expect(shown).toEqual({
        heading: "Aiguilleur n'a pas accès aux sites de l'académie",
        verdictShown: false,
        button: "Autoriser l'accès aux sites de l'académie",
        webmail: 'https://webmail.ac-lyon.fr/',
        afterWebmail: 'withheld',
      });
      expect(await runAxe(popup)).toEqual([]);

      if (name === 'chromium') {
        // Given back in the browser's settings while the popup is open: it follows (permissions.onAdded).
        await setSiteAccess(true);
        const gone = await eventually(() => popup.evaluate(() => !document.querySelector('[data-site-access]')), (g) => g, { timeout: 10_000 });
        expect(gone).toBe(true);
      }
      await popup.close();
      await tab.close();
    }, 60_000);
  });
});
