/**
 * `npm run bench`: runs every bench in turn. Each one prints its own table and
 * verdict, writes its figures under .output/bench/, and returns true when its
 * targets are met; the exit code is 1 when any of them misses.
 *
 * To add a bench, import its run function and append it to the list.
 */
import { run as matcher } from './matcher';
import { run as journey } from './journey';
import { run as pageLoad } from './page-load';

const benches: [name: string, run: () => boolean | Promise<boolean>][] = [
  ['matcher', matcher],
  ['journey', journey],
  ['page-load (Chromium, needs npm run build:chrome)', pageLoad],
];

const failed: string[] = [];
for (const [name, run] of benches) {
  console.log(`\n=== bench: ${name} ===`);
  if (!(await run())) failed.push(name);
}
console.log(failed.length === 0 ? '\nAll benches met their targets.' : `\nTargets missed: ${failed.join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
