/**
 * Writes public/managed-schema.json (Chrome's storage.managed_schema) from src/policy, its examples from
 * the selected pack (build/pack-outputs.ts; a unit test fails when it is stale for the default pack).
 */
import { writeFileSync } from 'node:fs';
import { packManagedSchemaText } from '../build/pack-outputs';
import { selectPack } from '../build/selected-pack';

writeFileSync(new URL('../public/managed-schema.json', import.meta.url), packManagedSchemaText(selectPack().pack));
console.log('public/managed-schema.json written');
