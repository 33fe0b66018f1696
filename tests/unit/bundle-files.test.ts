/**
 * What each entrypoint of a build loads, as the size budgets count it: a mistake here would
 * leave a file out of its budget without a word.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entrypointFiles, lazyChunkFiles } from '../../build/bundle-files';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A build folder with these files (path → text). */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-files-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// As Vite writes them: a page's chunks, one loaded only by a dynamic import, which imports a chunk
// the page has (start), one it has not (host-names, another page's), and one for its effects only.
const BUILD = {
  'options.html': '<script type="module" src="/chunks/options-AAAAAAAA.js"></script><link rel="modulepreload" href="/chunks/start-BBBBBBBB.js">',
  'chunks/options-AAAAAAAA.js': 'import{a}from"./start-BBBBBBBB.js";const load=()=>import(`./engine-CCCCCCCC.js`);',
  'chunks/start-BBBBBBBB.js': 'export const a=1;',
  'chunks/engine-CCCCCCCC.js': 'import{a}from"./start-BBBBBBBB.js";import{h}from"./host-names-DDDDDDDD.js";import"./effects-EEEEEEEE.js";',
  'chunks/host-names-DDDDDDDD.js': 'export const h=1;',
  'chunks/effects-EEEEEEEE.js': 'globalThis.x=1;',
  'mail.html': '<script type="module" src="/chunks/host-names-DDDDDDDD.js"></script>',
  'background.js': 'chrome.runtime.onMessage.addListener(()=>{});',
  'content-scripts/academy.js': '(()=>{})();',
};

describe('entrypointFiles', () => {
  it('a page loads its scripts, preloads and stylesheets; top-level scripts and content scripts load themselves', () => {
    const files = entrypointFiles(build(BUILD));
    expect(files.get('options')).toEqual(['options.html', 'chunks/options-AAAAAAAA.js', 'chunks/start-BBBBBBBB.js']);
    expect(files.get('background')).toEqual(['background.js']);
    expect(files.get('content-scripts/academy')).toEqual(['content-scripts/academy.js']);
  });
});

describe('lazyChunkFiles', () => {
  it('a chunk only a dynamic import loads counts with what it adds to its page: the chunks the page lacks, those for their effects included', () => {
    const dir = build(BUILD);
    expect(lazyChunkFiles(dir, entrypointFiles(dir))).toEqual(
      new Map([['lazy/engine', ['chunks/engine-CCCCCCCC.js', 'chunks/host-names-DDDDDDDD.js', 'chunks/effects-EEEEEEEE.js']]]),
    );
  });

  it('imported by two pages, it counts with the most it adds to one of them', () => {
    const dir = build({
      ...BUILD,
      'popup.html': '<script type="module" src="/chunks/popup-FFFFFFFF.js"></script>',
      'chunks/popup-FFFFFFFF.js': 'const load=()=>import("./engine-CCCCCCCC.js");',
    });
    expect(lazyChunkFiles(dir, entrypointFiles(dir)).get('lazy/engine')).toEqual([
      'chunks/engine-CCCCCCCC.js',
      'chunks/start-BBBBBBBB.js',
      'chunks/host-names-DDDDDDDD.js',
      'chunks/effects-EEEEEEEE.js',
    ]);
  });

  it('a chunk that only another lazy chunk imports dynamically is listed too, in full; nothing a page loads at first is', () => {
    const dir = build({
      ...BUILD,
      'chunks/effects-EEEEEEEE.js': 'const more=()=>import(`./later-GGGGGGGG.js`);',
      'chunks/later-GGGGGGGG.js': 'import{a}from"./start-BBBBBBBB.js";',
    });
    const lazy = lazyChunkFiles(dir, entrypointFiles(dir));
    expect([...lazy.keys()].sort()).toEqual(['lazy/engine', 'lazy/later']);
    expect(lazy.get('lazy/later')).toEqual(['chunks/later-GGGGGGGG.js', 'chunks/start-BBBBBBBB.js']);
  });
});
