/**
 * Turns unknown JSON into a checked pack, or into errors that name the faulty field by its JSON
 * path ("portals[3].urls.value[0].host"), with its line and column when the pack came as text,
 * in French and English (./messages.ts).
 */
import { z } from 'zod';
import { academySchema, packSchema, type HostScope } from './schema';
import type { Pack as PackT } from './schema';
import type { JsonText, TextPosition } from './json-text';
import { sayEn, zodIssueMessage, type MessageRef } from './messages';

/** "portals[3].urls.value[0].host": how every message names a field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export interface FieldError {
  path: string;
  /** In English (what logs and stored reasons read). */
  message: string;
  /** The catalog's key and values: the French is ./messages-fr.ts `say(ref, 'fr')`. */
  ref: MessageRef;
  /** Where the field is in the pack's text, when it came as text (a missing field: the object that lacks it). */
  line?: number;
  column?: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The value at a zod issue's path, by own properties only (never the prototype's): `found` tells a missing field. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return { found: false, value: undefined };
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return { found: at !== undefined, value: at };
}

const fieldError = (path: string, ref: MessageRef, at?: TextPosition): FieldError => ({
  path,
  message: sayEn(ref),
  ref,
  ...(at ? { line: at.line, column: at.column } : {}),
});

/** zod's issues as field errors; `input` tells a missing field from a wrong one. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], input?: unknown, positionOf?: (path: readonly PropertyKey[]) => TextPosition | undefined): FieldError[] {
  return issues.map((raw) => {
    // A record's key refused: the key's own issue says why (a department code, say), at the key's path.
    const inner = raw.code === 'invalid_key' ? raw.issues[0] : undefined;
    const issue = inner ? ({ ...inner, path: raw.path } as z.core.$ZodIssue) : raw;
    const path = formatPath(issue.path);
    const missing = issue.code === 'invalid_type' && input !== undefined && !valueAt(input, issue.path).found;
    return fieldError(path, zodIssueMessage(issue as never, path, missing), positionOf?.(issue.path));
  });
}

/** Checks any value against a zod schema, returning path-named errors. */
export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error.issues, input) };
}

/** Reads JSON text into a value, or says where it is broken. */
export type JsonReader = (text: string) => JsonText;

/**
 * Where a pack is checked: with the public-suffix list and a reader that locates each field by line
 * and column (build, CLI, tests: ./public-suffix.ts `LISTED`), or held to the build's bounds with
 * JSON.parse alone (the worker's remote layers: both would weigh on its bundle).
 */
export type PackScope = Omit<HostScope, 'domains'> & { read?: JsonReader | undefined };

/** JSON.parse, a byte-order mark skipped: no line and column but for a syntax error the engine places. */
const parseOnly: JsonReader = (input) => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown, positionOf: () => undefined };
  } catch (e) {
    return { ok: false, problem: { key: 'v_json_engine', subs: [(e as Error).message] } };
  }
};

const NO_SCOPE: PackScope = {};
/** Building the schema costs about as much as a parse: the last few are kept, by scope and domains. */
const built: { scope: PackScope; domains: string; schema: ReturnType<typeof packSchema> }[] = [];
function schemaFor(scope: PackScope, domains: readonly string[] | undefined) {
  const key = domains ? domains.join(' ') : '';
  const hit = built.find((b) => b.scope === scope && b.domains === key);
  if (hit) return hit.schema;
  const schema = packSchema({ ...scope, domains });
  built.unshift({ scope, domains: key, schema });
  built.length = Math.min(built.length, 4);
  return schema;
}

/**
 * Checks a pack. Its `academy.domains` are read first, since every academy host and URL is checked
 * against them; when they are wrong, the rest is still checked for everything else.
 */
export function checkPack(input: unknown, scope: PackScope = NO_SCOPE, positionOf?: (path: readonly PropertyKey[]) => TextPosition | undefined): Checked<PackT> {
  const domains = z.object({ academy: z.object({ domains: academySchema(scope).shape.domains }) }).safeParse(input);
  const schema = schemaFor(scope, domains.success ? domains.data.academy.domains : undefined);
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error.issues, input, positionOf) };
}

/** Parses JSON text (a leading byte-order mark skipped) then checks it; every error with its line and column. */
export function checkPackText(text: string, scope: PackScope = NO_SCOPE): Checked<PackT> {
  const json = (scope.read ?? parseOnly)(text);
  if (!json.ok) return { ok: false, errors: [fieldError('(root)', json.problem, json.at)] };
  return checkPack(json.value, scope, json.positionOf);
}

/**
 * The one reader of a pack's bytes, for the hosted fetch and `npm run validate-rules` alike:
 * UTF-8 (a byte-order mark skipped, as browsers do), then checkPackText.
 */
export function checkPackBytes(bytes: Uint8Array, scope: PackScope = NO_SCOPE): Checked<PackT> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [fieldError('(root)', { key: 'v_not_utf8' })] };
  }
  return checkPackText(text, scope);
}

/** One error as a line, in English: "  path (line 3, column 7): message" (both languages: ./messages-fr.ts). */
export const describeError = (e: FieldError): string => `  ${e.path}${e.line === undefined ? '' : ` (line ${e.line}, column ${e.column})`}: ${e.message}`;

export const describeErrors = (errors: readonly FieldError[]): string => errors.map(describeError).join('\n');
