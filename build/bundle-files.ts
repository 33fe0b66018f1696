/**
 * Which files of a built extension each entrypoint loads, for the size budgets
 * (scripts/size-report.ts): the pages (their scripts, module preloads and stylesheets), the
 * top-level scripts, the content scripts, and the chunks no page loads at first but a dynamic
 * import does (the options page's pack preview engine).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The files an HTML entrypoint loads: scripts, module preloads and stylesheets. */
function htmlAssets(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

/** Each entrypoint by name, with the files it loads (relative to the build's folder). */
export function entrypointFiles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.html')) out.set(f.replace(/\.html$/, ''), [f, ...htmlAssets(dir, f)]);
    // Other top-level scripts are unlisted entrypoints (background, the content-script loader).
    else if (f.endsWith('.js')) out.set(f.replace(/\.js$/, ''), [f]);
  }
  const cs = join(dir, 'content-scripts');
  if (existsSync(cs)) {
    for (const f of readdirSync(cs)) {
      const name = `content-scripts/${f.replace(/\.(js|css)$/, '')}`;
      out.set(name, [...(out.get(name) ?? []), `content-scripts/${f}`]);
    }
  }
  return out;
}

// As the bundler writes imports between its files: `from"./x.js"`, `import"./x.js"` (for its
// effects), `import(`./x.js`)`; relative to the importing file.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const importsOf = (dir: string, file: string, pattern: RegExp): string[] =>
  [...readFileSync(join(dir, file), 'utf8').matchAll(pattern)].map((m) => posix.join(posix.dirname(file), m[1]!));

/** A script and what it imports statically, transitively. */
function staticClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(join(dir, file))) return seen;
  seen.add(file);
  for (const f of importsOf(dir, file, STATIC_IMPORT)) staticClosure(dir, f, seen);
  return seen;
}

const bytes = (dir: string, files: readonly string[]) => files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/**
 * The chunks reached only by a dynamic import, as `lazy/<name>` (the name without its hash), each
 * with what loading it adds to a page that imports it: it and its static imports that the page
 * does not already load; for a chunk several pages import, the most it adds to one of them. A
 * chunk that only another lazy chunk imports counts in full.
 */
export function lazyChunkFiles(dir: string, entries: Map<string, string[]>): Map<string, string[]> {
  const loadedBy = [...entries.values()].map((files) => {
    const loaded = new Set<string>();
    for (const f of files) if (f.endsWith('.js')) staticClosure(dir, f, loaded);
    for (const f of files) loaded.add(f);
    return loaded;
  });
  const atFirst = new Set(loadedBy.flatMap((s) => [...s]));
  const out = new Map<string, string[]>();
  for (const importer of findScripts(dir)) {
    const chunks = importsOf(dir, importer, DYNAMIC_IMPORT).filter((c) => !atFirst.has(c) && existsSync(join(dir, c)));
    if (chunks.length === 0) continue;
    // The pages that load the importer; none when another lazy chunk is the importer.
    const pages = loadedBy.filter((loaded) => loaded.has(importer));
    for (const chunk of chunks) {
      const name = `lazy/${posix.basename(chunk).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '')}`;
      for (const loaded of pages.length ? pages : [new Set<string>()]) {
        const added = [...staticClosure(dir, chunk)].filter((f) => !loaded.has(f));
        const before = out.get(name);
        if (!before || bytes(dir, added) > bytes(dir, before)) out.set(name, added);
      }
    }
  }
  return out;
}

/** Every script of the build, relative to its folder. */
function* findScripts(dir: string, sub = ''): Generator<string> {
  for (const f of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${f.name}` : f.name;
    if (f.isDirectory()) yield* findScripts(dir, rel);
    else if (f.name.endsWith('.js')) yield rel;
  }
}
