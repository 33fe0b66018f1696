/**
 * npm run size: every entrypoint's size (raw and gzip) in the Chrome and Firefox
 * builds, checked against build/size-budgets.json. Exits 1 when a budget is exceeded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entrypointFiles, lazyChunkFiles } from '../build/bundle-files';
import { fileSizes } from '../build/file-sizes';

/** `only`: the one build that has this entrypoint (Chromium's content-script loader). */
type Budget = { raw: number; gzip: number; only?: string };
const budgets: Record<string, Budget> = JSON.parse(readFileSync('build/size-budgets.json', 'utf8'));
delete (budgets as Record<string, unknown>).$comment;

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
  const entries = entrypointFiles(dir);
  for (const [name, files] of [...entries, ...lazyChunkFiles(dir, entries)]) {
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
