/** Writes public/_locales/<lang>/messages.json from the catalog, src/catalog.ts (a unit test fails when stale). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalog } from '../src/catalog';
import { localeFiles } from '../src/i18n/locales-files';

for (const { path, text } of localeFiles(catalog)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path} written`);
}
