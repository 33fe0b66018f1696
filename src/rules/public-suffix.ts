/**
 * The public-suffix list (tldts), where it is cheap to carry: the build, `npm run validate-rules`
 * and the tests. Never imported by what the worker or a page loads (48 KB gzip): the worker holds
 * remote layers to the built-in pack instead (./hosts.ts, `buildBounds`); a unit test checks it.
 */
import { parse } from 'tldts';
import type { PackScope } from './validate';

/** `fr`, `gouv.fr`, `github.io` (private suffixes count: no one site owns them either). */
export function isPublicSuffix(host: string): boolean {
  const parsed = parse(host, { allowPrivateDomains: true });
  return parsed.domain === null || parsed.publicSuffix === host;
}

/** How a pack is checked where the list is carried. */
export const LISTED: PackScope = { isPublicSuffix };
