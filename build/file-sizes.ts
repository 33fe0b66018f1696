/**
 * The size of a set of files as the budgets count it (build/size-budgets.json): raw bytes, and
 * gzip at level 9, each file compressed on its own. One definition for `npm run size` and the
 * start-up bench, so their figures agree.
 */
import { gzipSync } from 'node:zlib';

export function fileSizes(files: readonly Uint8Array[]): { raw: number; gzip: number } {
  return {
    raw: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}
