/**
 * Writes src/rules/bundled-pack.json: rules/lyon.json as the Pack schema parses it (defaults
 * filled, hosts normalised). The worker imports this instead of parsing the pack with zod at each
 * wake (about 18 ms cold, measured in Node); a unit test and the build fail when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkPack, describeErrors } from '../src/rules/validate';

const checked = checkPack(JSON.parse(readFileSync(new URL('../rules/lyon.json', import.meta.url), 'utf8')));
if (!checked.ok) throw new Error(`rules/lyon.json is invalid:\n${describeErrors(checked.errors)}`);
writeFileSync(new URL('../src/rules/bundled-pack.json', import.meta.url), `${JSON.stringify(checked.value, null, 1)}\n`);
console.log('src/rules/bundled-pack.json written');
