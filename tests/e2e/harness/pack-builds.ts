/**
 * Another académie's builds for the end-to-end tests: `AIGUILLEUR_PACK=<pack> npm run build`, in
 * `.output/<academy.id>/` (build/selected-pack.ts), beside the Lyon build the other specs test.
 * CI builds them before the tests (.ci/run); here they are built again when missing or older than
 * what they are built from, so that a spec never tests yesterday's code under today's name.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { selectPack } from '../../../build/selected-pack';
import { ROOT, type BrowserName } from './paths';

/** What a build is made of: a change in any of these makes it stale. */
const SOURCES = ['src', 'entrypoints', 'public', 'build', 'wxt.config.ts', 'package.json'];

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

function builtAt(dir: string): number {
  const manifest = join(dir, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
}

/**
 * The unpacked builds of `packFile` (relative to the repository), built first when missing or
 * stale (≈7 s for both browsers). Returns them by browser, and the pack they were built from.
 */
export function packBuilds(packFile: string): { chromium: string; firefox: string; academyId: string } {
  const env = { ...process.env, AIGUILLEUR_PACK: resolve(ROOT, packFile), INIT_CWD: ROOT };
  const selected = selectPack(env);
  const out = resolve(ROOT, selected.outDir);
  const dirs = { chromium: join(out, 'chrome-mv3'), firefox: join(out, 'firefox-mv3') } satisfies Record<BrowserName, string>;
  const sources = Math.max(newestIn(selected.path), ...SOURCES.map((s) => newestIn(join(ROOT, s))));
  const stale = Object.values(dirs).filter((dir) => builtAt(dir) < sources);
  if (stale.length > 0) {
    console.info(`[e2e] building ${selected.label} (${stale.length === 2 ? 'both builds' : stale[0]} missing or stale)`);
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return { ...dirs, academyId: selected.pack.academy.id };
}
