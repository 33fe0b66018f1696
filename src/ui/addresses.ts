/** Human-readable addresses for the directory: `webmail.ac-lyon.fr`, `*.enseigne.ac-lyon.fr`, `www.ac-lyon.fr/dsden01`. */
import type { UrlPattern } from '../rules/schema';

/** An http(s) URL without its scheme, and without the lone trailing slash of a site root. */
export function prettyUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.host}${path}${parsed.search}`;
}

/** How one URL pattern reads: `include` lists the host and its subdomains, `only` just the subdomains. */
export function patternLabels(p: UrlPattern): string[] {
  const path = p.path && p.path !== '/' ? p.path : '';
  const query = p.query
    ? `?${Object.entries(p.query)
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`
    : '';
  const tail = `${path}${query}`;
  switch (p.subdomains) {
    case 'only':
      return [`*.${p.host}${tail}`];
    case 'include':
      return [`${p.host}${tail}`, `*.${p.host}${tail}`];
    default:
      return [`${p.host}${tail}`];
  }
}

/** Every pattern's labels, in pack order, without repeats. */
export const patternsLabels = (patterns: readonly UrlPattern[]): string[] => [...new Set(patterns.flatMap(patternLabels))];
