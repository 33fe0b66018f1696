/**
 * The pack a build is for: `AIGUILLEUR_PACK=<file>` (an académie's own pack), else rules/lyon.json.
 * The one place that reads the variable: wxt.config.ts (manifest, locales, managed-storage schema,
 * the pack the worker ships) and `npm run gen` (scripts/gen-*.ts) all take the pack from here, so a
 * build cannot mix two académies. An invalid pack stops here, each faulty field named by its JSON
 * path, line and column, in French and English, checked against the public-suffix list too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentScriptMatches } from '../src/match/manifest-matches';
import { extensionIdentity, type ExtensionIdentity } from '../src/rules/extension-schema';
import { LISTED } from '../src/rules/public-suffix';
import type { Pack } from '../src/rules/schema';
import { describeErrorsIn } from '../src/rules/messages-fr';
import { checkPackBytes } from '../src/rules/validate';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The pack built when AIGUILLEUR_PACK is not set. */
export const DEFAULT_PACK = 'rules/lyon.json';
/** The default pack as the schema parses it, committed (the unit tests and the type checker read it). */
export const BUNDLED_PACK_JSON = resolve(ROOT, 'src/rules/bundled-pack.json');

export interface SelectedPack {
  /** The pack's file, absolute. */
  path: string;
  /** How messages name it: relative to the repository when inside it. */
  label: string;
  /** The default pack (rules/lyon.json): the build of the repository as it is. */
  isDefault: boolean;
  pack: Pack;
  /** The pack as the schema parses it, as src/rules/bundled-pack.json holds the default one. */
  parsedText: string;
  /** Name, ids and keyword of this build. */
  identity: ExtensionIdentity;
  /** Host permissions and content-script targets: the academy's domains. */
  matches: string[];
  /**
   * Where WXT writes the build and the archives: `.output/` for the default pack, `.output/<academy.id>/`
   * for another, so that building another académie never silently replaces the build the end-to-end
   * tests, `npm run size` and `lint:firefox` read; `AIGUILLEUR_OUT_DIR` overrides it (the tests' temporary builds).
   */
  outDir: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The selected pack's file, not read yet (`npm run validate-rules` reads it itself, to report a broken one). */
export function selectedPackFile(env: Env = process.env): { path: string; label: string } {
  const given = env.AIGUILLEUR_PACK?.trim() || undefined;
  const path = given ? resolve(env.INIT_CWD ?? process.cwd(), given) : resolve(ROOT, DEFAULT_PACK);
  const inside = relative(ROOT, path);
  return { path, label: inside.startsWith('..') ? path : inside };
}

/**
 * Reads and checks the selected pack. A relative AIGUILLEUR_PACK is read from where the command was
 * typed (npm's INIT_CWD), as a shell user expects, not from the repository's root.
 */
export function selectPack(env: Env = process.env): SelectedPack {
  const given = env.AIGUILLEUR_PACK?.trim() || undefined;
  const { path, label } = selectedPackFile(env);
  if (!existsSync(path)) throw new Error(`AIGUILLEUR_PACK: ${label} does not exist`);
  const checked = checkPackBytes(readFileSync(path), LISTED);
  if (!checked.ok) throw new Error(`${given ? 'AIGUILLEUR_PACK: ' : ''}${label} is invalid:\n${describeErrorsIn(checked.errors, 'both')}`);
  const pack = checked.value;
  const isDefault = path === resolve(ROOT, DEFAULT_PACK);
  return {
    path,
    label,
    isDefault,
    pack,
    parsedText: `${JSON.stringify(pack, null, 1)}\n`,
    identity: extensionIdentity(pack),
    matches: contentScriptMatches(pack),
    outDir: env.AIGUILLEUR_OUT_DIR?.trim() || (isDefault ? '.output' : `.output/${pack.academy.id}`),
  };
}
