/**
 * Turns unknown JSON into a checked pack, or into errors that name the
 * faulty field by its JSON path ("portals[3].urls.value[0].host").
 */
import type { z } from 'zod';
import { Pack } from './schema';
import type { Pack as PackT } from './schema';

export interface FieldError {
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
    return { path: formatPath(issue.path), message };
  });
}

/** Checks any value against a zod schema, returning path-named errors. */
export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error.issues) };
}

export const checkPack = (input: unknown): Checked<PackT> => check(Pack, input);

/** Parses JSON text then checks it; a syntax error is reported at the root. */
export function checkPackText(text: string): Checked<PackT> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return checkPack(json);
}

export const describeErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');

