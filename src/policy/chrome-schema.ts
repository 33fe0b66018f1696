/**
 * public/managed-schema.json (the manifest's `storage.managed_schema`), generated
 * from managed-schema.ts by scripts/gen-managed-schema.ts.
 *
 * Chrome accepts only a small subset of JSON Schema, and the allowed attributes
 * depend on the type (Chromium components/policy/core/common/schema.cc); a schema
 * it does not accept and Chrome refuses to load the extension. So this converter
 * keeps only `type`, `title`, `description`, `properties`, `items` and (below the
 * top level) `additionalProperties`, and throws on anything it cannot express.
 *
 * It deliberately drops `pattern`, `enum`, `required` and bounds: Chrome silently
 * drops a policy value that does not fit its schema, so the extension would never
 * see it and could not say why it was refused. Declaring only the shapes lets
 * every value reach `validateManaged`, whose rejections the options page shows.
 * (Chrome's patterns are RE2, which has no look-around either: the pack's host
 * pattern would not even compile.) Every property is still declared, down to the
 * portals' fields: Chrome drops undeclared properties from a value.
 */
import { z } from 'zod';
import { ManagedSettings } from './managed-schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

type Json = Record<string, unknown>;
const TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

/** A union of objects (a portal of the academy's or an outside one) as Chrome can say it: one object with every property. */
function mergeUnion(js: Json): Json {
  const branches = (js.oneOf ?? js.anyOf) as Json[] | undefined;
  if (!Array.isArray(branches) || branches.length === 0 || !branches.every((b) => b.type === 'object')) return js;
  const properties = Object.assign({}, ...branches.map((b) => b.properties ?? {}).reverse()) as Json;
  return { type: 'object', properties, ...(typeof js.description === 'string' ? { description: js.description } : {}) };
}

function convert(raw: Json, path: string, top: boolean): ChromeSchema {
  const js = mergeUnion(raw);
  const type = js.type;
  if (typeof type !== 'string' || !TYPES.has(type)) {
    throw new Error(`${path}: Chrome's managed schema needs one type from ${[...TYPES].join(', ')}; got ${JSON.stringify(js).slice(0, 200)}`);
  }
  const out: ChromeSchema = { type: type as ChromeSchema['type'] };
  if (typeof js.title === 'string') out.title = js.title;
  if (typeof js.description === 'string') out.description = js.description;
  if (type === 'object') {
    const props = js.properties as Record<string, Json> | undefined;
    if (props) out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, convert(v, `${path}.${k}`, false)]));
    const extra = js.additionalProperties;
    if (extra && typeof extra === 'object') {
      if (top) throw new Error(`${path}: Chrome refuses additionalProperties at the top level`);
      out.additionalProperties = convert(extra as Json, `${path}.*`, false);
    }
  } else if (type === 'array') {
    if (!js.items || typeof js.items !== 'object') throw new Error(`${path}: an array needs "items"`);
    out.items = convert(js.items as Json, `${path}[]`, false);
  }
  return out;
}

/**
 * The examples the descriptions give, from the pack the extension is built with (build/pack-outputs.ts):
 * an académie's IT staff read their own addresses, and no build names another académie.
 */
export interface ManagedExamples {
  webmailUrl: string;
  assistanceUrl: string;
  institutionName: string;
  rulesUrl: string;
}

/** `{webmailUrl}`… in every description, filled; a token with no example is an error, not a silent gap. */
function withExamples(schema: ChromeSchema, examples: ManagedExamples): ChromeSchema {
  const fill = (text: string) =>
    text.replace(/\{([A-Za-z]+)\}/g, (token, name: string) => {
      if (!Object.hasOwn(examples, name)) throw new Error(`managed schema: no example for ${token}`);
      return examples[name as keyof ManagedExamples];
    });
  return {
    ...schema,
    ...(schema.description !== undefined ? { description: fill(schema.description) } : {}),
    ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, withExamples(v, examples)])) } : {}),
    ...(schema.additionalProperties ? { additionalProperties: withExamples(schema.additionalProperties, examples) } : {}),
    ...(schema.items ? { items: withExamples(schema.items, examples) } : {}),
  };
}

export function managedChromeSchema(examples: ManagedExamples): ChromeSchema {
  const js = z.toJSONSchema(ManagedSettings, { io: 'input', unrepresentable: 'throw' }) as Json;
  return {
    ...withExamples(convert({ ...js, additionalProperties: undefined }, '(root)', true), examples),
    title: 'Aiguilleur',
    description:
      'Settings the academy\'s IT service may set by policy. Every value is checked again by the extension; refused values are listed, with the reason, on its options page ("Configuration de l\'établissement"). See docs/deployment.md.',
  };
}

export const managedSchemaText = (examples: ManagedExamples): string => `${JSON.stringify(managedChromeSchema(examples), null, 2)}\n`;
