/**
 * Seeded fuzzing of what reaches the configuration from outside the build: hostile rules packs
 * (as a hosted layer), hostile policies (managed values through managed-schema and layers), and
 * hostile answers of a hosted-pack server (fetchHostedPack with a fake fetch, then the cache).
 * Each property fails on any throw, on a webmail URL or a host that is not the academy's getting
 * into force, and on any change of the last good configuration when a bad layer arrives. The
 * oracle below is written apart from src/rules/hosts.ts, on purpose.
 * Fixed seeds; the counts of cases run are printed at the end (issue 17's closing note).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { bundledPack } from '../../src/rules/bundled';
import { checkPackText, checkPack } from '../../src/rules/validate';
import { effectiveConfig, policyScope, remoteScope, type EffectiveConfig } from '../../src/policy/layers';
import { validateManaged } from '../../src/policy/managed-schema';
import { fetchHostedPack, hostedCache, type HostedState } from '../../src/policy/hosted-pack';
import type { Pack } from '../../src/rules/schema';
import { say } from '../../src/rules/messages-fr';

const SEED = 17;
/** Each property runs in one to two seconds alone; the margin is for a loaded CI machine. */
const TIMEOUT = 30_000;
const counts: Record<string, number> = {};
const count = (name: string) => void (counts[name] = (counts[name] ?? 0) + 1);
afterAll(() => console.log(`fuzz-packs: cases run ${JSON.stringify(counts)}`));

const BUILT_DOMAINS = bundledPack.academy.domains; // ['ac-lyon.fr']

// --- The oracle: what may be in force, written without src/rules/hosts.ts. ---
const under = (host: string, base: string) => host === base || host.endsWith(`.${base}`);
const academyHost = (host: string, domains: readonly string[]) =>
  /^[a-z0-9.-]+$/.test(host) && !host.split('.').includes('') && !/(^|\.)\d+$/.test(host) && domains.some((d) => under(host, d)) && BUILT_DOMAINS.some((d) => under(host, d));
function academyUrl(url: string, domains: readonly string[]): boolean {
  const u = new URL(url);
  return u.protocol === 'https:' && u.username === '' && u.password === '' && !u.hostname.endsWith('.') && academyHost(u.hostname, domains);
}
function assertSafe(pack: Pack) {
  const domains = pack.academy.domains;
  for (const d of domains) expect(BUILT_DOMAINS.some((b) => under(d, b)), d).toBe(true);
  expect(academyUrl(pack.webmail.url.value, domains), pack.webmail.url.value).toBe(true);
  const webmail = pack.portals.find((p) => p.id === pack.webmail.portal)!;
  expect(webmail.outside).not.toBe(true);
  for (const p of pack.portals) {
    for (const u of p.urls.value) {
      expect(/(^|\.)\d+$/.test(u.host), u.host).toBe(false);
      if (!p.outside) expect(academyHost(u.host, domains), u.host).toBe(true);
      // The built-in pack claims no outside subdomains: a remote layer may claim none.
      else expect(u.subdomains, u.host).toBe('none');
    }
    if (p.home && !p.outside) expect(academyUrl(p.home.value, domains), p.home.value).toBe(true);
  }
  if (pack.mail) {
    expect(academyHost(pack.mail.incoming.host.value, domains)).toBe(true);
    expect(academyHost(pack.mail.outgoing.host.value, domains)).toBe(true);
  }
  expect(academyHost(pack.academy.mailDomain, domains)).toBe(true);
}

// --- Hostile material. ---
const hostileHost = fc.oneof(
  fc.constantFrom('fr', 'com', 'gouv.fr', 'github.io', 'ac-lyon.fr', 'webmail.ac-lyon.fr', 'evil.example', 'ac-lyon.fr.evil.example', 'evilac-lyon.fr', 'ac-lyon.com'),
  fc.constantFrom('127.0.0.1', '10.0.0.1', '[::1]', '0x7f.1', '2130706433', 'xn--ac-lyon-9za.fr', 'WEBMAIL.AC-LYON.FR', 'webmail.ac-lyon.fr.', 'a..ac-lyon.fr', '*.ac-lyon.fr', ''),
  fc.domain(),
  fc.domain().map((d) => `${d}.ac-lyon.fr`),
  fc.string({ maxLength: 12 }),
);
const hostileUrl = fc.oneof(
  hostileHost.map((h) => `https://${h}/`),
  hostileHost.map((h) => `http://${h}/`),
  hostileHost.map((h) => `https://webmail.ac-lyon.fr@${h}/`),
  hostileHost.map((h) => `https://${h}:443@webmail.ac-lyon.fr/`),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'https://webmail.ac-lyon.fr./', 'https://webmail.ac-lyon.fr:8443/x', '//webmail.ac-lyon.fr/', 'https://ac-lyon.fr\\@evil.example/'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 30 }),
);
const hostileValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.constant({ __proto__: { x: 1 } }));

