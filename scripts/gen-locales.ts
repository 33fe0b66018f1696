/** Writes public/_locales/<lang>/messages.json from src/i18n/catalog (a unit test fails when stale). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { localeFiles } from '../src/i18n/locales-files';

for (const { path, text } of localeFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path} written`);
}
