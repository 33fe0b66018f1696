/** Which navigations the background listens to: the academy's hosts, and the pack's known hosts outside it. */
import type { Pack } from '../rules/schema';

export interface UrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
}

export function navigationFilters(pack: Pack): UrlFilter[] {
  const filters: UrlFilter[] = pack.academy.domains.flatMap((d) => [{ hostEquals: d }, { hostSuffix: `.${d}` }]);
  const inAcademy = (h: string) => pack.academy.domains.some((d) => h === d || h.endsWith(`.${d}`));
  for (const portal of pack.portals)
    for (const u of portal.urls.value)
      if (!inAcademy(u.host)) filters.push(u.subdomains === 'none' ? { hostEquals: u.host } : { hostSuffix: u.subdomains === 'only' ? `.${u.host}` : u.host });
  return filters;
}
