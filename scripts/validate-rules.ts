/**
 * npm run validate-rules -- <file…>: checks rules packs as the build does (public-suffix list
 * included) and reads them as the hosted fetch does (src/rules/validate.ts `checkPackBytes`),
 * printing each error's JSON path, line and column. Messages in French and English, or in one
 * language when LANG (or LC_ALL, LC_MESSAGES) names French or English.
 *
 * A file other than the built-in pack (the build's: AIGUILLEUR_PACK, else rules/lyon.json) is a pack to host: it is also held to the
 * bounds the extension puts on a hosted pack (`buildBounds` of the built-in pack: academy domains,
 * outside sites claiming subdomains, providers, the forwarding perimeter), so that what passes
 * here is what the worker takes. The output says which rule set applied.
 *
 * AIGUILLEUR_PACK names the built-in pack as it will for a build per académie: a pack for another
 * académie (`npm run pack:new`) is checked as its own build's built-in pack, not within Lyon's
 * bounds. A valid pack's placeholders left by `npm run pack:new` are listed as « à renseigner ».
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPackBytes, type PackScope } from '../src/rules/validate';
import { describeErrorsIn } from '../src/rules/messages-fr';
import { LISTED } from '../src/rules/public-suffix';
import { buildBounds } from '../src/rules/schema';
import { selectedPackFile } from '../build/selected-pack';
import { placeholdersIn } from '../src/rules/starter-pack';

const BUNDLED = selectedPackFile().label;

const locale = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
const lang = locale.startsWith('fr') ? 'fr' : locale.startsWith('en') ? 'en' : 'both';
const fr = lang === 'fr';
const both = (frText: string, enText: string) => (lang === 'fr' ? frText : lang === 'en' ? enText : `${frText} / ${enText}`);

/** How a hosted pack is checked: the list, and the built-in pack's bounds (read here, not imported: it may be the file at fault). */
let hostedScope: { scope: PackScope; version: string } | string | undefined;
function hostedRules(): { scope: PackScope; version: string } | string {
  if (hostedScope) return hostedScope;
  let bundled;
  try {
    bundled = checkPackBytes(readFileSync(BUNDLED), LISTED);
  } catch (e) {
    return (hostedScope = (e as Error).message);
  }
  if (!bundled.ok) return (hostedScope = both(`${BUNDLED} (les règles intégrées) est invalide`, `${BUNDLED} (the built-in pack) is invalid`));
  return (hostedScope = { scope: { ...LISTED, build: buildBounds(bundled.value) }, version: bundled.value.packVersion });
}

const files = process.argv.slice(2);
if (files.length === 0) files.push(BUNDLED);
let failed = false;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`${file}: ${fr ? 'illisible' : 'cannot read'}: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const isBundled = resolve(file) === resolve(BUNDLED);
  const hosted = isBundled ? undefined : hostedRules();
  if (typeof hosted === 'string') {
    console.error(`${file}: ${both('impossible de le vérifier comme règles hébergées', 'cannot be checked as a hosted pack')}: ${hosted}`);
    failed = true;
    continue;
  }
  const rules = hosted
    ? both(`vérifiées comme règles hébergées, dans les limites des règles intégrées ${hosted.version}`, `checked as a hosted pack, within the bounds of the built-in pack ${hosted.version}`)
    : both('vérifiées comme les règles intégrées', 'checked as the built-in pack');
  const result = checkPackBytes(bytes, hosted ? hosted.scope : LISTED);
  if (result.ok) {
    const { packVersion, portals } = result.value;
    console.log(
      fr
        ? `${file} : valide (règles ${packVersion}, ${portals.length} portails ; ${rules})`
        : `${file}: valid (pack ${packVersion}, ${portals.length} portals; ${rules})`,
    );
    // Read from the file as written (the parsed pack has normalised its values, not its sources).
    const left = placeholdersIn(JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
    if (left.length) console.log([`${left.length} ${both('valeur(s) à renseigner', 'value(s) to fill in')}:`, ...left.map((p) => `  ${p.path}: ${p.what}`)].join('\n'));
  } else {
    failed = true;
    console.error(`${file}: ${result.errors.length} ${fr ? 'erreur(s)' : 'error(s)'} (${rules})\n${describeErrorsIn(result.errors, lang)}`);
  }
}
process.exit(failed ? 1 : 0);
