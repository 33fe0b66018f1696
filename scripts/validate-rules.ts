/**
 * npm run validate-rules -- <file…>: checks rules packs as the build does (public-suffix list
 * included) and reads them as the hosted fetch does (src/rules/validate.ts `checkPackBytes`),
 * printing each error's JSON path, line and column. Messages in French and English, or in one
 * language when LANG (or LC_ALL, LC_MESSAGES) names French or English.
 */
import { readFileSync } from 'node:fs';
import { checkPackBytes } from '../src/rules/validate';
import { describeErrorsIn } from '../src/rules/messages-fr';
import { LISTED } from '../src/rules/public-suffix';

const locale = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
const lang = locale.startsWith('fr') ? 'fr' : locale.startsWith('en') ? 'en' : 'both';
const fr = lang === 'fr';

const files = process.argv.slice(2);
if (files.length === 0) files.push('rules/lyon.json');
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
  const result = checkPackBytes(bytes, LISTED);
  if (result.ok) {
    const { packVersion, portals } = result.value;
    console.log(fr ? `${file} : valide (règles ${packVersion}, ${portals.length} portails)` : `${file}: valid (pack ${packVersion}, ${portals.length} portals)`);
  } else {
    failed = true;
    console.error(`${file}: ${result.errors.length} ${fr ? 'erreur(s)' : 'error(s)'}\n${describeErrorsIn(result.errors, lang)}`);
  }
}
process.exit(failed ? 1 : 0);
