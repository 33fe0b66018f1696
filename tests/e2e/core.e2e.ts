/**
 * The extension's stable contract, in Debian's chromium and firefox-esr, against the fixture
 * academy (tests/fixtures/academy). Run: `npm run build && npm run test:e2e`.
 *
 * Tests in a block run in order and share one browser: the dismissal tests come last
 * because a dismissal outlives the tab.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness/paths';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  TMP,
  bannerStyles,
  clickDismiss,
  expectNoBannerAfterSettling,
  extensionSuite,
  formatViolations,
  runAxe,
  screenshotAllTabs,
  waitForBanner,
  waitForNoBanner,
} from './harness';

const WEBMAIL = 'https://webmail.ac-lyon.fr/';
const NO_MAILBOX_TEXT = 'Ce site ne donne pas accès à votre messagerie académique';

/** Pages where a teacher may type the academic password on a site without the mailbox. */
const PORTAL_LOGINS = [
  { what: 'DRANE SPIP login', host: 'drane.ac-lyon.fr', path: '/spip/spip.php?page=login', portal: 'drane' },
  { what: 'DRANE private space (ecrire)', host: 'drane.ac-lyon.fr', path: '/spip/ecrire/', portal: 'drane' },
  { what: 'maths SPIP login (field added by script)', host: 'maths.enseigne.ac-lyon.fr', path: '/spip/spip.php?page=login', portal: 'disciplinary' },
] as const;

const NO_BANNER = [
  { what: 'DRANE home (no form)', host: 'drane.ac-lyon.fr', path: '/spip/' },
  { what: 'webmail login page', host: 'webmail.ac-lyon.fr', path: '/iwc_static/layout/login.html?lang=fr' },
  { what: 'webmail inbox', host: 'webmail.ac-lyon.fr', path: '/iwc_static/layout/main.html?lang=fr' },
  { what: 'rectorate home', host: 'www.ac-lyon.fr', path: '/' },
  { what: 'DSDEN 01 page', host: 'www.ac-lyon.fr', path: '/dsden01/page.html' },
  { what: 'Arena home (no form)', host: 'portail.ac-lyon.fr', path: '/arena/' },
  // The pack only guesses that the staff portal holds no mailbox: a hint, in the popup only.
  { what: 'Arena login (ct_logon_mixte): a hint, no banner', host: 'portail.ac-lyon.fr', path: '/login/ct_logon_mixte.jsp' },
  { what: 'Arena sign-on returning to the webmail', host: 'portail.ac-lyon.fr', path: `/login/ct_logon_mixte.jsp?CT_ORIG_URL=${encodeURIComponent('https://webmail.ac-lyon.fr/')}` },
  { what: 'academy host not in the pack', host: 'inconnu.ac-lyon.fr', path: '/' },
] as const;

