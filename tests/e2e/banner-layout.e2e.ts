/**
 * The banner warns without standing in the way (issue 18, items 1 and 2), in Debian's chromium
 * and firefox-esr: on DRANE login pages (a sure warning) whose forms sit at the top under a
 * header pinned to the viewport, at the top right pinned to the root, and in the middle of a
 * viewport-high body, every field, button and link of the form is the element at its own
 * centre (`document.elementFromPoint`, not the banner), is not overlapped by the banner, and
 * really takes a click and typed text, at 1366×768, 1280×800, 1024×768, 800×600 and at 150 %
 * zoom, with the banner shown. Then its two ways out: « Fermer » and Escape for this page view,
 * « Ne plus afficher pour ce site » remembered. One browser per run; the page is resized
 * between sizes, not reloaded (the banner must follow a resize); the dismissal comes last.
 *
 * 150 % zoom: the page's viewport in CSS pixels is the window's divided by 1.5, at a device pixel
 * ratio of 1.5, which is what browser zoom does to layout. Both browsers get it through
 * puppeteer's `page.setViewport({ width, height, deviceScaleFactor: 1.5 })` (Chromium: DevTools
 * `Emulation.setDeviceMetricsOverride`; Firefox: WebDriver BiDi `browsingContext.setViewport`
 * with `devicePixelRatio`); each test checks `devicePixelRatio` and `innerWidth` took it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BANNER_TAG,
  BROWSERS,
  ROOT,
  clickDismiss,
  expectNoBannerAfterSettling,
  extensionSuite,
  waitForBanner,
  waitForNoBanner,
} from './harness';

const DRANE = 'drane.ac-lyon.fr';
const SHOTS = join(ROOT, '.output', 'shots');

interface Size {
  name: string;
  width: number;
  height: number;
  deviceScaleFactor?: number;
}

/** Window sizes; at 150 % the CSS viewport is the window's divided by 1.5. */
const SIZES: Size[] = [
  { name: '800×600', width: 800, height: 600 },
  { name: '1024×768', width: 1024, height: 768 },
  { name: '1280×800', width: 1280, height: 800 },
  { name: '1366×768', width: 1366, height: 768 },
  { name: '1366×768 at 150 %', width: 911, height: 512, deviceScaleFactor: 1.5 },
  { name: '800×600 at 150 %', width: 533, height: 400, deviceScaleFactor: 1.5 },
];

type Kind = 'field' | 'checkbox' | 'submit' | 'link';

/** Fixture pages (tests/fixtures/academy/sites/drane.ac-lyon.fr/essais/) and their controls. */
const PAGES: Array<{ what: string; path: string; controls: Array<[string, Kind]>; late?: string }> = [
  {
    what: 'form at the top, under a header pinned to the viewport, every font 22px !important, a link pinned there after the banner came',
    path: '/essais/haut.html',
    late: 'lien-tardif',
    controls: [['lien-tardif', 'link'], ['lien-entete', 'link'], ['lien-aide', 'link'], ['identifiant', 'field'], ['motdepasse', 'field'], ['souvenir', 'checkbox'], ['valider', 'submit'], ['oubli', 'link']],
  },
  {
    what: "form at the top right, pinned to the root, the DRANE squelette's clashing CSS",
    path: '/essais/droite.html',
    controls: [['identifiant', 'field'], ['motdepasse', 'field'], ['souvenir', 'checkbox'], ['valider', 'submit'], ['oubli', 'link']],
  },
  {
    what: 'form in the middle of an overlay pinned to the whole viewport',
    path: '/essais/modale.html',
    controls: [['identifiant', 'field'], ['motdepasse', 'field'], ['souvenir', 'checkbox'], ['valider', 'submit'], ['oubli', 'link']],
  },
  {
    what: 'form in the middle of a viewport-high body',
    path: '/essais/milieu.html',
    controls: [['identifiant', 'field'], ['motdepasse', 'field'], ['souvenir', 'checkbox'], ['valider', 'submit'], ['oubli', 'link']],
  },
];