type Mutation = (p: any) => void;
const pick = (a: any[], i: number): any => a[i % a.length];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostileUrl.map((u): Mutation => (p) => void (p.webmail.url.value = u)),
  fc.tuple(fc.nat(), hostileUrl).map(([i, u]): Mutation => (p) => void (pick(p.portals, i).home = { value: u, confidence: 'multi', sources: ['x'] })),
  fc.tuple(fc.nat(), fc.nat(), hostileHost, fc.constantFrom('none', 'include', 'only', undefined), fc.boolean()).map(
    ([i, j, h, sub, outside]): Mutation =>
      (p) => {
        const portal = pick(p.portals, i);
        const u = pick(portal.urls.value, j);
        u.host = h;
        if (sub === undefined) delete u.subdomains;
        else u.subdomains = sub;
        if (outside) portal.outside = true;
      },
  ),
  fc.array(hostileHost, { minLength: 1, maxLength: 3 }).map((ds): Mutation => (p) => void (p.academy.domains = ds)),
  hostileHost.map((h): Mutation => (p) => void (p.academy.mailDomain = h)),
  hostileHost.map((h): Mutation => (p) => void (p.mail.incoming.host.value = h)),
  hostileHost.map((h): Mutation => (p) => void (p.mail.otherProviders[0].domains.push(h))),
  hostileHost.map((h): Mutation => (p) => void (p.mail.forwarding.domains.value.academic.exact.push(h))),
  hostileUrl.map((u): Mutation => (p) => void (p.support.resetPortal.url.value = u)),
  fc.constantFrom('/*', '/', '/.*', '/*/*', '/login*').map((path): Mutation => (p) => void (p.loginEndpoints.value[0] = { path })),
  fc.constantFrom('*', 'body', 'html, #inbox', '#inbox').map((s): Mutation => (p) => void (p.webmail.inboxMarkers.value = [s])),
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-1', '2028-02-29').map((d): Mutation => (p) => void (p.updated = d)),
  fc.nat().map((i): Mutation => (p) => void (p.webmail.portal = pick(p.portals, i).id)),
  fc.tuple(fc.constantFrom('webmail', 'academy', 'portals', 'mail', 'support', 'webmailFamilies'), hostileValue).map(([k, v]): Mutation => (p) => void (p[k] = v)),
  fc.constantFrom('webmail', 'academy', 'mail').map((k): Mutation => (p) => void delete p[k].url),
);
const hostilePack = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
  const p = structuredClone(raw) as any;
  for (const m of ms) {
    try {
      m(p);
    } catch {
      // a mutation whose target an earlier one removed: the pack is hostile enough
    }
  }
  return p as unknown;
});

const portalOf = (host: string, subdomains: string | undefined, outside: boolean, id: string) => ({
  ...(outside ? { outside: true } : {}),
  ...structuredClone(raw.portals[3]),
  id,
  urls: { value: [{ host, ...(subdomains ? { subdomains } : {}) }], confidence: 'one', sources: ['x'] },
});
const hostilePolicy = fc.record(
  {
    webmailUrl: fc.oneof(hostileUrl, hostileValue),
    assistanceUrl: hostileUrl,
    rulesUrl: hostileUrl,
    extraPortals: fc.oneof(
      fc.array(
        fc.tuple(hostileHost, fc.constantFrom('none', 'include', 'only', undefined), fc.boolean(), fc.constantFrom('webmail', 'extra-a', 'extra-b')).map(([h, s, o, id]) => portalOf(h, s, o, id)),
        { maxLength: 3 },
      ),
      hostileValue,
    ),
    departmentContacts: fc.oneof(hostileUrl.map((url) => ({ '69': { label: 'x', url } })), hostileValue),
    language: fc.oneof(fc.constantFrom('fr', 'en', 'auto'), hostileValue),
    junk: hostileValue,
  },
  { requiredKeys: [] },
);

/** What a bad layer may not change: the whole pack when the hosted layer is refused. */
const GOOD_HOSTED = { pack: structuredClone(raw), fetchedAt: '2026-12-01T00:00:00.000Z', url: 'https://rules.ac-lyon.fr/p.json' };

