/**
 * Connection diagnostics in real browsers (issue 4). Chromium: a self-signed webmail
 * certificate ⇒ certificate-error; a refused port ⇒ network-blocked; a name that does not
 * resolve ⇒ dns-error. Firefox: the certificate case. Each: the popup's verdict and the "!" badge.
 * A server that accepts and never answers (network-slow) is slow-load.e2e.ts's, timed from the load's start.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFailingServers, type FailingServers } from '../fixtures/failing-servers';
import { BROWSERS, eventually, extensionSuite } from './harness';

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'connection diagnostics', {}, (ext) => {
    let failing: FailingServers;
    const seen: string[] = [];

    beforeAll(async () => {
      failing = await startFailingServers();
    });
    // Runs before the suite's own afterAll (hooks run as a stack), while the browser is up.
    afterAll(async () => {
      if (seen.length) console.log(`[e2e] ${name} verdicts seen: ${seen.join('; ')}`);
      // The browser's own error strings, as the support report keeps them (for the README's table).
      const recent = ext.launched
        ? await ext.b
            .inExtension(async () => ((await (globalThis as any).chrome.storage.local.get('diag:recent'))['diag:recent'] ?? []) as { verdict: string; code?: string }[])
            .catch(() => [])
        : [];
      if (recent.length) console.log(`[e2e] ${name} error codes: ${recent.map((r) => `${r.verdict}=${r.code ?? '-'}`).join('; ')}`);
      await failing?.close();
    });

    /** Opens a URL that fails to load; navigation errors are the point, so they are swallowed. */
    async function failTo(url: string): Promise<Page> {
      const page = await ext.b.newPage();
      await page.goto(url, { timeout: 60_000 }).catch(() => {});
      return page;
    }

    async function verdictEventually(page: Page, want: string, timeout = 15_000): Promise<{ verdict: string | null; text: string; badge: string }> {
      const tabId = await ext.b.tabIdOf(page);
      const probe = async () => {
        const popup = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
        await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
        const shown = await popup.evaluate(() => ({
          verdict: document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? null,
          text: document.querySelector('#app')?.textContent ?? '',
        }));
        await popup.close();
        return { ...shown, badge: await ext.b.badgeText(tabId) };
      };
      const last = await eventually(probe, (v) => v.verdict === want && v.badge === '!', { timeout, interval: 500 });
      seen.push(`${want} → ${last.verdict}`);
      return last;
    }

    it('a webmail with a self-signed certificate ⇒ certificate-error, with what to check', async () => {
      const page = await failTo(`https://webmail.ac-lyon.fr:${failing.tlsPort}/`);
      const v = await verdictEventually(page, 'certificate-error');
      expect(v.verdict).toBe('certificate-error');
      expect(v.badge).toBe('!');
      expect(v.text).toMatch(/date|heure/i);
      await page.close();
    });

    it.runIf(name === 'chromium')('a refused port ⇒ network-blocked', async () => {
      const page = await failTo(`http://webmail.ac-lyon.fr:${failing.refusedPort}/`);
      const v = await verdictEventually(page, 'network-blocked');
      expect(v.verdict).toBe('network-blocked');
      expect(v.badge).toBe('!');
      await page.close();
    });

    it.runIf(name === 'chromium')('a name that does not resolve ⇒ dns-error', async () => {
      const page = await failTo(`http://introuvable.ac-lyon.fr:${ext.academy.port}/`);
      const v = await verdictEventually(page, 'dns-error');
      expect(v.verdict).toBe('dns-error');
      await page.close();
    });
  });
});
