/**
 * The pack's `diagnostics` part: when a load counts as "silent" (never completes),
 * and which browsers and systems are too old to be trusted with the academy's
 * certificates. Minimum versions are a policy choice, not a published fact: they
 * carry their reason in `note`.
 *
 * Built by a factory from schema.ts's primitives (schema.ts imports this file; an
 * import back would be a cycle). Only types come from schema.ts here.
 */
import { z } from 'zod';
import type { fact as factFn, Pack, Text as TextSchema } from './schema';

/** `runtime.getPlatformInfo().os` values (plus `ios`, which no extension browser reports today). */
export const OS_NAMES = ['win', 'mac', 'linux', 'android', 'cros', 'openbsd', 'fuchsia', 'ios'] as const;
export type OsName = (typeof OS_NAMES)[number];

/** "10", "8.1", "14.2": dotted numbers only, compared number by number. */
export const VERSION_RE = /^\d{1,4}(\.\d{1,4}){0,3}$/;

export interface DiagnosticsParts {
  fact: typeof factFn;
  Text: typeof TextSchema;
}

export function diagnosticsSchema({ fact, Text }: DiagnosticsParts) {
  const Major = z.number().int().min(1).max(10_000);

  const OsRule = z
    .object({
      os: z.enum(OS_NAMES),
      below: z.string().regex(VERSION_RE, 'v_version').describe('versions lower than this one no longer receive security updates'),
      label: Text.describe('how users call these versions, e.g. "Windows 8.1 ou antérieur"'),
      detail: Text.optional().describe('an extra sentence shown with the advice (an exception, how to update)'),
    })
    .strict();

  return z
    .object({
      slowLoadMs: fact(z.number().int().min(1000).max(120_000)).describe(
        'an academy main-frame load still incomplete after this many milliseconds is a "silent network" (network-slow)',
      ),
      minBrowser: fact(z.object({ chromium: Major, firefox: Major }).strict()).describe(
        'browser major versions below these are advised to update (a policy choice: say why in note)',
      ),
      unsupportedOs: z.array(fact(OsRule)).describe('operating systems past their end of support, each rule with its own provenance'),
    })
    .strict();
}

export type Diagnostics = z.infer<ReturnType<typeof diagnosticsSchema>>;
export type OsRule = Diagnostics['unsupportedOs'][number]['value'];

/** Used when the pack says nothing (diagnostics.slowLoadMs). */
export const DEFAULT_SLOW_LOAD_MS = 20_000;

/** When an academy load counts as silent: the pack's threshold, else the default. */
export const slowLoadMs = (pack: Pack): number => pack.diagnostics?.slowLoadMs.value ?? DEFAULT_SLOW_LOAD_MS;
