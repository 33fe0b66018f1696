/**
 * The public-suffix list (tldts) and the JSON reader that gives each field's line and column,
 * where they are cheap to carry: the build, `npm run validate-rules` and the tests. Never imported
 * by what the worker loads (tldts alone is 48 KB gzip): the worker holds remote layers to the
 * built-in pack instead (./hosts.ts, `buildBounds`); a unit test checks the built worker.
 */
import { parse } from 'tldts';
import { readJsonText } from './json-text';
import type { PackScope } from './validate';

/** `fr`, `gouv.fr`, `github.io` (private suffixes count: no one site owns them either). */
export function isPublicSuffix(host: string): boolean {
  const parsed = parse(host, { allowPrivateDomains: true });
  return parsed.domain === null || parsed.publicSuffix === host;
}

/** How a pack is checked where the list is carried: every error with its line and column. */
export const LISTED: PackScope = { isPublicSuffix, read: readJsonText };
