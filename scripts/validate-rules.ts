/** npm run validate-rules -- <file…>: checks rules packs, printing each error's JSON path. */
import { readFileSync } from 'node:fs';
import { checkPackText, describeErrors } from '../src/rules/validate';

const files = process.argv.slice(2);
if (files.length === 0) files.push('rules/lyon.json');
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const result = checkPackText(text);
  if (result.ok) console.log(`${file}: valid (pack ${result.value.packVersion}, ${result.value.portals.length} portals)`);
  else {
    failed = true;
    console.error(`${file}: ${result.errors.length} error(s)\n${describeErrors(result.errors)}`);
  }
}
process.exit(failed ? 1 : 0);