interface Reach {
  /** What `elementFromPoint` found at the control's centre. */
  hit: string;
  ok: boolean;
  x: number;
  y: number;
  /** The control's box meets the banner's (both measured at the top of the page). */
  overlapsBanner: boolean;
  bannerHeight: number;
  dpr: number;
  innerWidth: number;
}

/**
 * Scrolls to the top (the banner in view), measures whether the control meets the banner, then
 * brings the control into view as little as needed and asks what is at its centre.
 */
function reach(page: Page, id: string): Promise<Reach> {
  return page.evaluate(
    (id: string, tag: string) => {
      const el = document.getElementById(id)!;
      const host = document.querySelector(tag);
      scrollTo(0, 0);
      const b = host?.getBoundingClientRect();
      const c = el.getBoundingClientRect();
      const overlapsBanner = !!b && c.left < b.right && b.left < c.right && c.top < b.bottom && b.top < c.bottom;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      const label = hit instanceof HTMLLabelElement && hit.control === el;
      return {
        hit: hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}` : 'nothing',
        ok: !!hit && (hit === el || el.contains(hit) || label),
        x,
        y,
        overlapsBanner,
        bannerHeight: b?.height ?? 0,
        dpr: devicePixelRatio,
        innerWidth,
      };
    },
    id,
    BANNER_TAG,
  );
}

const state = (page: Page, id: string) =>
  page.evaluate((id: string) => {
    const el = document.getElementById(id) as HTMLInputElement;
    return {
      value: el.value,
      checked: el.checked,
      focused: document.activeElement === el,
      clicked: (document.documentElement.getAttribute('data-clicked') ?? '').split(' ').filter(Boolean),
      submitted: Number(document.documentElement.getAttribute('data-submitted') ?? 0),
    };
  }, id);

/** A real click at the control's centre, then what it did. */
async function use(page: Page, id: string, kind: Kind, at: Reach): Promise<string | null> {
  const before = await state(page, id);
  await page.mouse.click(at.x, at.y);
  if (kind === 'field') await page.keyboard.type('ab');
  const after = await state(page, id);
  switch (kind) {
    case 'field':
      return after.focused && after.value === `${before.value}ab` ? null : `typing reached nothing (value ${JSON.stringify(after.value)}, focused ${after.focused})`;
    case 'checkbox':
      return after.checked !== before.checked ? null : 'the checkbox did not toggle';
    case 'submit':
      return after.submitted === before.submitted + 1 ? null : 'the form was not submitted';
    case 'link':
      return after.clicked.length === before.clicked.length + 1 && after.clicked.at(-1) === id ? null : 'the link was not followed';
  }
}

describe.each(BROWSERS)('%s', (name) => {
  extensionSuite(name, 'the banner stands in no way', { viewport: { width: 800, height: 600 } }, (ext) => {
    beforeAll(() => {
      mkdirSync(SHOTS, { recursive: true });
    });

    async function open(path: string): Promise<Page> {
      const page = await ext.b.newPage();
      await ext.b.goto(page, ext.b.url(DRANE, path));
      return page;
    }

    it.each(PAGES)('$what: every control takes its click and its text beside the banner, at every size', async ({ path, controls, late }) => {
      const page = await open(path);
      expect((await waitForBanner(page)).verdict).toBe('portal-login-no-mailbox');
      // Pinned by the page after the banner came, with no resize since: moved below the banner all the same.
      if (late)
        await page.waitForFunction(
          (id: string) => {
            const el = document.getElementById(id);
            const r = el?.getBoundingClientRect();
            return !!r && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
          },
          { timeout: 3_000, polling: 50 },
          late,
        );
      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: size.deviceScaleFactor ?? 1 });
        // Two frames: the resize observed, the room made again.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        if (size.width <= 800) {
          const shot = `${name}-${path.replace(/^.*\/|\.html$/g, '')}-${size.width}x${size.height}${size.deviceScaleFactor ? '-zoom150' : ''}.png`;
          await page.evaluate(() => scrollTo(0, 0));
          await page.screenshot({ path: join(SHOTS, shot) });
        }
        for (const [id, kind] of controls) {
          const at = await reach(page, id);
          expect(at.dpr, `${size.name}: devicePixelRatio`).toBe(size.deviceScaleFactor ?? 1);
          expect(at.innerWidth, `${size.name}: innerWidth`).toBe(size.width);
          expect(at.bannerHeight, `${size.name}: the banner is shown`).toBeGreaterThan(20);
          if (at.overlapsBanner) problems.push(`${size.name} #${id}: its box meets the banner's`);
          if (!at.ok) {
            problems.push(`${size.name} #${id}: ${at.hit} is at its centre`);
            continue;
          }
          const failed = await use(page, id, kind, at);
          if (failed) problems.push(`${size.name} #${id}: ${failed}`);
        }
        if ((await page.$(BANNER_TAG)) === null) problems.push(`${size.name}: the banner is gone`);
      }
      expect(problems).toEqual([]);
      await page.close();
    }, 60_000);

    it('screenshots at 800×600 (the DRANE login page, also at 1280×800, the form at the right, the form in the middle)', async () => {
      for (const [shot, path] of [
        ['drane-login', '/spip/spip.php?page=login'],
        ['droite', '/essais/droite.html'],
        ['milieu', '/essais/milieu.html'],
      ] as const) {
        const page = await open(path);
        await waitForBanner(page);
        await page.bringToFront();
        await page.screenshot({ path: join(SHOTS, `${name}-${shot}-800x600.png`) });
        if (shot === 'drane-login') {
          // README's picture (docs/screenshots/banner-drane.png) is the Chromium one.
          await page.setViewport({ width: 1280, height: 800 });
          await page.screenshot({ path: join(SHOTS, `${name}-${shot}-1280x800.png`) });
        }
        await page.close();
      }
    });

    it('takes no focus, says itself once; Escape (focus in it) and « Fermer » close it for this page view only', async () => {
      // haut.html focuses its username field as it loads (autofocus): the banner comes after.
      const page = await open('/essais/haut.html');
      await waitForBanner(page);
      const focused = () => page.evaluate(() => document.activeElement?.id ?? null);
      expect(await focused()).toBe('identifiant');
      await page.keyboard.type('jdupont');
      expect(await page.$eval('#identifiant', (el) => (el as HTMLInputElement).value)).toBe('jdupont');
      // Escape in the page's field is the page's: the banner stays.
      await page.keyboard.press('Escape');
      expect(await page.$(BANNER_TAG)).not.toBeNull();
      // One live region, filled once it is in the page.
      const live = await page.waitForFunction(
        (tag: string) => {
          const regions = document.querySelector(tag)!.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
          return regions.length === 1 && regions[0]!.textContent ? regions[0]!.textContent : null;
        },
        { timeout: 5_000, polling: 50 },
        BANNER_TAG,
      );
      expect(await live.jsonValue()).toContain('Ce site ne donne pas accès à votre messagerie académique');
      // Focus in the banner, then Escape: closed, the focus back in the field it came from.
      await page.evaluate((tag: string) => (document.querySelector(tag)!.shadowRoot!.querySelector('[data-action="close"]') as HTMLElement).focus(), BANNER_TAG);
      await page.keyboard.press('Escape');
      await waitForNoBanner(page);
      expect(await focused()).toBe('identifiant');
      await page.close();

      // Not remembered: the next page view warns again; « Fermer » closes it there too.
      const again = await open('/essais/haut.html');
      await waitForBanner(again);
      const close = await again.waitForSelector(`${BANNER_TAG} >>> button[data-action="close"]`);
      await close!.click();
      await waitForNoBanner(again);
      await again.close();
      const third = await open('/essais/haut.html');
      expect((await waitForBanner(third)).verdict).toBe('portal-login-no-mailbox');
      await third.close();
    });

    it('« Ne plus afficher pour ce site » is remembered: no banner on the next page view', async () => {
      const page = await open('/essais/milieu.html');
      await waitForBanner(page);
      await clickDismiss(page);
      await waitForNoBanner(page);
      await page.close();
      const next = await open('/essais/haut.html');
      expect(await expectNoBannerAfterSettling(next)).toBeNull();
      await next.close();
    });
  });
});
