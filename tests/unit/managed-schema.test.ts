import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packManagedSchemaText } from '../../build/pack-outputs';
import { MANAGED_KEY_NAMES, validateManaged } from '../../src/policy/managed-schema';
import { effectiveConfig, policyScope } from '../../src/policy/layers';
import { bundledPack } from '../../src/rules/bundled';

const SCHEMA_FILE = 'public/managed-schema.json';

/**
 * The attributes Chrome accepts, per type (Chromium components/policy/core/common/schema.cc,
 * kAttributesAndTypesFor*). Anything else and Chrome refuses to load the extension.
 */
const COMMON = ['type', 'title', 'description', 'id', 'sensitiveValue'];
const ALLOWED: Record<string, string[]> = {
  object: [...COMMON, 'properties', 'patternProperties', 'additionalProperties', 'required'],
  array: [...COMMON, 'items'],
  string: [...COMMON, 'enum', 'pattern'],
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  boolean: COMMON,
};
const REF_ALLOWED = ['$ref', 'title', 'description'];

/** Every place where the schema breaks Chrome's rules, as "path: problem". */
function chromeProblems(schema: unknown, path = '(root)', top = true): string[] {
  const problems: string[] = [];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [`${path}: a schema must be an object`];
  const s = schema as Record<string, unknown>;
  if ('$ref' in s) {
    for (const k of Object.keys(s)) if (!REF_ALLOWED.includes(k)) problems.push(`${path}: "${k}" is not allowed beside $ref`);
    return problems;
  }
  const type = s.type;
  if (typeof type !== 'string' || !(type in ALLOWED)) return [`${path}: "type" must be one of ${Object.keys(ALLOWED).join(', ')}`];
  if (top && type !== 'object') problems.push(`${path}: the top level must be an object`);
  for (const k of Object.keys(s)) if (!ALLOWED[type]!.includes(k)) problems.push(`${path}: "${k}" is not allowed for type ${type}`);
  if (top && ('additionalProperties' in s || 'patternProperties' in s)) problems.push(`${path}: no additionalProperties/patternProperties at the top level`);
  if ('enum' in s && (!Array.isArray(s.enum) || s.enum.length === 0 || s.enum.some((v) => typeof v !== (type === 'string' ? 'string' : 'number'))))
    problems.push(`${path}: "enum" must be a non-empty list of ${type}s`);
  if ('pattern' in s && (typeof s.pattern !== 'string' || /\(\?<?[=!]/.test(s.pattern))) problems.push(`${path}: "pattern" must be RE2 (no look-around)`);
  if (type === 'array') {
    if (typeof s.items !== 'object' || s.items === null) problems.push(`${path}: an array needs "items"`);
    else problems.push(...chromeProblems(s.items, `${path}[]`, false));
  }
  if (type === 'object') {
    const props = (s.properties ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(props)) problems.push(...chromeProblems(v, `${path}.${k}`, false));
    for (const [k, v] of Object.entries((s.patternProperties ?? {}) as Record<string, unknown>)) problems.push(...chromeProblems(v, `${path}./${k}/`, false));
    if ('additionalProperties' in s) problems.push(...chromeProblems(s.additionalProperties, `${path}.*`, false));
    if ('required' in s) {
      if (!Array.isArray(s.required)) problems.push(`${path}: "required" must be a list`);
      else for (const r of s.required) if (typeof r !== 'string' || !(r in props)) problems.push(`${path}: "required" names an unknown property ${String(r)}`);
    }
  }
  return problems;
}

describe("public/managed-schema.json (Chrome's storage.managed_schema)", () => {
  const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

  it('is generated from src/policy, with the default pack\'s examples (run `npm run gen` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(packManagedSchemaText(bundledPack));
  });

  it("uses only what Chrome accepts, type by type", () => {
    expect(chromeProblems(published)).toEqual([]);
  });

  it('the checker does catch what Chrome refuses', () => {
    expect(chromeProblems({ type: 'object', additionalProperties: { type: 'string' } })).not.toEqual([]);
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'string', format: 'uri' } } })).toEqual(['(root).a: "format" is not allowed for type string']);
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'array' } } })).toEqual(['(root).a: an array needs "items"']);
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'array', items: { type: 'string' }, minItems: 1 } } })).toEqual([
      '(root).a: "minItems" is not allowed for type array',
    ]);
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'string', pattern: '^(?!-)x$' } } })).not.toEqual([]);
    expect(chromeProblems({ type: 'object', properties: { a: { anyOf: [] } } })).not.toEqual([]);
  });

  it('declares every managed key, and only those, at the top level', () => {
    expect(Object.keys(published.properties as object).sort()).toEqual([...MANAGED_KEY_NAMES].sort());
  });
});

/**
 * The policy examples of docs/deployment.md: the settings under the extension's id in each ```json
 * block, a block that is settings alone, and the "one per key" list (`key`: `value`).
 */
function documentedPolicies(): { where: string; settings: unknown }[] {
  const text = readFileSync('docs/deployment.md', 'utf8');
  const found: { where: string; settings: unknown }[] = [];
  const isSettings = (json: object) => Object.keys(json).length > 0 && Object.keys(json).every((k) => (MANAGED_KEY_NAMES as readonly string[]).includes(k));
  for (const [i, m] of [...text.matchAll(/```json\n([\s\S]*?)```/g)].entries()) {
    const json = JSON.parse(m[1]!) as Record<string, any>;
    const chrome = json['3rdparty']?.extensions;
    const firefox = json.policies?.['3rdparty']?.Extensions;
    for (const [id, settings] of Object.entries({ ...chrome, ...firefox })) found.push({ where: `block ${i + 1} (${id})`, settings });
    if (isSettings(json)) found.push({ where: `block ${i + 1}`, settings: json });
  }
  for (const m of text.matchAll(/^- `(\w+)`: `(.+)`$/gm)) {
    if ((MANAGED_KEY_NAMES as readonly string[]).includes(m[1]!)) found.push({ where: `example of ${m[1]}`, settings: { [m[1]!]: JSON.parse(m[2]!) } });
  }
  return found;
}

describe('docs/deployment.md', () => {
  it('every policy example it gives is valid, and together they use every key', () => {
    const examples = documentedPolicies();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const used = new Set<string>();
    for (const { where, settings } of examples) {
      // As the worker checks them: held to the built-in pack, URLs under its academy's domains.
      const checked = validateManaged(settings, policyScope(bundledPack));
      expect(checked.rejected, where).toEqual([]);
      expect(effectiveConfig({ bundled: bundledPack, managed: checked.values }).rejected, where).toEqual([]);
      for (const k of Object.keys(settings as object)) used.add(k);
    }
    expect([...used].sort()).toEqual([...MANAGED_KEY_NAMES].sort());
  });
});
