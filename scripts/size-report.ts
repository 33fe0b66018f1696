/**
 * npm run size: every entrypoint's size (raw and gzip) in the Chrome and Firefox
 * builds, checked against build/size-budgets.json. Exits 1 when a budget is exceeded.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSizes } from '../build/file-sizes';

/** `only`: the one build that has this entrypoint (Chromium's content-script loader). */
type Budget = { raw: number; gzip: number; only?: string };
const budgets: Record<string, Budget> = JSON.parse(readFileSync('build/size-budgets.json', 'utf8'));
delete (budgets as Record<string, unknown>).$comment;

/** The files an HTML entrypoint loads: scripts, module preloads and stylesheets. */
function htmlAssets(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

function entrypoints(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.html')) out.set(f.replace(/\.html$/, ''), [f, ...htmlAssets(dir, f)]);
    // Other top-level scripts are unlisted entrypoints (background, the content-script loader).
    else if (f.endsWith('.js')) out.set(f.replace(/\.js$/, ''), [f]);
  }
  const cs = join(dir, 'content-scripts');
  if (existsSync(cs)) for (const f of readdirSync(cs)) out.set(`content-scripts/${f.replace(/\.(js|css)$/, '')}`, [...(out.get(`content-scripts/${f.replace(/\.(js|css)$/, '')}`) ?? []), `content-scripts/${f}`]);
  return out;
}

/** A chunk's static imports, transitively (`from"./x.js"`, as the bundler writes them between chunks). */
function staticClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dir, file), 'utf8');
  for (const m of text.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) staticClosure(dir, join(file, '..', m[1]!), seen);
  return seen;
}

/**
 * Chunks no page loads at first, only by a dynamic import (the options page's pack preview engine):
 * `lazy/<name>`, with what loading one adds to the page that imports it (it and its static imports
 * that the page does not already load).
 */
function lazyChunks(dir: string, entries: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const chunks = join(dir, 'chunks');
  if (!existsSync(chunks)) return out;
  for (const f of readdirSync(chunks)) {
    const file = `chunks/${f}`;
    if (!f.endsWith('.js') || [...entries.values()].some((files) => files.includes(file))) continue;
    const importer = [...entries.values()].find((files) => files.some((x) => x.endsWith('.js') && readFileSync(join(dir, x), 'utf8').includes(`import(\`./${f}\`)`)));
    const loaded = new Set(importer ?? []);
    out.set(`lazy/${f.replace(/-[\w-]{8}\.js$/, '')}`, [...staticClosure(dir, file)].filter((x) => !loaded.has(x)));
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
const report: Record<string, Record<string, { raw: number; gzip: number; budget?: Budget }>> = {};
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join('.output', target);
  if (!existsSync(dir)) {
    console.error(`${dir} missing: run npm run build first`);
    process.exit(1);
  }
  report[target] = {};
  console.log(`\n${target}`);
  console.log(`${'entrypoint'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}   budget (raw / gzip)`);
  const entries = entrypoints(dir);
  for (const [name, files] of [...entries, ...lazyChunks(dir, entries)]) {
    const { raw, gzip } = fileSizes(files.map((f) => readFileSync(join(dir, f))));
    const budget = budgets[name];
    const over = budget && (raw > budget.raw || gzip > budget.gzip);
    if (over) failed = true;
    report[target][name] = { raw, gzip, budget };
    const verdict = budget ? `${kb(budget.raw)} / ${kb(budget.gzip)} ${over ? 'OVER BUDGET' : 'ok'}` : 'no budget';
    console.log(`${name.padEnd(28)}${kb(raw).padStart(10)}${kb(gzip).padStart(10)}   ${verdict}`);
  }
  for (const [name, budget] of Object.entries(budgets)) {
    if (!report[target][name] && (budget.only ?? target) === target) {
      console.error(`entrypoint ${name} has a budget but is not in ${target}`);
      failed = true;
    }
  }
}
mkdirSync('.output/bench', { recursive: true });
writeFileSync('.output/bench/sizes.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(failed ? '\nsize budgets: FAILED' : '\nsize budgets: ok');
process.exit(failed ? 1 : 0);
