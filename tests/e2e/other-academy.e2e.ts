/**
 * Proof that another académie's IT can deploy its own Aiguilleur (issue 20, item 5): a second
 * fixture académie, invented hosts under ac-nantes.fr (tests/fixtures/academy/nantes.ts), whose
 * webmail runs SOGo behind a CAS (Lyon's: Convergence, its own form), and whose DANE runs
 * WordPress, built from its own pack (tests/fixtures/packs/nantes.json, `AIGUILLEUR_PACK=… npm
 * run build`, into .output/nantes/). In both browsers, with that build: the DANE's login warns and
 * offers ITS webmail; the CAS on the way to the webmail does not; the direct path (its webmail's
 * address → its CAS → submit → its inbox) raises no warning and ends on webmail-inbox. With the
 * Lyon build, the same pages are not the academy's: no banner, no badge, not-academy.
 * Four launches in all (≈70 s for both browsers here; CI budget 90 s).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_USER } from '../fixtures/academy/worlds';
import { NANTES, NANTES_PATH } from '../fixtures/academy/server';
import { BROWSERS, bannerOf, extensionSuite, packBuilds, waitForBanner, type Suite } from './harness';

const NANTES_PACK = 'tests/fixtures/packs/nantes.json';
/** Its webmail's address as its pack gives it: what its banner and popup offer. */
const ITS_WEBMAIL = 'https://courrier.ac-nantes.fr/';
const DANE_LOGIN = '/wp-login.php';

// Built before the blocks are defined: a missing build would skip them (CI builds it in .ci/run).
const builds = packBuilds(NANTES_PACK);

/** What the extension said on the page a tab shows. */
interface Seen {
  where: string;
  banner: string | null;
  badge: string;
  popup: string | null;
  popupWebmail: string | null;
}

/** The popup's verdict and webmail link for a tab (popup.html?tabId=N, opened as a page). */
async function popupOf(ext: Suite, tabId: number): Promise<{ verdict: string | null; webmail: string | null }> {
  const popup = await ext.b.openExtensionPage(`popup.html?tabId=${tabId}`);
  try {
    await popup.waitForFunction(() => !!document.querySelector('#app [data-verdict]'), { timeout: 10_000, polling: 50 });
    return await popup.evaluate(() => ({
      verdict: document.querySelector('#app [data-verdict]')?.getAttribute('data-verdict') ?? null,
      webmail: document.querySelector('a[data-action="open-webmail"]')?.getAttribute('href') ?? null,
    }));
  } finally {
    await popup.close();
  }
}

/**
 * The extension's say on the page a tab shows, once it has surely had it: `settleMs` after the
 * load (the content script is put in after the load; a journey's landing is told a moment later).
 */
async function seen(ext: Suite, page: Page, settleMs = 1_500): Promise<Seen> {
  await page.waitForFunction(() => document.readyState === 'complete', { polling: 50 });
  if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
  const tabId = await ext.b.tabIdOf(page);
  const url = new URL(page.url());
  const banner = await bannerOf(page);
  const popup = await popupOf(ext, tabId);
  return { where: `${url.hostname}${url.pathname}`, banner: banner?.verdict ?? null, badge: await ext.b.badgeText(tabId), popup: popup.verdict, popupWebmail: popup.webmail };
}

/** Types its webmail's address, signs on where it is sent (its CAS), submits: what was said at the CAS and at the landing. */
async function walk(ext: Suite): Promise<[Seen, Seen]> {
  const page = await ext.b.newPage();
  await ext.b.goto(page, ext.b.url(NANTES.webmail, NANTES_PATH.start));
  const atLogin = new URL(page.url());
  expect(`${atLogin.hostname}${atLogin.pathname}`).toBe(`${NANTES_PATH.loginHost}${NANTES_PATH.loginPath}`);
  const signOn = await seen(ext, page);
  await page.type(NANTES_PATH.user, 'jdupont');
  await page.type(NANTES_PATH.password, 'fixture-only');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(NANTES_PATH.submit)]);
  const landed = new URL(page.url());
  expect(`${landed.hostname}${landed.pathname}`).toBe(`${NANTES.webmail}${NANTES_PATH.inboxPath}`);
  const inbox = await seen(ext, page, 2_500);
  await page.close();
  return [signOn, inbox];
}

const summary = (s: Seen[]) => s.map((x) => `${x.where}: banner ${x.banner ?? 'none'}, badge "${x.badge}", popup ${x.popup}`).join('\n');

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, `the ${builds.academyId} build on its own académie`, { build: builds[name] }, (ext) => {
    it("its DANE's login page: the wrong-portal banner and the '!', offering ITS webmail", async () => {
      const page = await ext.b.newPage();
      await ext.b.goto(page, ext.b.url(NANTES.dane, DANE_LOGIN));
      const banner = await waitForBanner(page);
      expect(banner).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'dane', webmailHref: ITS_WEBMAIL, count: 1 });
      expect(banner.text).toContain('DANE — numérique éducatif');
      expect(banner.text).toContain('Ce site ne donne pas accès à votre messagerie académique');
      expect(banner.text).not.toMatch(/lyon/i);
      const tabId = await ext.b.tabIdOf(page);
      expect(await ext.b.badgeEventually(tabId, '!')).toBe('!');
      expect(await popupOf(ext, tabId)).toEqual({ verdict: 'portal-login-no-mailbox', webmail: ITS_WEBMAIL });
      await page.close();
    });

    it('its webmail\'s login (its CAS, returning to the webmail): no banner, no "!"; the CAS by itself only hints', async () => {
      const page = await ext.b.newPage();
      const service = `${ext.b.url(NANTES.webmail, '/SOGo/')}`;
      await ext.b.goto(page, ext.b.url(NANTES.cas, `/cas/login?service=${encodeURIComponent(service)}`));
      expect(await seen(ext, page)).toMatchObject({ banner: null, badge: '', popup: 'mailbox-sign-on', popupWebmail: ITS_WEBMAIL });
      // Its pack only guesses that the CAS holds no mailbox: never a banner nor a '!' on a guess.
      await ext.b.goto(page, ext.b.url(NANTES.cas, '/cas/login'));
      expect(await seen(ext, page)).toMatchObject({ banner: null, badge: '', popup: 'portal-login-no-mailbox' });
      await page.close();
    });

    it('the direct path: its webmail address → its CAS → submit → its inbox, no warning, webmail-inbox', async () => {
      const path = await walk(ext);
      console.log(`[other-academy] ${name}, its build\n${summary(path)}`);
      expect(path.filter((s) => s.badge === '!' || s.banner !== null), summary(path)).toEqual([]);
      expect(path.map((s) => s.popup), summary(path)).toEqual(['mailbox-sign-on', 'webmail-inbox']);
      expect(path[1]!.where).toBe(`${NANTES.webmail}/SOGo/so/${FIXTURE_USER}/Mail/view`);
    });
  });

  extensionSuite(name, `the Lyon build ignores the ${builds.academyId} académie's sites`, {}, (ext) => {
    it('its DANE login, its CAS and its inbox: no banner, no badge, not-academy', async () => {
      // The DANE's tab first: it settles while the path is walked in another.
      const dane = await ext.b.newPage();
      await ext.b.goto(dane, ext.b.url(NANTES.dane, DANE_LOGIN));
      const path = await walk(ext);
      const all = [await seen(ext, dane, 0), ...path];
      console.log(`[other-academy] ${name}, the Lyon build\n${summary(all)}`);
      for (const s of all) expect(s, summary(all)).toMatchObject({ banner: null, badge: '', popup: 'not-academy' });
      await dane.close();
    });
  });
});
