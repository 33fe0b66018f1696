/**
 * Writes public/_locales/<lang>/messages.json from the catalog, src/catalog.ts, and the selected pack's
 * name and mail domain (build/pack-outputs.ts; a unit test fails when stale for the default pack).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { packLocaleFiles } from '../build/pack-outputs';
import { selectPack } from '../build/selected-pack';

for (const { path, text } of packLocaleFiles(selectPack().pack)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path} written`);
}
