import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_PARTS, catalog, catalogTranslator } from '../../src/catalog';
import { packLocaleFiles } from '../../build/pack-outputs';
import { bundledPack } from '../../src/rules/bundled';
import { resolveLang } from '../../src/i18n/lang';

describe('i18n', () => {
  it('public/_locales is generated from the catalog and the default pack (run `npm run gen` when this fails)', () => {
    for (const { path, text } of packLocaleFiles(bundledPack)) expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('every message has a French and an English text, and keys the browser accepts', () => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect((text as { fr: string }).fr.trim(), key).not.toBe('');
      expect((text as { en: string }).en.trim(), key).not.toBe('');
    }
  });

  it('no key is declared in two parts (a verdict module, describe.ts, a feature part): one would hide the other', () => {
    const seen = new Map<string, number>();
    CATALOG_PARTS.forEach((part, i) => {
      for (const key of Object.keys(part)) {
        expect(seen.get(key), `${key} in parts ${seen.get(key)} and ${i}`).toBeUndefined();
        seen.set(key, i);
      }
    });
    expect(Object.keys(catalog)).toHaveLength(seen.size);
  });

  it('speaks French unless the browser is in English', () => {
    expect(resolveLang('auto', 'fr-FR')).toBe('fr');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('auto', 'de')).toBe('fr');
    expect(resolveLang('en', 'fr')).toBe('en');
  });

  it('fills substitutions', () => {
    expect(catalogTranslator('fr')('v_portal_headline', 'DRANE')).toBe('Vous êtes sur DRANE');
    expect(catalogTranslator('en')('v_portal_headline', 'DRANE')).toBe('You are on DRANE');
  });
});
