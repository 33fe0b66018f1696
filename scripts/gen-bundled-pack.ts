/**
 * Writes src/rules/bundled-pack.json: the selected pack (build/selected-pack.ts: AIGUILLEUR_PACK, else
 * rules/lyon.json) as the Pack schema parses it (defaults filled, hosts normalised). The worker imports
 * this instead of parsing the pack with zod at each wake (about 18 ms cold, measured in Node); a unit
 * test and the build fail when it is stale. A build for another académie does not need it rewritten:
 * wxt.config.ts hands the worker the selected pack's parse in its place.
 */
import { writeFileSync } from 'node:fs';
import { BUNDLED_PACK_JSON, selectPack } from '../build/selected-pack';

const selected = selectPack();
writeFileSync(BUNDLED_PACK_JSON, selected.parsedText);
console.log(`src/rules/bundled-pack.json written from ${selected.label}`);
