/** Which navigations and requests the background listens to: as few as its work needs, since each one it hears costs the page a trip to the worker. */
import type { Pack } from '../rules/schema';
import { isUnderAny, webHost } from '../match/normalize';
import { own } from '../own';

export interface UrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
}

/** The academy's domains and every host under them. */
const domainFilters = (pack: Pack): UrlFilter[] => pack.academy.domains.flatMap((d) => [{ hostEquals: d }, { hostSuffix: `.${d}` }]);

export function navigationFilters(pack: Pack): UrlFilter[] {
  const filters = domainFilters(pack);
  for (const portal of pack.portals)
    for (const u of portal.urls.value)
      if (!isUnderAny(u.host, pack.academy.domains)) filters.push(...hostFilters([u]));
  return filters;
}

/** A portal's hosts as webNavigation URL filters (its subdomains rule kept). */
const hostFilters = (urls: Pack['portals'][number]['urls']['value']): UrlFilter[] =>
  urls.map((u) => (u.subdomains === 'none' ? { hostEquals: u.host } : { hostSuffix: u.subdomains === 'only' ? `.${u.host}` : u.host }));

/**
 * The mailbox's doors: the webmail and the staff sign-on portal (the pack's portals of those
 * kinds). Only their navigations are heard from their start, before their load ends: a load there
 * that never ends must be told by 20 s (network-slow), and the sign-on reached from the webmail
 * must be known as the mailbox's own (its redirect chain). Every other academy page is heard
 * once its load is over (onCompleted) or failed (onErrorOccurred), so that waking the worker
 * never delays its load (docs/performance.md, "What the design rests on").
 */
export function doorFilters(pack: Pack): UrlFilter[] {
  const webmail = webHost(pack.webmail.url.value);
  const doors: UrlFilter[] = webmail ? [{ hostEquals: webmail }] : [];
  for (const portal of pack.portals) if (portal.kind === 'webmail' || portal.kind === 'staff-portal') doors.push(...hostFilters(portal.urls.value));
  return doors.filter((f, i) => doors.findIndex((g) => g.hostEquals === f.hostEquals && g.hostSuffix === f.hostSuffix) === i);
}

/** The doors as webRequest match patterns (a host and its subdomains where the filter takes them). */
export function doorRequestUrls(pack: Pack): string[] {
  return doorFilters(pack).map((f) => (f.hostEquals !== undefined ? `*://${f.hostEquals}/*` : `*://*.${f.hostSuffix!.replace(/^\./, '')}/*`));
}

export interface PageFilter extends UrlFilter {
  pathPrefix?: string;
  queryContains?: string;
}

/**
 * The academy's login pages, as the pack's `login` patterns name them (a superset: the first `*`
 * ends the path, one query parameter is matched). Their document's end of parsing
 * (onDOMContentLoaded) wakes the worker, so that a login page still loading its images gets its
 * banner before anyone types; any other academy page wakes it only once its load is over.
 */
export function loginPageFilters(pack: Pack): PageFilter[] {
  const pagesOn = (hosts: UrlFilter[], patterns: Array<{ path: string; query?: Record<string, string> | undefined }> = []) =>
    hosts.flatMap((host) =>
      patterns.map((p) => {
        const [key, value] = Object.entries(p.query ?? {})[0] ?? [];
        // A value the address may carry encoded otherwise is matched by its name alone.
        const query = key === undefined ? undefined : value !== undefined && encodeURIComponent(value) === value ? `${key}=${value}` : `${key}=`;
        return { ...host, pathPrefix: p.path.split('*')[0]!, ...(query === undefined ? {} : { queryContains: query }) };
      }),
    );
  return [
    ...pagesOn(domainFilters(pack), own(pack.academy.pages ?? {}, 'login')?.value),
    ...pack.portals.flatMap((portal) => pagesOn(hostFilters(portal.urls.value), own(portal.pages ?? {}, 'login')?.value)),
  ];
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
