import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog';
import { frenchTypographyIssues, showIssues } from '../../src/i18n/typography';

// The rule itself is tested beside it (src/i18n/typography.test.ts); here, every French text we ship.

/** Every `{ fr, en }` text of a pack, with its JSON path. */
function packTexts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => packTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own: [string, string][] = typeof o.fr === 'string' && typeof o.en === 'string' ? [[`${path}.fr`, o.fr]] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => packTexts(v, path ? `${path}.${k}` : k))];
}

const problems = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => {
    const issues = frenchTypographyIssues(text);
    return issues.length ? [`${where}: ${showIssues(text, issues)}`] : [];
  });

describe('French typography', () => {
  it('every French text of the catalog (features and verdicts) follows it', () => {
    expect(problems(Object.entries(catalog).map(([key, t]) => [key, (t as { fr: string }).fr]))).toEqual([]);
  });

  it('every French text of every catalog part follows it, the parts only pages say included (first run, site access)', () => {
    const parts = import.meta.glob<Record<string, { fr: string }>>('../../src/i18n/catalog/*.ts', { eager: true, import: 'default' });
    expect(Object.keys(parts).length).toBeGreaterThan(8);
    expect(problems(Object.entries(parts).flatMap(([file, part]) => Object.entries(part).map(([key, t]): [string, string] => [`${file}: ${key}`, t.fr])))).toEqual([]);
  });

  it("every French text of the Lyon pack follows it", () => {
    expect(problems(packTexts(JSON.parse(readFileSync('rules/lyon.json', 'utf8'))))).toEqual([]);
  });

  it('every French text of the académies\' known facts follows it (what pack:new copies into a starter pack)', () => {
    expect(problems(packTexts(JSON.parse(readFileSync('rules/academies/known.json', 'utf8'))))).toEqual([]);
  });
});
