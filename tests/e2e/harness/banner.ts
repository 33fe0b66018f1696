/**
 * Reading the on-page banner through its stable contract:
 *   <aiguilleur-banner data-verdict="…" data-portal="…"> with, in its OPEN shadow root,
 *   a[data-action="open-webmail"], button[data-action="close"], button[data-action="dismiss"] and,
 *   on a warning the user may mark wrong, button[data-action="false-warning"].
 * Every wait polls the page (waitForFunction); nothing sleeps longer than it must.
 */
import type { Page } from 'puppeteer-core';

export const BANNER_TAG = 'aiguilleur-banner';

export interface BannerInfo {
  verdict: string | null;
  portal: string | null;
  /** `href` attribute of a[data-action="open-webmail"] in the shadow root, or null. */
  webmailHref: string | null;
  hasDismiss: boolean;
  /** Whether the host has an open shadow root (a closed one reads as null from the page). */
  openShadow: boolean;
  /** Visible text of the shadow root (whitespace collapsed). */
  text: string;
  /** How many banner hosts the document holds (must never exceed 1). */
  count: number;
}

/** The banner as it is now, or null when the page has none. */
export async function bannerOf(page: Page): Promise<BannerInfo | null> {
  return page.evaluate((tag: string) => {
    const hosts = document.querySelectorAll(tag);
    const host = hosts[0] as HTMLElement | undefined;
    if (!host) return null;
    const root = host.shadowRoot;
    const link = root?.querySelector('a[data-action="open-webmail"]') ?? null;
    return {
      verdict: host.getAttribute('data-verdict'),
      portal: host.getAttribute('data-portal'),
      webmailHref: link?.getAttribute('href') ?? null,
      hasDismiss: !!root?.querySelector('button[data-action="dismiss"]'),
      openShadow: !!root,
      // rendered text only: the shadow root's <style> is not text a person reads
      text: root
        ? [...root.children]
            .filter((e) => !['STYLE', 'SCRIPT', 'LINK', 'TEMPLATE'].includes(e.tagName))
            .map((e) => (e as HTMLElement).innerText ?? e.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
        : '',
      count: hosts.length,
    };
  }, BANNER_TAG);
}

/** Wait until the page shows a banner (with its shadow content rendered), then read it. */
export async function waitForBanner(page: Page, timeout = 10_000): Promise<BannerInfo> {
  await page.waitForFunction(
    (tag: string) => {
      const host = document.querySelector(tag);
      return !!host?.shadowRoot?.querySelector('button[data-action="dismiss"]');
    },
    { timeout, polling: 50 },
    BANNER_TAG,
  );
  const info = await bannerOf(page);
  if (!info) throw new Error('banner vanished right after it appeared');
  return info;
}

export async function waitForNoBanner(page: Page, timeout = 5_000): Promise<void> {
  await page.waitForFunction((tag: string) => !document.querySelector(tag), { timeout, polling: 50 }, BANNER_TAG);
}

/**
 * Asserting an absence needs a time window: wait until the extension has surely had its say
 * on this page, then check. "Had its say" is `settledMs` after load (the content script runs
 * at document_idle and asks the background once; 1.5 s is many times what that takes here).
 */
export async function expectNoBannerAfterSettling(page: Page, settledMs = 1_500): Promise<BannerInfo | null> {
  await page.waitForFunction(() => document.readyState === 'complete', { polling: 50 });
  await new Promise((r) => setTimeout(r, settledMs));
  return bannerOf(page);
}

/** Click the banner's dismiss button (inside the shadow root). */
export async function clickDismiss(page: Page): Promise<void> {
  const button = await page.waitForSelector(`${BANNER_TAG} >>> button[data-action="dismiss"]`, { timeout: 5_000 });
  if (!button) throw new Error('no dismiss button');
  await button.click();
}

/** Click the banner's « Cet avertissement est faux » button (inside the shadow root). */
export async function clickFalseWarning(page: Page): Promise<void> {
  const button = await page.waitForSelector(`${BANNER_TAG} >>> button[data-action="false-warning"]`, { timeout: 5_000 });
  if (!button) throw new Error('no false-warning button');
  await button.click();
}

/** Computed style of the banner's text and its box, to prove the page CSS does not reach inside. */
export async function bannerStyles(page: Page): Promise<{ fontSize: string; color: string; hostFontSize: string } | null> {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    const root = host?.shadowRoot;
    if (!host || !root) return null;
    const textEl = [...root.querySelectorAll<HTMLElement>('*')].find(
      (el) => el.childElementCount === 0 && (el.textContent ?? '').trim().length > 20,
    );
    if (!textEl) return null;
    const cs = getComputedStyle(textEl);
    return { fontSize: cs.fontSize, color: cs.color, hostFontSize: getComputedStyle(host).fontSize };
  }, BANNER_TAG);
}
