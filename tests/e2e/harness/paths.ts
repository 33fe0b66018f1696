import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests/e2e/harness/../../..). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Gitignored scratch folder for browser profiles and screenshots of failed runs. */
export const TMP = join(ROOT, '.e2e-tmp');

/** The unpacked builds under test (override to test another build, e.g. an unzipped release). */
export const BUILDS = {
  chromium: resolve(ROOT, process.env.AIGUILLEUR_CHROME_BUILD ?? '.output/chrome-mv3'),
  firefox: resolve(ROOT, process.env.AIGUILLEUR_FIREFOX_BUILD ?? '.output/firefox-mv3'),
} as const;

export const EXECUTABLES = {
  chromium: process.env.AIGUILLEUR_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.AIGUILLEUR_FIREFOX ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserName = keyof typeof EXECUTABLES;
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** True in CI: a browser or a build that is missing makes the run fail, never skip. */
export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export function buildExists(name: BrowserName, dir: string = BUILDS[name]): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

export function browserExists(name: BrowserName): boolean {
  return existsSync(EXECUTABLES[name]);
}

/** A fresh profile folder under .e2e-tmp/ (removed by the launcher's close()). */
export async function freshProfileDir(prefix: string): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  return mkdtemp(join(TMP, `${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  // Firefox may still be flushing its profile for a moment after exit.
  for (let i = 0; i < 5; i++) {
    try {
      await rm(dir, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
