/** The rules in force, compiled once per worker life. */
import { compileMatcher } from '../match/compile';
import { bundledPack } from '../rules/bundled';
import type { Config } from './handler';

let current: Promise<Config> | undefined;

export function currentConfig(): Promise<Config> {
  current ??= Promise.resolve({ pack: bundledPack, matcher: compileMatcher(bundledPack) });
  return current;
}
