/**
 * `npm run pack:new -- <académie> [--out <file>] [--force]`: the edge of the pack kit. It reads the
 * known facts (rules/academies/known.json) and the bundled pack's product choices, builds the
 * starter pack (src/rules/starter-pack.ts, pure), checks it as the build would, writes it, and
 * prints what is left to fill in and the command to validate it, in French and English.
 * A function, not a script body, so the unit tests run it without spawning tsx.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { KnownFacts } from '../../src/rules/known-schema';
import { LISTED } from '../../src/rules/public-suffix';
import { buildStarterPack, findAcademy, placeholdersIn, productChoicesOf, shortId } from '../../src/rules/starter-pack';
import { checkPack, checkPackBytes, describeErrors, issuesToErrors } from '../../src/rules/validate';

export const KNOWN_FILE = 'rules/academies/known.json';
const BUNDLED = 'rules/lyon.json';

export interface PackNewIo {
  /** The repository: where rules/ is. */
  root: string;
  /** Where a relative --out is read from. */
  cwd: string;
  /** YYYY-MM-DD: the pack's `updated`. */
  today: string;
  log: (line: string) => void;
  error: (line: string) => void;
}

const USAGE = 'npm run pack:new -- <académie> [--out <fichier/file>] [--force]';

/** Reads the known facts, or says what is wrong with the file. */
export function readKnown(root: string): { ok: true; known: KnownFacts } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8'));
  } catch (e) {
    return { ok: false, message: `${KNOWN_FILE}: ${(e as Error).message}` };
  }
  const parsed = KnownFacts.safeParse(raw);
  return parsed.success ? { ok: true, known: parsed.data } : { ok: false, message: `${KNOWN_FILE}:\n${describeErrors(issuesToErrors(parsed.error.issues, raw))}` };
}

/** Runs the command; returns its exit code (2: usage or unknown académie; 1: refused or failed). */
export function packNew(argv: readonly string[], io: PackNewIo): number {
  const args = [...argv];
  const force = args.includes('--force');
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--force' && a !== '--out');

  const read = readKnown(io.root);
  if (!read.ok) {
    io.error(`Faits connus illisibles / known facts unreadable: ${read.message}`);
    return 1;
  }
  const ids = read.known.academies.map((a) => a.id).join(', ');
  if (positional.length !== 1 || unknownFlag || (outAt >= 0 && !out)) {
    io.error(`usage : ${USAGE}\nAcadémies connues / known académies: ${ids}`);
    return 2;
  }
  const academy = findAcademy(read.known, positional[0]!);
  if (!academy) {
    io.error(`Académie inconnue : « ${positional[0]} ». Académies connues : ${ids}`);
    io.error(`Unknown académie: "${positional[0]}". Known académies: ${ids}`);
    return 2;
  }

  const bundled = checkPackBytes(readFileSync(join(io.root, BUNDLED)), LISTED);
  const product = bundled.ok ? productChoicesOf(bundled.value) : undefined;
  if (!product) {
    io.error(`${BUNDLED} : invalide ou sans mail/support, ses choix de produit sont illisibles / invalid or without mail/support: its product choices cannot be read`);
    return 1;
  }

  const file = resolve(io.cwd, out ?? join(io.root, 'rules', `${shortId(academy.id)}.json`));
  const shown = relative(io.cwd, file) || file;
  if (existsSync(file) && !force) {
    io.error(`${shown} existe déjà : rien n’est écrit (--force pour le remplacer, --out pour écrire ailleurs).`);
    io.error(`${shown} already exists: nothing written (--force to overwrite it, --out to write elsewhere).`);
    return 1;
  }

  let schemaRef = relative(dirname(file), join(io.root, 'rules', 'schema.json')).split('\\').join('/');
  if (!schemaRef.startsWith('.')) schemaRef = `./${schemaRef}`;
  const { pack, todo } = buildStarterPack(academy, read.known, product, io.today, schemaRef);
  // Never write a pack the build would refuse: a failure here is a bug of the kit or of known.json.
  const checked = checkPack(pack, LISTED);
  if (!checked.ok) {
    io.error(`Les règles de départ ne sont pas valides (erreur du kit) / the starter pack is invalid (a bug of the kit):\n${describeErrors(checked.errors)}`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);

  const left = placeholdersIn(pack);
  const lines = [
    `Règles de départ écrites : ${shown} (${academy.name.fr}, ${pack.portals.length} portails). Chaque fait y est « guess » : à confirmer par l’académie.`,
    `Starter pack written: ${shown} (${academy.name.en}, ${pack.portals.length} portals). Every fact in it is "guess": to be confirmed by the académie.`,
    '',
    `À renseigner / to fill in (${left.length + todo.length}):`,
    ...left.map((p) => `  - ${p.path}: ${p.what}`),
    ...todo.map((t) => `  - ${t.path}: ${t.text.fr} / ${t.text.en}`),
    '',
    'Ensuite / next:',
    '  1. Remplacez chaque valeur « à renseigner » et confirmez chaque fait (confidence, sources, confirmedBy) /',
    '     replace each placeholder and confirm each fact (confidence, sources, confirmedBy).',
    '  2. Vérifiez les règles / validate the pack:',
    `     AIGUILLEUR_PACK=${shown} npm run validate-rules -- ${shown}`,
  ];
  for (const line of lines) io.log(line);
  return 0;
}
