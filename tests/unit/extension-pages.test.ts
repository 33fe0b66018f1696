/**
 * Every extension page is laid out as one page: its HTML holds one mount point, its main.tsx
 * renders one tree there through startPage (src/ui/start.tsx), and it is listed in
 * tests/e2e/harness/pages.ts, so the layout check (pages.e2e.ts) and `npm start`'s screenshots
 * cover it. When this fails after adding a page: add it to EXTENSION_PAGES.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES } from '../e2e/harness/pages';
import { ROOT } from '../e2e/harness/paths';

const ENTRYPOINTS = join(ROOT, 'entrypoints');
const pages = readdirSync(ENTRYPOINTS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ENTRYPOINTS, d.name, 'index.html')))
  .map((d) => d.name)
  .sort();

describe('extension pages', () => {
  it('are found (the popup, the guide and the help pages at least)', () => {
    expect(pages).toEqual(expect.arrayContaining(['account', 'diagnostics', 'mail', 'options', 'popup']));
  });

  it.each(pages)('%s is listed for the layout check and the screenshots', (name) => {
    expect(EXTENSION_PAGES.map((p) => p.path)).toContain(`${name}.html`);
  });

  it.each(pages)('%s mounts one tree in #app, its only element', (name) => {
    const html = readFileSync(join(ENTRYPOINTS, name, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.indexOf('</body>'));
    expect(body.match(/<(?!script|\/)[a-z]+[^>]*>/g)).toEqual(['<div id="app">']);
    const main = readFileSync(join(ENTRYPOINTS, name, 'main.tsx'), 'utf8');
    expect(main.match(/\bstartPage\(/g)).toHaveLength(1);
    expect(main, 'parts given side by side land beside each other, outside the column').not.toMatch(/startPage\([^]*?=>\s*\[/);
    expect(main).not.toMatch(/\brender\(|createElement\(|appendChild\(/);
  });
});
