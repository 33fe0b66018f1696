/** Test helpers for src/verdicts: random tabs (never shipped: only tests import this file). */
import fc from 'fast-check';
import { NO_PAGE_ROLE, type Pack } from '../rules/schema';
import type { PageRole } from '../match/types';
import { FAILURE_KINDS, type TabFacts } from '../model/facts';


/** The pack's roles and 'other' (no role). */
const rolesOf = (p: Pack): readonly PageRole[] => [...p.pageRoles, NO_PAGE_ROLE];
const HOSTS = ['webmail.ac-lyon.fr', 'drane.ac-lyon.fr', 'inconnu.ac-lyon.fr', 'example.org'];

/**
 * A URL for every page pattern anywhere in the pack (its host, else the webmail's), so that a
 * verdict that reads `facts.url` against a pack field is drawn too, whatever the field's name.
 */
function packPageUrls(p: Pack): string[] {
  const webmail = new URL(p.webmail.url.value).host;
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.path === 'string' && o.path.startsWith('/')) out.push(`https://${typeof o.host === 'string' ? o.host : webmail}${o.path.replace(/\*$/, '')}`);
    Object.values(o).forEach(walk);
  };
  walk(p);
  return out;
}

/** Any tab, for a given pack: each fact drawn independently, so combinations the browser rarely makes are drawn too. */
export const tabFacts = (p: Pack): fc.Arbitrary<TabFacts> =>
  fc.record(
    {
      url: fc.oneof(fc.constantFrom(...HOSTS.map((h) => `https://${h}/`)), fc.constantFrom(...packPageUrls(p))),
      classification: fc.record({
        academy: fc.boolean(),
        host: fc.option(fc.constantFrom(...HOSTS)),
        // The webmail as often as no portal or any other: half the verdicts are about it.
        portal: fc.oneof(fc.constant(null), fc.constant(p.portals.find((x) => x.id === p.webmail.portal)!), fc.constantFrom(...p.portals)),
        role: fc.constantFrom(...rolesOf(p)),
      }),
      signals: fc.record({ passwordField: fc.boolean(), inboxMarkers: fc.boolean() }),
      journey: fc.record({
        path: fc.array(fc.constantFrom(...HOSTS), { minLength: 1, maxLength: 4 }),
        loginHost: fc.constantFrom(...HOSTS),
        landingHost: fc.constantFrom(...HOSTS),
        startedAt: fc.nat(),
        landedAt: fc.nat(),
      }),
      failure: fc.record({
        kind: fc.constantFrom(...FAILURE_KINDS),
        code: fc.constantFrom('', 'ERR_CERT_DATE_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER', 'ERR_CONNECTION_RESET', 'ERR_NAME_NOT_RESOLVED'),
        host: fc.constantFrom(...HOSTS),
        at: fc.nat(),
      }),
      towardMailbox: fc.constant(true as const),
    },
    { requiredKeys: ['url', 'classification', 'signals'] },
  );

