/**
 * Turns unknown JSON into a checked pack, or into errors that name the faulty field by its JSON
 * path ("portals[3].urls.value[0].host"), with its line and column when the pack came as text,
 * in French and English (./messages.ts).
 */
import { z } from 'zod';
import { academySchema, packSchema, type HostScope } from './schema';
import type { Pack as PackT } from './schema';
import { formatPath, readJsonText, type TextPosition } from './json-text';
import { say, sayBoth, zodIssueMessage, type MessageRef } from './messages';
import type { Lang } from '../i18n/lang';
import type { Bilingual } from '../i18n/translate';

export { formatPath } from './json-text';

export interface FieldError {
  path: string;
  /** In English (what logs and older callers read). */
  message: string;
  /** The same in French. */
  fr: string;
  /** Where the field is in the pack's text, when it came as text (a missing field: the object that lacks it). */
  line?: number;
  column?: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const valueAt = (root: unknown, path: readonly PropertyKey[]): { found: boolean } => {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return { found: false };
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return { found: at !== undefined };
};

const fieldError = (path: string, ref: MessageRef | Bilingual, at?: TextPosition): FieldError => {
  const text = 'key' in ref ? sayBoth(ref) : ref;
  return { path, message: text.en, fr: text.fr, ...(at ? { line: at.line, column: at.column } : {}) };
};

/** zod's issues as field errors; `input` tells a missing field from a wrong one. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], input?: unknown, positionOf?: (path: readonly PropertyKey[]) => TextPosition | undefined): FieldError[] {
  return issues.map((issue) => {
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

/** Where a pack is checked: the public-suffix list (build, CLI, tests) or the build's bounds (the worker's remote layers). */
export type PackScope = Omit<HostScope, 'domains'>;

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
  const json = readJsonText(text);
  if (!json.ok) {
    const problem = json.problem;
    const text = { fr: say({ key: 'v_json', subs: [say(problem, 'fr')] }, 'fr'), en: say({ key: 'v_json', subs: [say(problem, 'en')] }, 'en') };
    return { ok: false, errors: [fieldError('(root)', text, json.at)] };
  }
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

/** One error as a line: "  path (line 3, column 7): message", in one language or both. */
export function describeError(e: FieldError, lang: Lang | 'both' = 'en'): string {
  const where = e.line === undefined ? e.path : `${e.path} (${lang === 'en' || lang === 'both' ? `line ${e.line}, column ${e.column}` : `ligne ${e.line}, colonne ${e.column}`})`;
  const message = lang === 'fr' ? e.fr : lang === 'both' && e.fr !== e.message ? `${e.fr} / ${e.message}` : e.message;
  return `  ${where}: ${message}`;
}

export const describeErrors = (errors: readonly FieldError[], lang: Lang | 'both' = 'en'): string => errors.map((e) => describeError(e, lang)).join('\n');
