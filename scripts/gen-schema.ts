/** Writes rules/schema.json from the zod schema (a unit test fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { packJsonSchemaText } from '../src/rules/json-schema';

writeFileSync(new URL('../rules/schema.json', import.meta.url), packJsonSchemaText());
console.log('rules/schema.json written');