describe('fuzz: hostile packs, policies and hosted-pack answers never put a non-academy URL or host in force', () => {
  it('a hostile hosted pack: no throw; in force only if safe; refused, the pack below stays', () => {
    fc.assert(
      fc.property(hostilePack, (pack) => {
        count('hosted packs');
        let c: EffectiveConfig;
        expect(() => (c = effectiveConfig({ bundled: bundledPack, hosted: { ...GOOD_HOSTED, pack }, managed: {} }))).not.toThrow();
        assertSafe(c!.pack);
        if (c!.sources.pack !== 'hosted') {
          count('hosted packs refused');
          expect(c!.pack).toEqual(bundledPack);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, TIMEOUT);

  const POLICY_SCOPE = policyScope(bundledPack);
  it('a hostile policy: no throw; in force only if safe; a refused key changes nothing it would have changed', () => {
    const below = effectiveConfig({ bundled: bundledPack, hosted: GOOD_HOSTED, managed: {} });
    fc.assert(
      fc.property(hostilePolicy, (policy) => {
        count('policies');
        const m = validateManaged(policy, POLICY_SCOPE);
        const c = effectiveConfig({ bundled: bundledPack, hosted: GOOD_HOSTED, managed: m.values });
        assertSafe(c.pack);
        const refused = new Set([...m.rejected, ...c.rejected].map((r) => r.path.replace(/[.[].*$/, '')));
        if (refused.has('webmailUrl') || policy.webmailUrl === undefined) expect(c.pack.webmail.url).toEqual(below.pack.webmail.url);
        if (refused.has('extraPortals') || policy.extraPortals === undefined) expect(c.pack.portals).toEqual(below.pack.portals);
        if (m.values.assistanceUrl !== undefined) expect(academyUrl(m.values.assistanceUrl, BUILT_DOMAINS)).toBe(true);
        refused.delete('junk');
        if (refused.size > 0) count('policies with a pack-changing or URL key refused');
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, TIMEOUT);

  it('a hostile hosted-pack server: no throw; a bad answer never replaces the last good pack', async () => {
    const text = fc.oneof(
      fc.constant(JSON.stringify({ ...raw, packVersion: '1.0.1' })),
      hostilePack.map((p) => JSON.stringify(p)),
      hostilePack.map((p) => `\uFEFF${JSON.stringify(p, null, 2)}`),
      fc.string({ maxLength: 200 }),
      fc.nat({ max: 5000 }).map((n) => '['.repeat(n)),
      fc.nat({ max: 3000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
      fc.constant('{"__proto__": {"polluted": true}, "constructor": 1}'),
    );
    const answer = fc.record({ text, bytes: fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }), status: fc.constantFrom(200, 200, 200, 404, 500), redirectedTo: fc.constantFrom(undefined, 'http://rules.ac-lyon.fr/p.json') });
    const area = (initial: HostedState) => {
      const data: Record<string, unknown> = { 'institution.hostedPack': structuredClone(initial) };
      return { get: async (k: string | string[] | null) => ({ [k as string]: structuredClone(data[k as string]) }), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)), remove: async () => {} };
    };
    await fc.assert(
      fc.asyncProperty(answer, async ({ text: body, bytes, status, redirectedTo }) => {
        count('hosted answers');
        const fetch = async () => {
          const res = new Response(bytes ?? body, { status });
          if (redirectedTo) Object.defineProperty(res, 'url', { value: redirectedTo });
          return res;
        };
        const now = () => new Date('2026-12-06T00:00:00Z');
        const result = await fetchHostedPack(GOOD_HOSTED.url, { fetch: fetch as typeof globalThis.fetch, now, scope: remoteScope(bundledPack) });
        const cache = hostedCache(area({ good: GOOD_HOSTED }));
        const state = await cache.record(GOOD_HOSTED.url, result, now());
        const c = effectiveConfig({ bundled: bundledPack, hosted: state.good, managed: {} });
        assertSafe(c.pack);
        if (!result.ok) {
          count('hosted answers refused');
          expect(state.good).toEqual(GOOD_HOSTED);
          expect(result.errors.every((e) => typeof e.path === 'string' && typeof e.reason === 'string')).toBe(true);
        } else expect(c.sources.pack).toBe('hosted');
      }),
      { seed: SEED, numRuns: 120 },
    );
  }, TIMEOUT);

  it('any text: the validator never throws and always names a place', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json().map((j) => j.slice(0, fc.sample(fc.nat({ max: j.length }), 1)[0])), hostilePack.map((p) => JSON.stringify(p))), (t) => {
        count('texts');
        const r = checkPackText(t);
        if (!r.ok) for (const e of r.errors) expect(e.path.length > 0 && e.message.length > 0 && say(e.ref, 'fr').length > 0).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, TIMEOUT);

  it('the URL rule agrees with the oracle on hostile URLs (as webmail.url, in the build\'s scope)', () => {
    const base = structuredClone(raw) as any;
    fc.assert(
      fc.property(hostileUrl, (url) => {
        count('urls');
        base.webmail.url.value = url;
        const r = checkPack(base, remoteScope(bundledPack));
        let oracle = false;
        try {
          const u = new URL(url);
          const host = u.hostname.replace(/\.$/, '');
          oracle = u.protocol === 'https:' && !u.username && !u.password && academyHost(host, BUILT_DOMAINS);
        } catch {
          oracle = false;
        }
        expect(r.ok, url).toBe(oracle);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, TIMEOUT);
});
