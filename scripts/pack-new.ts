/**
 * npm run pack:new -- <académie> [--out <file>] [--force]: writes a starter rules pack for an
 * académie (rules/<académie>.json) from the public facts in rules/academies/known.json, every value
 * unconfirmed, and prints what to fill in next (scripts/lib/pack-new.ts).
 */
import { resolve } from 'node:path';
import { packNew } from './lib/pack-new';

process.exitCode = packNew(process.argv.slice(2), {
  root: resolve(import.meta.dirname, '..'),
  cwd: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
