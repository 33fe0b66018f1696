/**
 * Screenshots for a failed test, taken so they can never wedge the run.
 *
 * puppeteer serialises `page.screenshot()` with a per-context lock that `browser.newPage()`
 * also waits for; in headless Chromium a background tab never paints, so its screenshot never
 * returns and every later `newPage()` hangs with it. Chromium: bring the tab forward and capture
 * through a raw DevTools session (outside that lock), bounded in time. Firefox (BiDi) paints
 * background tabs: a bounded `page.screenshot()` is enough.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';

function within<T>(ms: number, p: Promise<T>): Promise<T | undefined> {
  return Promise.race([p.catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

async function capture(b: ExtensionBrowser, page: Page): Promise<Buffer | undefined> {
  if (b.name === 'firefox') return within(3_000, page.screenshot().then((d) => Buffer.from(d)));
  await within(2_000, page.bringToFront());
  const session = await within(2_000, page.createCDPSession());
  if (!session) return undefined;
  try {
    const shot = await within(3_000, session.send('Page.captureScreenshot', { format: 'png' }));
    return shot ? Buffer.from(shot.data, 'base64') : undefined;
  } finally {
    void session.detach().catch(() => {});
  }
}

/** Write a PNG of every open tab to `dir/<prefix>-<n>.png`; returns the files written. */
export async function screenshotAllTabs(b: ExtensionBrowser, dir: string, prefix: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const pages = (await within(3_000, b.browser.pages())) ?? [];
  const files: string[] = [];
  for (const [i, page] of pages.entries()) {
    const png = await capture(b, page);
    if (!png) continue;
    const file = join(dir, `${prefix}-${i}.png`);
    writeFileSync(file, png);
    files.push(file);
  }
  return files;
}
