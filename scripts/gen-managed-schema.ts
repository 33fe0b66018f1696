/** Writes public/managed-schema.json (Chrome's storage.managed_schema) from src/policy (a unit test fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { managedSchemaText } from '../src/policy/chrome-schema';

writeFileSync(new URL('../public/managed-schema.json', import.meta.url), managedSchemaText());
console.log('public/managed-schema.json written');
