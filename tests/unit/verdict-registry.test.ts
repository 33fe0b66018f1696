/**
 * Every verdict is registered, documented and screenshotted (after refined-github's
 * build/features.test.ts). When this fails after adding a verdict: `npm run gen` registers
 * it and writes its README row; add its scenario to scripts/scenarios.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../scripts/scenarios';
import { README_FILE, REGISTRY_FILE, TABLE_BEGIN, TABLE_END, registrySource, verdictModules, verdictTable } from '../../scripts/lib/verdicts';
import { VERDICTS } from '../../src/verdicts';
import { REGISTERED } from '../../src/verdicts/registry';

/** Every module of src/verdicts/, loaded: found by the bundler, not by the generator's text search. */
const MODULES = import.meta.glob<{ default?: unknown }>(['../../src/verdicts/*.ts', '!../../src/verdicts/*.test.ts'], { eager: true });

const looksLikeVerdict = (x: unknown): x is { id: string } =>
  typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' && typeof (x as { detect?: unknown }).detect === 'function';

const readmeTable = (): string => {
  const readme = readFileSync(README_FILE, 'utf8');
  return readme.slice(readme.indexOf(TABLE_BEGIN) + TABLE_BEGIN.length, readme.indexOf(TABLE_END)).trim();
};

describe('every verdict', () => {
  it('is registered: registry.ts is what `npm run gen` writes', () => {
    expect(readFileSync(REGISTRY_FILE, 'utf8')).toBe(registrySource(verdictModules()));
  });

  it('is registered: the modules whose default export is a verdict are the registry, each under its id', () => {
    const found = Object.entries(MODULES).flatMap(([path, m]) => (looksLikeVerdict(m.default) ? [[basename(path), m.default] as const] : []));
    const byFile = (a: readonly [string, unknown], b: readonly [string, unknown]) => a[0].localeCompare(b[0]);
    expect(found.sort(byFile)).toEqual(REGISTERED.map((v) => [`${v.id}.ts`, v] as const).sort(byFile));
  });

  it('is in the precedence order exactly once', () => {
    expect(VERDICTS.map((v) => v.id).sort()).toEqual(REGISTERED.map((v) => v.id).sort());
  });

  it('is documented: says when it is told, and the README table is what `npm run gen` writes', () => {
    for (const v of VERDICTS) expect(v.when, v.id).toMatch(/^(?!.*TODO)\S.{8,}/);
    expect(readmeTable()).toBe(verdictTable(VERDICTS));
  });

  it.each(VERDICTS.map((v) => v.id))('%s is screenshotted: a demo scenario of scripts/scenarios.ts shows it', (id) => {
    expect(SCENARIOS.filter((s) => s.verdict === id).map((s) => s.key)).not.toEqual([]);
  });

  it('no scenario names a verdict that is not registered, and scenario keys are unique', () => {
    const ids = new Set<string>(VERDICTS.map((v) => v.id));
    for (const s of SCENARIOS) expect(ids.has(s.verdict), s.key).toBe(true);
    expect(new Set(SCENARIOS.map((s) => s.key)).size).toBe(SCENARIOS.length);
  });
});
