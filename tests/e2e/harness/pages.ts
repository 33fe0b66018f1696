/**
 * The extension's own pages, the window sizes people use, and what "laid out as one page" means
 * in a browser: shared by the layout check (pages.e2e.ts) and `npm start`'s screenshots
 * (scripts/start.ts), so both look at the same pages at the same sizes.
 */
import type { Page } from 'puppeteer-core';

/** Window sizes of the academy's staff: a common laptop, a 16:10 one, an old one, a zoomed page. */
export const WINDOW_SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
] as const;

export type WindowSize = { width: number; height: number };

export interface ExtensionPage {
  /** The name of its screenshot: `page-<name>-<width>x<height>.png`. */
  name: string;
  /** Its file in the build; the popup gets `?tabId=N` for the tab it describes. */
  path: string;
  /** What shows once every part of the page has its answer from the background (each selector). */
  ready: readonly string[];
}

/**
 * Every page the extension opens (each entrypoint's index.html). A page added to the extension
 * is added here: the layout check and the screenshots then cover it.
 */
export const EXTENSION_PAGES: readonly ExtensionPage[] = [
  { name: 'popup', path: 'popup.html', ready: ['.popup[data-state="ready"]'] },
  { name: 'first-run', path: 'first-run.html', ready: ['.first-run[data-state="ready"]'] },
  { name: 'guide', path: 'options.html', ready: ['.guide[data-state="ready"]', '#more', '#institution[data-state="ready"]'] },
  { name: 'account', path: 'account.html', ready: ['.account[data-state="ready"]'] },
  { name: 'mail', path: 'mail.html', ready: ['.mail[data-state="ready"]'] },
  { name: 'diagnostics', path: 'diagnostics.html', ready: ['.diagnostics[data-state="ready"]'] },
];

/** Waits until every part of an extension page shows (its `ready` selectors). */
export async function waitForExtensionPage(page: Page, { ready }: ExtensionPage, timeout = 10_000): Promise<void> {
  await page.waitForFunction((all: readonly string[]) => all.every((s) => document.querySelector(s)), { timeout, polling: 50 }, ready);
}

/**
 * Sets the page's window size and waits until the page has it. The page is brought forward
 * first: a tab in the background gets no animation frames, and may lay out late. No frame is
 * awaited: reading a box lays the page out at once.
 */
export async function resizeTo(page: Page, size: WindowSize): Promise<void> {
  await page.bringToFront();
  await page.setViewport(size);
  await page.waitForFunction((w: number) => window.innerWidth === w, { polling: 50, timeout: 5_000 }, size.width);
}

/**
 * What escapes the page's column at the page's current size, one line each; empty when the page
 * is laid out as one. The column is the single element the page renders in `#app`; every
 * `section` and `h2` of the document must lie inside its padding box edges (within its margins),
 * and nothing may make the window scroll sideways.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    // No named function in here: tsx (npm start) would wrap it in a helper the page lacks.
    const app = document.getElementById('app');
    const column = app?.children.length === 1 ? app.children[0]! : null;
    if (!column) return [`#app holds ${app?.children.length ?? 'no'} elements, not one column`];
    const box = column.getBoundingClientRect();
    const style = getComputedStyle(column);
    const left = box.left + parseFloat(style.paddingLeft) - 0.5;
    const right = box.right - parseFloat(style.paddingRight) + 0.5;
    for (const el of document.querySelectorAll('section, h2')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // a heading only screen readers see
      const text = (el.querySelector('h2') ?? el).textContent?.trim().slice(0, 50) ?? '';
      const [what, where] = [el, column].map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`);
      if (!column.contains(el)) problems.push(`${what} « ${text} » is outside the column (${where})`);
      else if (r.left < left || r.right > right) problems.push(`${what} « ${text} » spans ${Math.round(r.left)}–${Math.round(r.right)}px, the column ${Math.round(left)}–${Math.round(right)}px`);
    }
    const scroll = document.documentElement.scrollWidth;
    if (scroll > window.innerWidth) problems.push(`the page is ${scroll}px wide in a ${window.innerWidth}px window`);
    return problems;
  });
}