/** Sites outside the academy: the extension must not touch their DOM at all. */
const FOREIGN = [
  { what: 'example.org login', host: 'example.org', path: '/login.html' },
  { what: 'lookalike phishing page', host: 'evil.example', path: '/login.html' },
] as const;

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'extension contract', {}, (ext) => {
    const opened: Page[] = [];

    beforeAll(() => {
      rmSync(join(TMP, 'failures', name), { recursive: true, force: true });
    });

    // On failure, keep a screenshot of every open tab for whoever reads the log. After three
    // failures in a row the extension is broken as a whole: skip the rest of this browser's
    // tests rather than spend each one's full timeout (the run has failed already).
    let failuresInARow = 0;
    beforeEach((ctx) => {
      if (failuresInARow >= 3) ctx.skip(`${name}: 3 tests failed in a row, the rest is skipped`);
      ctx.onTestFailed(async () => {
        failuresInARow++;
        if (!ext.launched) return;
        const slug = ctx.task.name.replace(/[^\w-]+/g, '_').slice(0, 80);
        const files = await screenshotAllTabs(ext.b, join(TMP, 'failures', name), slug);
        console.warn(`[e2e] ${files.length} screenshots of the failed test in ${join(TMP, 'failures', name)}`);
      });
      ctx.onTestFinished(({ task }) => {
        if (task.result?.state === 'pass') failuresInARow = 0;
      });
    });

    /** A new tab showing host+path, loaded. */
    async function open(host: string, path: string): Promise<Page> {
      const page = await ext.b.newPage();
      opened.push(page);
      await ext.b.goto(page, ext.b.url(host, path));
      return page;
    }

    async function closeAll() {
      await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
    }

    /** Log in on the fixture webmail (POST then 302 to the inbox), as a person would. */
    async function webmailInbox(): Promise<Page> {
      const page = await open('webmail.ac-lyon.fr', '/');
      expect(new URL(page.url()).pathname).toBe('/iwc_static/layout/login.html');
      await page.type('#username', 'jdupont');
      await page.type('#password', 'fixture-only');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#boutonConnexion')]);
      expect(new URL(page.url()).pathname).toBe('/iwc_static/layout/main.html');
      await page.waitForSelector('#qa_NewMail');
      return page;
    }

    /** The popup for a tab, opened as a page: popup.html?tabId=N; returns its verdict element's data. */
    async function popupFor(tabId: number): Promise<{ page: Page; verdict: string | null; webmailHref: string | null }> {
      const page = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
      opened.push(page);
      await page.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
      const seen = await page.evaluate(() => ({
        verdict: document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? null,
        webmailHref: document.querySelector('a[data-action="open-webmail"]')?.getAttribute('href') ?? null,
      }));
      return { page, ...seen };
    }

    it('is granted its host permissions on the academy (temporary add-on in Firefox too)', async () => {
      const granted = await ext.b.inExtension(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return {
          contains: (await api.permissions.contains({ origins: ['*://*.ac-lyon.fr/*'] })) as boolean,
          all: (await api.permissions.getAll()) as { origins?: string[] },
        };
      });
      console.info(`[e2e] ${name} permissions.getAll(): ${JSON.stringify(granted.all)}`);
      expect(granted.contains).toBe(true);
    });

    describe('banner on portal login pages without the mailbox', () => {
      afterAll(closeAll);

      it.each(PORTAL_LOGINS)('$what → banner for portal "$portal"', async ({ host, path, portal }) => {
        const page = await open(host, path);
        const banner = await waitForBanner(page);
        expect(banner).toMatchObject({
          verdict: 'portal-login-no-mailbox',
          portal,
          webmailHref: WEBMAIL,
          hasDismiss: true,
          openShadow: true,
          count: 1,
        });
        expect(banner.text).toContain(NO_MAILBOX_TEXT);
      });

      // The content script stays out of the page's load (the worker injects it once the page has
      // loaded), but not at the price of a banner that comes after someone starts typing: a login
      // page the pack names (SPIP's /spip/ecrire…) gets it 300 ms after its document is parsed.
      it('a login page still loading (one image takes 8 s) gets its banner well before its load', async () => {
        const page = await ext.b.newPage();
        opened.push(page);
        await page.goto(ext.b.url('drane.ac-lyon.fr', '/spip/ecrire/lente?ms=8000'), { waitUntil: 'domcontentloaded' });
        const started = Date.now();
        const banner = await waitForBanner(page, 4_000);
        expect(banner.verdict).toBe('portal-login-no-mailbox');
        expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
        expect(Date.now() - started).toBeLessThan(4_000);
      });

      it('the maths page gets its banner only once the script adds the password field', async () => {
        const page = await ext.b.newPage();
        opened.push(page);
        await ext.b.goto(page, ext.b.url('maths.enseigne.ac-lyon.fr', '/spip/spip.php?page=login'));
        // At load, the page has no password field yet: the content script must wait for it.
        const atLoad = await page.evaluate(() => ({
          field: !!document.querySelector('input[type=password]'),
          banner: !!document.querySelector('aiguilleur-banner'),
        }));
        expect(atLoad).toEqual({ field: false, banner: false });
        await waitForBanner(page);
        expect(await page.evaluate(() => document.documentElement.dataset.formulaire)).toBe('pret');
      });

      it("the page's CSS does not reach into the banner (a theme's * { font-size: 30px !important; color: red !important })", async () => {
        const page = await open('drane.ac-lyon.fr', '/spip/ecrire/');
        await waitForBanner(page);
        // the page's rule does apply to the page itself…
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('p')!).fontSize)).toBe('30px');
        // …and not to the banner's text
        const styles = await bannerStyles(page);
        expect(styles).not.toBeNull();
        expect(styles!.fontSize).not.toBe('30px');
        expect(styles!.color).not.toBe('rgb(255, 0, 0)');
      });
    });

    describe('no banner where none is due', () => {
      afterAll(closeAll);

      it.each(NO_BANNER)('$what', async ({ host, path }) => {
        const page = await open(host, path);
        expect(await expectNoBannerAfterSettling(page)).toBeNull();
      });

      it('never cry wolf: the staff portal login is a hint (no "!"), and on the way to the webmail it is the mailbox\'s sign-on', async () => {
        const told = async (path: string) => {
          const page = await open('portail.ac-lyon.fr', path);
          await expectNoBannerAfterSettling(page);
          const tabId = await ext.b.tabIdOf(page);
          const popup = await popupFor(tabId);
          const severity = await popup.page.evaluate(() => document.querySelector('#app [data-severity]')?.getAttribute('data-severity'));
          const text = await popup.page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
          await popup.page.close();
          return { verdict: popup.verdict, severity, text, badge: await ext.b.badgeText(tabId) };
        };
        expect(await told('/login/ct_logon_mixte.jsp')).toMatchObject({ verdict: 'portal-login-no-mailbox', severity: 'info', badge: '' });
        const onTheWay = await told(`/login/ct_logon_mixte.jsp?CT_ORIG_URL=${encodeURIComponent('https://webmail.ac-lyon.fr/')}`);
        expect(onTheWay).toMatchObject({ verdict: 'mailbox-sign-on', severity: 'ok', badge: '' });
      });

      it('webmail reached by logging in (302 chain) → no banner on the login page nor the inbox', async () => {
        const page = await open('webmail.ac-lyon.fr', '/');
        expect(await expectNoBannerAfterSettling(page, 500)).toBeNull();
        await page.type('#username', 'jdupont');
        await page.type('#password', 'fixture-only');
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#boutonConnexion')]);
        expect(new URL(page.url()).pathname).toBe('/iwc_static/layout/main.html');
        expect(await expectNoBannerAfterSettling(page)).toBeNull();
      });

      // In Chromium the worker injects the content script: its file is web-accessible to no page.
      it.skipIf(name !== 'chromium')('no page can probe for the extension by its content-script file', async () => {
        const file = `${ext.b.extensionOrigin}/content-scripts/ext.academy.js`;
        const probe = (page: Page) =>
          page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, () => 'unreachable'), file);
        expect(await probe(await open('example.org', '/login.html'))).toBe('unreachable');
        const academyPage = await open('drane.ac-lyon.fr', '/spip/spip.php?page=login');
        await waitForBanner(academyPage); // the script is in use on this very page...
        expect(await probe(academyPage)).toBe('unreachable'); // ...yet not reachable from it
      });

      it.each(FOREIGN)('$what: nothing injected at all', async ({ host, path }) => {
        const page = await open(host, path);
        await expectNoBannerAfterSettling(page);
        const dom = await page.evaluate(async () => {
          // The page has no script: its live DOM must be exactly what its source parses to.
          const source = await (await fetch(location.href)).text();
          const parsed = new DOMParser().parseFromString(source, 'text/html');
          const names = (d: Document) => [...d.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
          const attrs = (e: Element) => [...e.attributes].map((a) => `${a.name}=${a.value}`).sort();
          return {
            live: names(document),
            parsed: names(parsed),
            htmlAttrs: attrs(document.documentElement),
            parsedHtmlAttrs: attrs(parsed.documentElement),
            bodyAttrs: attrs(document.body),
            parsedBodyAttrs: attrs(parsed.body),
            shadowHosts: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
            banner: document.querySelectorAll('aiguilleur-banner').length,
          };
        });
        expect(dom.banner).toBe(0);
        expect(dom.shadowHosts).toBe(0);
        expect(dom.live).toEqual(dom.parsed);
        expect(dom.htmlAttrs).toEqual(dom.parsedHtmlAttrs);
        expect(dom.bodyAttrs).toEqual(dom.parsedBodyAttrs);
      });
    });

    describe('popup (popup.html?tabId=N) and badge, per tab', () => {
      const tabs: Record<string, { page: Page; tabId: number }> = {};

      beforeAll(async () => {
        const scenario = async (key: string, page: Page) => {
          tabs[key] = { page, tabId: await ext.b.tabIdOf(page) };
        };
        const draneLogin = await open('drane.ac-lyon.fr', '/spip/spip.php?page=login');
        await waitForBanner(draneLogin);
        await scenario('draneLogin', draneLogin);
        await scenario('inbox', await webmailInbox());
        await scenario('webmailLogin', await open('webmail.ac-lyon.fr', '/iwc_static/layout/login.html?lang=fr'));
        await scenario('draneHome', await open('drane.ac-lyon.fr', '/spip/'));
        await scenario('unknown', await open('inconnu.ac-lyon.fr', '/'));
        await scenario('example', await open('example.org', '/login.html'));
        // give the content scripts of the pages without a banner their time to report
        await expectNoBannerAfterSettling(tabs.example!.page, 1_000);
      });
      afterAll(closeAll);

      it('tabIdOf(urlPrefix) and tabIdOf(page) agree', async () => {
        expect(await ext.b.tabIdOf(ext.b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'))).toBe(tabs.draneLogin!.tabId);
      });

      it.each([
        ['draneLogin', 'portal-login-no-mailbox'],
        ['inbox', 'webmail-inbox'],
        ['webmailLogin', 'webmail-login'],
        ['draneHome', 'portal'],
        ['unknown', 'academy-unknown'],
        ['example', 'not-academy'],
      ])('popup for the %s tab → data-verdict="%s", with the webmail link', async (key, verdict) => {
        const popup = await popupFor(tabs[key]!.tabId);
        expect(popup.verdict).toBe(verdict);
        expect(popup.webmailHref).toBe(WEBMAIL);
        await popup.page.close();
      });

      it(`badge: "!" on the DRANE login tab, "" on the inbox tab`, async () => {
        expect(await ext.b.badgeEventually(tabs.draneLogin!.tabId, '!')).toBe('!');
        expect(await ext.b.badgeEventually(tabs.inbox!.tabId, '')).toBe('');
      });

      it('a warned tab that goes to another site: no "!" and the popup describes the new site; back on the academy, the new page', async () => {
        const page = await open('drane.ac-lyon.fr', '/spip/spip.php?page=login');
        await waitForBanner(page);
        const tabId = await ext.b.tabIdOf(page);
        expect(await ext.b.badgeEventually(tabId, '!')).toBe('!');
        await ext.b.goto(page, ext.b.url('example.org', '/login.html'));
        expect(await ext.b.badgeEventually(tabId, '')).toBe('');
        let popup = await popupFor(tabId);
        expect(popup.verdict).toBe('not-academy');
        await popup.page.close();
        await ext.b.goto(page, ext.b.url('drane.ac-lyon.fr', '/spip/'));
        await expectNoBannerAfterSettling(page);
        popup = await popupFor(tabId);
        expect(popup.verdict).toBe('portal');
        await popup.page.close();
      });

      it.runIf(name === 'chromium')('after Chrome stops the idle service worker, the popup, the badge and new banners still work', async () => {
        // Chrome stops an idle worker after 30 s, even mid-journey: state must live in
        // storage.session and listeners be registered at top level.
        expect(await ext.b.stopServiceWorker()).toBe(true);
        const popup = await popupFor(tabs.draneLogin!.tabId);
        expect(popup.verdict).toBe('portal-login-no-mailbox');
        await popup.page.close();
        expect(await ext.b.badgeEventually(tabs.draneLogin!.tabId, '!')).toBe('!');

        await ext.b.stopServiceWorker();
        const maths = await open('maths.enseigne.ac-lyon.fr', '/spip/spip.php?page=login');
        expect((await waitForBanner(maths)).portal).toBe('disciplinary');
      });

      it.runIf(name === 'chromium')('accessibility (axe): popup, guide page and banner have no violation', async () => {
        const report: string[] = [];
        for (const key of ['draneLogin', 'inbox', 'example']) {
          const popup = await popupFor(tabs[key]!.tabId);
          await popup.page.setViewport({ width: 380, height: 600 });
          const v = await runAxe(popup.page);
          if (v.length) report.push(`popup (${key}):\n${formatViolations(v)}`);
          await popup.page.close();
        }
        const guide = await ext.b.openExtensionPage('options.html');
        opened.push(guide);
        await guide.waitForFunction(() => (document.querySelector('#app')?.childElementCount ?? 0) > 0, { timeout: 10_000, polling: 50 });
        const vGuide = await runAxe(guide);
        if (vGuide.length) report.push(`guide (options.html):\n${formatViolations(vGuide)}`);
        // The pack preview with a draft loaded (the bundled pack's text, pasted), a password field ticked.
        await guide.$eval(
          '#pack-preview-text',
          (el, text) => {
            (el as HTMLTextAreaElement).value = text;
            el.dispatchEvent(new Event('input', { bubbles: true }));
          },
          readFileSync(join(ROOT, 'rules/lyon.json'), 'utf8'),
        );
        await guide.click('[data-action="check-draft"]');
        await guide.waitForSelector('#pack-preview-guide', { timeout: 10_000 });
        await guide.click('#pack-preview-password');
        await guide.waitForSelector('#pack-preview-verdict [data-verdict]', { timeout: 5_000 });
        const vPreview = await runAxe(guide);
        if (vPreview.length) report.push(`guide (options.html) with a draft in its pack preview:\n${formatViolations(vPreview)}`);
        for (const page of [tabs.draneLogin!.page, await open('drane.ac-lyon.fr', '/spip/ecrire/')]) {
          await waitForBanner(page);
          const vBanner = await runAxe(page, { include: [['aiguilleur-banner']] });
          if (vBanner.length) report.push(`banner on ${page.url()}:\n${formatViolations(vBanner)}`);
        }
        expect(report.join('\n\n')).toBe('');
      });
    });

    describe('dismissal', () => {
      afterAll(closeAll);

      it('dismiss removes the banner; it stays dismissed for that portal (reload, new tab, other page of the portal); other portals still warn', async () => {
        const url = ['drane.ac-lyon.fr', '/spip/spip.php?page=login'] as const;
        const page = await open(...url);
        await waitForBanner(page);
        await clickDismiss(page);
        await waitForNoBanner(page);

        await page.reload({ waitUntil: 'load' });
        expect(await expectNoBannerAfterSettling(page), 'after reload').toBeNull();

        const again = await open(...url);
        expect(await expectNoBannerAfterSettling(again), 'in a new tab').toBeNull();

        const ecrire = await open('drane.ac-lyon.fr', '/spip/ecrire/');
        expect(await expectNoBannerAfterSettling(ecrire), 'on another DRANE login page').toBeNull();

        const maths = await open('maths.enseigne.ac-lyon.fr', '/spip/spip.php?page=login');
        expect((await waitForBanner(maths)).portal).toBe('disciplinary');
      });

      it('the popup still tells the truth on a dismissed portal', async () => {
        const page = await open('drane.ac-lyon.fr', '/spip/spip.php?page=login');
        expect(await expectNoBannerAfterSettling(page)).toBeNull();
        const popup = await popupFor(await ext.b.tabIdOf(page));
        expect(popup.verdict).toBe('portal-login-no-mailbox');
      });
    });
  });

  // Firefox MV3 runs the background as an event page that unloads when idle (30 s by default).
  // With the timeout cut to 1 s, the extension must still answer from state it kept in
  // storage.session, through listeners registered at top level. Each step first waits until
  // Firefox says the page is stopped (`backgroundState()`: the parent process's state, read
  // over WebDriver BiDi), so what follows is answered by a page woken for it.
  if (name === 'firefox') {
    extensionSuite(name, 'event page unloaded when idle (extensions.background.idle.timeout = 1 s)', { firefoxPrefs: { 'extensions.background.idle.timeout': 1_000 } }, (ext) => {
      it('after the event page unloaded, the popup, the badge and new banners still work', async () => {
        const drane = await ext.b.newPage();
        await ext.b.goto(drane, ext.b.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'));
        await waitForBanner(drane);
        const tabId = await ext.b.tabIdOf(drane);

        await ext.b.waitForBackgroundStopped();
        // the badge is the browser's: it outlives the page that painted it
        expect(await ext.b.badgeText(tabId)).toBe('!');
        const popup = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
        await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
        expect(await popup.evaluate(() => document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict'))).toBe('portal-login-no-mailbox');

        await ext.b.waitForBackgroundStopped();
        const maths = await ext.b.newPage();
        await ext.b.goto(maths, ext.b.url('maths.enseigne.ac-lyon.fr', '/spip/spip.php?page=login'));
        expect((await waitForBanner(maths)).portal).toBe('disciplinary');
        expect(await ext.b.badgeEventually(await ext.b.tabIdOf(maths), '!')).toBe('!');
      });
    });
  }
});
