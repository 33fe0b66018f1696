/**
 * `npm run bench [-- options]`: runs every bench in turn (options: bench/options.ts; e.g.
 * `npm run bench -- --quick`, `npm run bench -- --only page-load --loads 50`). Each one prints
 * its own table and verdict, writes its figures under .output/bench/, and returns true when its
 * targets are met; the exit code is 1 when any of them misses.
 *
 * To add a bench, import its run function and append it to the list.
 */
import { run as matcher } from './matcher';
import { run as journey } from './journey';
import { run as pageLoad } from './page-load';
import { run as startup } from './startup';
import { parseBenchOptions, type BenchOptions } from './options';

const options = parseBenchOptions(process.argv.slice(2));
const benches: [name: string, title: string, run: (options: BenchOptions) => boolean | Promise<boolean>][] = [
  ['matcher', 'matcher', matcher],
  ['journey', 'journey', journey],
  ['page-load', `page-load (${options.browsers.join(' and ')}, ${options.modes.join(' and ')}, ${options.sessions} instance(s) × ${options.loads} loads per setup; needs npm run build)`, pageLoad],
  ['startup', `startup (the background's start-up and size; needs npm run build)`, startup],
];

const failed: string[] = [];
for (const [name, title, run] of benches) {
  if (options.only && !options.only.includes(name)) continue;
  console.log(`\n=== bench: ${title} ===`);
  if (!(await run(options))) failed.push(name);
}
console.log(failed.length === 0 ? '\nAll benches met their targets.' : `\nTargets missed: ${failed.join(', ')}`);
if (options.quick) console.log('(quick run: a few loads on a shared machine; not the figures for docs/performance.md)');
process.exitCode = failed.length === 0 ? 0 : 1;
