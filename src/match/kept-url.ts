/**
 * What is kept of a visited academy page's address: its origin and path, and of its query only
 * the parameters the pack's page patterns name (a pattern may need them to tell the page's
 * role). Never the fragment, never any other parameter: a query can hold a username, a ticket,
 * a return address.
 */
import type { Pack } from '../rules/schema';

const names = new WeakMap<Pack, ReadonlySet<string>>();

/** The query parameter names the pack's page patterns test, read once per pack. */
export function patternQueryNames(pack: Pack): ReadonlySet<string> {
  let found = names.get(pack);
  if (found) return found;
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.path === 'string' && o.query && typeof o.query === 'object') for (const k of Object.keys(o.query)) out.add(k);
    Object.values(o).forEach(walk);
  };
  walk(pack);
  names.set(pack, (found = out));
  return found;
}

export function keptUrl(url: string, pack: Pack): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  const keep = patternQueryNames(pack);
  const kept = new URLSearchParams();
  for (const [k, v] of u.searchParams) if (keep.has(k)) kept.append(k, v);
  const query = kept.toString();
  return `${u.origin}${u.pathname}${query ? `?${query}` : ''}`;
}
