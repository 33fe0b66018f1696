/**
 * Seeded fuzz of everything that reads a URL or a host: hostile addresses (huge and many-label
 * hosts, runs of dots, user info, odd schemes and separators, IDN, IP literals, wildcard-looking
 * paths, named and unnamed query pairs, fragments) through the compiled and the linear matchers,
 * `keptUrl`, `returnHosts` and `webHost`. Each must never throw; the two matchers must agree; what
 * is kept must hold only what the privacy promise allows; the compiled matcher's work, counted in
 * steps, must stay under a constant whatever the input. Fixed seeds: a failure is reproducible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/match/compile';
import { keptUrl, patternQuery } from '../../src/match/kept-url';
import { linearClassify } from '../../src/match/linear';
import { withinDnsLimits, webHost } from '../../src/match/normalize';
import { returnHosts } from '../../src/match/return-address';
import type { Classification } from '../../src/match/types';
import { bundledPack as pack } from '../../src/rules/bundled';

const RUNS = 4_000;
const matcher = compileMatcher(pack);
const view = (c: Classification) => ({ academy: c.academy, host: c.host, portal: c.portal?.id ?? null, role: c.role });

// Built once: fast-check need not generate megabytes.
const HUGE = [
  `${'a.'.repeat(8_000)}ac-lyon.fr`, // 16 KB, 8,002 labels
  `${'a.'.repeat(1024 * 1024 - 8)}ac-lyon.fr`, // 2 MB
  `a${'.'.repeat(100_000)}ac-lyon.fr`, // a run of dots
  `${'x'.repeat(64)}.ac-lyon.fr`, // a label of 64
  `${'a.'.repeat(121)}ac-lyon.fr`, // 123 labels, 252 characters: within limits
  `x${'a'.repeat(62)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(52)}.ac-lyon.fr`, // 254 characters
];
const labelArb = fc.oneof(
  fc.constantFrom('webmail', 'ac-lyon', 'fr', 'drane', 'portail', 'www', 'pedagogie', 'xn--', 'xn--ac-lyon-9ya', '', '-', '_', '0', '127', 'ac-lyon.fr', 'evil', 'example', 'a'.repeat(63)),
  fc.stringMatching(/^[a-z0-9-]{1,8}$/),
  fc.string({ maxLength: 4, unit: 'grapheme' }),
  fc.string({ maxLength: 3, unit: 'binary' }),
);
/** The pack's own hosts and page paths, so that many URLs reach portals and roles. */
const PACK_HOSTS = [...new Set(pack.portals.flatMap((p) => p.urls.value.map((u) => u.host)))];
const PACK_PATHS = [
  ...new Set(
    JSON.stringify(pack)
      .match(/"path":"[^"]*"/g)!
      .map((m) => (JSON.parse(`{${m}}`) as { path: string }).path),
  ),
];
const hostArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('', '', '', 'x.', 'WWW.', 'a.b.'), fc.constantFrom(...PACK_HOSTS), fc.constantFrom('', '', '', '.', '..')).map(([a, h, z]) => a + h + z) },
  { weight: 6, arbitrary: fc.tuple(fc.array(labelArb, { maxLength: 6 }), fc.constantFrom('', '.ac-lyon.fr', '.ac-lyon.fr.', '.ac-lyon.fr...', '.education.gouv.fr', '.fr')).map(([ls, tail]) => ls.join('.') + tail) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.constantFrom('[::1]', '127.0.0.1', '0x7f.1', '2130706433', '[2001:db8::1]', 'WEBMAIL.AC-LYON.FR', 'Ac-Lyon.Fr.', 'ac-lyon.fr.evil.example', 'évêché.ac-lyon.fr') },
);
const NAMED = [...patternQuery(pack)].flatMap(([k, vs]) => [...vs].map((v) => [k, v] as const));
const pairArb = fc.oneof(
  fc.constantFrom(...NAMED),
  fc.tuple(fc.constantFrom(...NAMED.map(([k]) => k)), fc.string({ maxLength: 8 })),
  fc.tuple(fc.constantFrom('token', 'ticket', 'service', 'CT_ORIG_URL', 'RelayState', 'url', 'jsessionid'), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('https://webmail.ac-lyon.fr/', encodeURIComponent('https://webmail.ac-lyon.fr/?t=S3CR3T'), btoa('https://webmail.ac-lyon.fr/')))),
);
const segmentArb = fc.oneof(
  fc.constantFrom('owa', 'auth', 'logon.aspx', 'SOGo', 'so', 'jean.dupont', 'Mail', 'view', 'spip', 'spip.php', 'login', 'ct_logon_mixte.jsp', 'sso', 'SSO', 'arena', 'iwc_static', '*', '..', '.', '%2e', '%2F', '', 'ecrire'),
  fc.string({ maxLength: 5 }),
);
const urlArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        scheme: fc.constantFrom(...Array<string>(12).fill('https://'), 'http://', 'http://', 'HTTPS://', 'https:', 'https:\\\\', ' \thttps://', 'ht\ttps://', 'https:///', 'ftp://', 'javascript:', 'blob:https://', ''),
        user: fc.constantFrom(...Array<string>(8).fill(''), 'u:p@', 'jean.dupont:hunter2@', 'webmail.ac-lyon.fr@', `${'u'.repeat(2_000)}@`),
        host: hostArb,
        port: fc.constantFrom(...Array<string>(8).fill(''), ':443', ':8080', ':99999', ':x'),
        path: fc.oneof(
          fc.array(segmentArb, { maxLength: 7 }).map((segs) => `/${segs.join('/')}`),
          fc.tuple(fc.constantFrom(...PACK_PATHS), fc.constantFrom('jean.dupont', 'x', '', '*'), fc.constantFrom('', '', '/', '/more', 'x')).map(([p, w, tail]) => p.replace(/\*/g, w) + tail),
        ),
        query: fc.array(pairArb, { maxLength: 5 }),
        fragment: fc.constantFrom('', '', '#', '#frag-S3CR3T', '#?page=login'),
        pad: fc.constantFrom('', '', `?x=${'y'.repeat(5_000)}`),
      })
      .map((u) => `${u.scheme}${u.user}${u.host}${u.port}${u.path}${u.query.length ? `?${u.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''}${u.pad}${u.fragment}`),
  },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Counted work of one compiled lookup. */
function steps(url: string): number {
  const before = matcher.steps();
  matcher.classify(url);
  return matcher.steps() - before;
}
/** Whatever the URL: at most one probe per label (127) and per ancestor, plus the pack's own lists. */
const MAX_STEPS = 400;
const SHORT = steps('https://x.ac-lyon.fr/');

describe('fuzz: URLs and hosts (seeded)', () => {
  it(`${RUNS} hostile URLs: no throw, the two matchers agree, the work stays bounded`, () => {
    let maxSteps = 0;
    fc.assert(
      fc.property(urlArb, (url) => {
        const compiled = view(matcher.classify(url));
        expect(view(linearClassify(pack, url))).toEqual(compiled);
        const cost = steps(url);
        maxSteps = Math.max(maxSteps, cost);
        expect(cost).toBeLessThanOrEqual(MAX_STEPS);
        // A host beyond DNS limits costs no more than a short one.
        if (compiled.host === null) expect(cost).toBeLessThanOrEqual(SHORT);
        if (compiled.host !== null) expect(withinDnsLimits(compiled.host)).toBe(true);
        expect(() => matcher.redact(url)).not.toThrow();
      }),
      { seed: 17, numRuns: RUNS },
    );
    expect(maxSteps).toBeGreaterThan(SHORT); // the fuzz reached real lookups
  });

  it(`${RUNS} hostile URLs: what is kept holds no fragment, no user info, no pair the pack does not name, and classifies as the URL`, () => {
    fc.assert(
      fc.property(urlArb, (url) => {
        const kept = keptUrl(matcher.redact(url), pack);
        if (kept === '') return;
        const u = new URL(kept);
        expect(u.hash).toBe('');
        expect(kept).not.toContain('#');
        expect(u.username + u.password).toBe('');
        for (const [k, v] of u.searchParams) expect(patternQuery(pack).get(k)?.has(v)).toBe(true);
        expect(kept).not.toMatch(/S3CR3T|hunter2/);
        expect(view(matcher.classify(kept))).toEqual(view(matcher.classify(matcher.redact(url))));
      }),
      { seed: 17, numRuns: RUNS },
    );
  });

  it(`${RUNS} hostile URLs: return addresses and webHost never throw and name hosts within DNS limits only`, () => {
    const params = pack.academy.signOnReturns?.value ?? ['service', 'CT_ORIG_URL', 'url'];
    fc.assert(
      fc.property(urlArb, (url) => {
        const host = webHost(url);
        if (host !== null) expect(withinDnsLimits(host)).toBe(true);
        const hosts = returnHosts(url, [...params]);
        expect(hosts.length).toBeLessThanOrEqual(32);
        for (const h of hosts) expect(withinDnsLimits(h)).toBe(true);
      }),
      { seed: 17, numRuns: RUNS },
    );
  });
});
