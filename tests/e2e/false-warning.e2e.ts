/**
 * « Cet avertissement est faux » (issue 16, item 6), in Debian's chromium and firefox-esr: on the
 * DRANE login page, the banner's button silences that warning on that site (no banner after a
 * reload, no "!"), the guide lists it, and restoring it there brings the banner back. Its own
 * file and browser: what the user marks outlives the tab.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  clickFalseWarning,
  expectNoBannerAfterSettling,
  extensionSuite,
  waitForBanner,
  waitForNoBanner,
} from './harness';

const DRANE_LOGIN = ['drane.ac-lyon.fr', '/spip/spip.php?page=login'] as const;
const ENTRY = '[data-false-warning="drane.ac-lyon.fr portal-login-no-mailbox"]';

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, '« Cet avertissement est faux »', {}, (ext) => {
    async function open(host: string, path: string): Promise<Page> {
      const page = await ext.b.newPage();
      await ext.b.goto(page, ext.b.url(host, path));
      return page;
    }

    it('the DRANE banner\'s button silences it on that site: gone after reload, no "!", listed in the guide; restoring it there brings it back', async () => {
      const page = await open(...DRANE_LOGIN);
      const tabId = await ext.b.tabIdOf(page);
      expect((await waitForBanner(page)).verdict).toBe('portal-login-no-mailbox');
      expect(await ext.b.badgeEventually(tabId, '!')).toBe('!');

      await clickFalseWarning(page);
      await waitForNoBanner(page);
      await page.reload({ waitUntil: 'load' });
      expect(await expectNoBannerAfterSettling(page), 'after reload').toBeNull();
      expect(await ext.b.badgeEventually(tabId, '')).toBe('');

      // The popup tells the site neutrally, and says the user marked the warning wrong.
      const popup = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('#app [data-marked-wrong="portal-login-no-mailbox"]', { timeout: 10_000 });
      expect(await popup.$eval('#app [data-verdict]', (e) => e.getAttribute('data-severity'))).not.toBe('warning');
      await popup.close();

      // The guide lists it and restores it.
      const guide = await ext.b.openExtensionPage('options.html');
      const entry = await guide.waitForSelector(ENTRY, { timeout: 10_000 });
      expect(await entry!.evaluate((e) => e.textContent)).toContain('DRANE');
      await guide.click(`${ENTRY} button[data-action="restore-warning"]`);
      await guide.waitForFunction((sel: string) => !document.querySelector(sel), { timeout: 10_000, polling: 50 }, ENTRY);
      await guide.close();

      await page.reload({ waitUntil: 'load' });
      expect((await waitForBanner(page)).verdict).toBe('portal-login-no-mailbox');
      expect(await ext.b.badgeEventually(tabId, '!')).toBe('!');
    });
  });
});
