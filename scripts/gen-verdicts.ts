/**
 * Writes src/verdicts/registry.ts (every verdict module, found by its `export default
 * defineVerdict(`), then the README's verdict table from the registry. Unit tests fail when
 * either is stale. Runs first in `npm run gen`: the catalog, hence the locales, read the registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { README_FILE, REGISTRY_FILE, registrySource, verdictModules, verdictTable, withVerdictTable } from './lib/verdicts';

const modules = verdictModules();
writeFileSync(REGISTRY_FILE, registrySource(modules));
console.log(`${REGISTRY_FILE} written (${modules.length} verdicts)`);

// Imported only now, so that it reads the registry just written.
const { VERDICTS } = await import('../src/verdicts');
writeFileSync(README_FILE, withVerdictTable(readFileSync(README_FILE, 'utf8'), verdictTable(VERDICTS)));
console.log(`${README_FILE}: verdict table written`);
