/** Which navigations and requests the background listens to: as few as its work needs, since each one it hears costs the page a trip to the worker. */
import type { Pack } from '../rules/schema';
import { isUnderAny } from '../match/normalize';

export interface UrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
}

export function navigationFilters(pack: Pack): UrlFilter[] {
  const filters: UrlFilter[] = pack.academy.domains.flatMap((d) => [{ hostEquals: d }, { hostSuffix: `.${d}` }]);
  for (const portal of pack.portals)
    for (const u of portal.urls.value)
      if (!isUnderAny(u.host, pack.academy.domains)) filters.push(u.subdomains === 'none' ? { hostEquals: u.host } : { hostSuffix: u.subdomains === 'only' ? `.${u.host}` : u.host });
  return filters;
}

/** Whether the browser passes a host's navigations to listeners filtered with `filters` (same rules as webNavigation's). */
export function heardByFilters(filters: UrlFilter[]): (host: string) => boolean {
  return (host) => filters.some((f) => (f.hostEquals !== undefined ? host === f.hostEquals : f.hostSuffix !== undefined && host.endsWith(f.hostSuffix)));
}

/**
 * The requests that may be a login: those to the pack's login endpoints on the academy's hosts,
 * as webRequest match patterns (a superset: query parameters and whole-segment ends are checked
 * on each request). Ordinary page loads and the webmail's polling then never reach the worker.
 */
export function loginRequestUrls(pack: Pack): string[] {
  const paths = [...new Set((pack.loginEndpoints?.value ?? []).map((e) => (e.path.endsWith('*') ? e.path : `${e.path}*`)))];
  return pack.academy.domains.flatMap((d) => paths.map((p) => `*://*.${d}${p}`));
}
