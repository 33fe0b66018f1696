/**
 * Institutional policy through the browsers' real mechanisms (issue 7): Chromium reads
 * /etc/chromium/policies/managed/*.json (3rdparty settings for the extension's id), Firefox
 * reads <install dir>/distribution/policies.json at start-up. A policy `webmailUrl` is what
 * the popup and the banner offer; a malformed one (`javascript:…`) is rejected, the bundled
 * URL stays, and the options page says why. Policy files are removed after each test.
 * Needs root (CI runs as root); elsewhere the suite is skipped with a note.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAcademy, type Academy } from '../fixtures/academy/server';
import { BROWSERS, BUILDS, GECKO_ID, IN_CI, browserExists, buildExists, launch, waitForBanner, type BrowserName, type ExtensionBrowser } from './harness';

const CHROMIUM_POLICY = '/etc/chromium/policies/managed/aiguilleur-e2e.json';
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';
const BUNDLED = 'https://webmail.ac-lyon.fr/';
const POLICY_WEBMAIL = 'https://messagerie.ac-lyon.fr/';
const root = process.getuid?.() === 0;

function writePolicy(name: BrowserName, extensionId: string, settings: Record<string, unknown>): void {
  const [path, body] =
    name === 'chromium'
      ? [CHROMIUM_POLICY, { '3rdparty': { extensions: { [extensionId]: settings } } }]
      : [FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(body, null, 2));
}

function removePolicies(): void {
  for (const p of [CHROMIUM_POLICY, FIREFOX_POLICY]) if (existsSync(p)) rmSync(p);
}

describe.each(BROWSERS)('%s', (name) => {
  const missing = !browserExists(name) ? `no ${name}` : !buildExists(name) ? `no build for ${name}` : !root ? 'not root (policy files)' : null;
  const skip = !!missing && !IN_CI;
  if (skip) console.warn(`[e2e] skipping policy tests in ${name}: ${missing}`);

  describe.skipIf(skip)('institution policy', () => {
    let academy: Academy;
    let b: ExtensionBrowser | undefined;

    beforeAll(async () => {
      if (missing) throw new Error(`[e2e] ${name} cannot run: ${missing}`);
      academy = await startAcademy();
    });
    afterEach(async () => {
      await b?.close();
      b = undefined;
      removePolicies();
    });
    afterAll(async () => {
      removePolicies();
      await academy?.close();
    });

    /** Launches with the policy in place: Firefox reads it at start-up; Chromium picks a new file up while running. */
    async function withPolicy(settings: Record<string, unknown>): Promise<ExtensionBrowser> {
      if (name === 'firefox') writePolicy(name, '', settings);
      const browser = await launch(name, { extensionDir: BUILDS[name], port: academy.port });
      if (name === 'chromium') writePolicy(name, browser.extensionId, settings);
      return browser;
    }

    /** The popup's webmail link, polled until `want` (managed values can take seconds to arrive). */
    async function popupWebmail(browser: ExtensionBrowser, want: string): Promise<string | null> {
      const deadline = Date.now() + 45_000;
      let href: string | null = null;
      while (Date.now() < deadline) {
        const popup = await browser.openExtensionPage('popup.html');
        await popup.waitForFunction(() => !!document.querySelector('a[data-action="open-webmail"]'), { timeout: 10_000, polling: 50 });
        href = await popup.evaluate(() => document.querySelector('a[data-action="open-webmail"]')?.getAttribute('href') ?? null);
        await popup.close();
        if (href === want) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      return href;
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

    it('a policy webmailUrl is what the popup and the banner offer', async () => {
      b = await withPolicy({ webmailUrl: POLICY_WEBMAIL });
      expect(await popupWebmail(b, POLICY_WEBMAIL)).toBe(POLICY_WEBMAIL);
      const page: Page = await b.newPage();
      await b.goto(page, b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
      expect((await waitForBanner(page)).webmailHref).toBe(POLICY_WEBMAIL);
    }, 120_000);

    it('a malformed webmailUrl is rejected: the bundled URL stays and the options page says why', async () => {
      b = await withPolicy({ webmailUrl: 'javascript:alert(1)', language: 'fr' });
      // Wait until the browser has handed the policy over, then check it changed nothing.
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline && (await managed(b)).webmailUrl === undefined) await new Promise((r) => setTimeout(r, 1000));
      expect((await managed(b)).webmailUrl).toBe('javascript:alert(1)');
      expect(await popupWebmail(b, BUNDLED)).toBe(BUNDLED);
      const options = await b.openExtensionPage('options.html');
      await options.waitForSelector('#institution-rejected [data-path="webmailUrl"]', { timeout: 15_000 });
      const why = await options.evaluate(() => document.querySelector('#institution-rejected [data-path="webmailUrl"]')?.textContent ?? '');
      expect(why).toContain('https://');
      expect(await options.$('[data-key="webmailUrl"][data-source="bundled"]')).not.toBeNull();
    }, 120_000);
  });
});
