/**
 * Match patterns for the manifest's content scripts (and host permissions):
 * the academy's own domains only. Portals outside them, such as the regional
 * ENT, are classified by the matcher but get no content script: least privilege.
 */
import type { Pack } from '../rules/schema';
import { isAtOrUnder, normalizeHost } from './normalize';

/**
 * `*://*.<domain>/*` for each academy domain (`*.` also matches the bare
 * domain; `*://` means http and https). Duplicates and domains lying under
 * another listed domain are dropped; the pack's order is kept.
 */
export function contentScriptMatches(pack: Pack): string[] {
  const domains = pack.academy.domains.map(normalizeHost).filter((d) => d.length > 0);
  const kept: string[] = [];
  domains.forEach((domain, i) => {
    const covered = domains.some((other, j) => (other === domain ? j < i : isAtOrUnder(domain, other)));
    if (!covered) kept.push(domain);
  });
  return kept.map((domain) => `*://*.${domain}/*`);
}
