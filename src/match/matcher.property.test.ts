import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { Pack, type PagePattern, type UrlPattern } from '../rules/schema';
import { compileMatcher } from './compile';
import { linearClassify } from './linear';
import { makePages, makePortal, syntheticPack } from './synthetic';
import type { Classification } from './types';

const pack = Pack.parse(raw);
const matcher = compileMatcher(pack);
const view = (c: Classification) => ({ academy: c.academy, host: c.host, portal: c.portal?.id ?? null, role: c.role });

/** The parsed, normalised host of a URL, or null. */
function parsedHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/\.+$/, '') : null;
  } catch {
    return null;
  }
}
const underLyon = (h: string | null) => h !== null && (h === 'ac-lyon.fr' || h.endsWith('.ac-lyon.fr'));

// ---------------------------------------------------------------- generators

const randomCase = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c)).join(''));

const packHosts = [
  ...new Set([...pack.academy.domains, ...pack.portals.flatMap((p) => p.urls.value.map((u) => u.host)), 'unknown.ac-lyon.fr', 'ent.auvergnerhonealpes.fr']),
];

/** Path segments that mean something in the pack, plus near misses. */
const SEGMENTS = [
  'dsden01', 'dsden010', 'dsden42', 'dsden69', 'enseigne', 'enseignement', 'etab', 'serv_ress', 'login', 'alogin', 'logins',
  'ct_logon', 'ct_logon.jsp', 'ct_logon_mixte.jsp', 'ct_logo', 'sso', 'SSO', 'iwc_static', 'layout', 'c11n', 'allDomain',
  'main.html', 'login.html', 'spip', 'ecrire', 'ecrire.php', 'spip.php', 'Enseigne', '%65nseigne', 'caf%C3%A9', '', '..', '.',
];
const segment = fc.oneof(fc.constantFrom(...SEGMENTS), fc.stringMatching(/^[a-z0-9._-]{1,8}$/));
const path = fc.array(segment, { maxLength: 5 }).map((segs) => '/' + segs.join('/'));
const query = fc.oneof(
  fc.constant(''),
  fc.array(fc.constantFrom('page=login', 'page=Login', 'page=article', 'lang=fr', 'page', 'x=1', 'page=log%69n', 'page=login%20'), { minLength: 1, maxLength: 3 }).map((q) => '?' + q.join('&')),
);
const userInfo = fc.oneof(fc.constant(''), fc.constant('user:pw@'), fc.constant('ac-lyon.fr@'), fc.constant('webmail.ac-lyon.fr@'));
const subPrefix = fc.array(fc.constantFrom('www', 'maths', 'a', 'lien01', 'edu01', 'enseigne', 'etab', 'x-y', 'xn--cole-9oa'), { maxLength: 3 }).map((l) => l.map((s) => s + '.').join(''));

/** URLs built from the pack's hosts: random case, trailing dots, ports, subdomain prefixes, paths, user-info. */
const packUrl = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'HTTPS', 'ftp', 'ws'),
    userInfo,
    sub: subPrefix,
    host: fc.constantFrom(...packHosts).chain(randomCase),
    dots: fc.constantFrom('', '', '.', '..'),
    port: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 65535 }).map((p) => ':' + p)),
    path,
    query,
    hash: fc.constantFrom('', '#x', '#/sso/SSO'),
  })
  .map((u) => `${u.scheme}://${u.userInfo}${u.sub}${u.host}${u.dots}${u.port}${u.path}${u.query}${u.hash}`);

const anyWebUrl = fc.webUrl({
  validSchemes: ['http', 'https', 'ftp', 'file', 'javascript', 'data'],
  withQueryParameters: true,
  withFragments: true,
  authoritySettings: { withIPv4: true, withIPv6: true, withIPv4Extended: true, withPort: true, withUserInfo: true },
});

// ---------------------------------------------------------------- properties

describe('never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const c = matcher.classify(s);
        expect(['login', 'inbox', 'other']).toContain(c.role);
      }),
      { numRuns: 2000 },
    );
  });
  it('on random bytes read as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        matcher.classify(Buffer.from(bytes).toString('latin1'));
        matcher.classify('https://' + Buffer.from(bytes).toString('utf8'));
      }),
      { numRuns: 1000 },
    );
  });
  it('on arbitrary web URLs, and agrees with the linear scan there', () => {
    fc.assert(
      fc.property(anyWebUrl, (url) => {
        expect(view(matcher.classify(url))).toEqual(view(linearClassify(pack, url)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('agrees with linearClassify', () => {
  it('on URLs built from the pack hosts', () => {
    fc.assert(
      fc.property(packUrl, (url) => {
        expect(view(matcher.classify(url))).toEqual(view(linearClassify(pack, url)));
      }),
      { numRuns: 5000 },
    );
  });

  it('on a generated 1,000-portal pack', () => {
    const big = syntheticPack(pack, 1000);
    const m = compileMatcher(big);
    const bigUrl = fc
      .record({
        host: fc.oneof(
          fc.nat(1200).map((i) => `site${i}.etab.ac-lyon.fr`),
          fc.nat(1200).map((i) => `w.zone${i}.ac-lyon.fr`),
          fc.nat(1200).map((i) => `zone${i}.ac-lyon.fr`),
          fc.nat(1200).map((i) => `ecoles${i}.ac-lyon.fr`),
          fc.nat(1200).map((i) => `c.ecoles${i}.ac-lyon.fr`),
          fc.constant('pedagogie.ac-lyon.fr'),
        ),
        disc: fc.nat(1200),
        rest: fc.constantFrom('', '/', '/espace', '/espace-prof/x', '/spip/ecrire/'),
        query: fc.constantFrom('', '?lang=fr', '?lang=en'),
      })
      .map((u) => `https://${u.host}/disc-${u.disc}${u.rest}${u.query}`);
    fc.assert(
      fc.property(bigUrl, (url) => {
        expect(view(m.classify(url))).toEqual(view(linearClassify(big, url)));
      }),
      { numRuns: 2000 },
    );
  });

  it('on random packs and URLs over a small alphabet (ranking, stars, one-segment wildcards, exact paths, queries, subdomain kinds, random page roles, webmail families)', () => {
    const hostA = fc.constantFrom('ac-lyon.fr', 'x.ac-lyon.fr', 'y.x.ac-lyon.fr', 'z.ac-lyon.fr', 'other.example', 'x.other.example');
    const segA = fc.constantFrom('a', 'b', 'ab', 'abc', 'c', '');
    const pathA = fc.array(segA, { minLength: 1, maxLength: 3 }).chain((segs) =>
      fc.constantFrom('', '*').map((star) => {
        const p = '/' + segs.join('/');
        // schema: no empty middle segments; '*' only at the end
        return (p.includes('//') ? p.replace(/\/+/g, '/') : p) + (p.endsWith('/') ? '' : star);
      }),
    );
    const queryA = fc.option(fc.dictionary(fc.constantFrom('k', 'page'), fc.constantFrom('1', 'login'), { maxKeys: 2 }), { nil: undefined });
    const urlPattern: fc.Arbitrary<UrlPattern> = fc.record({
      host: hostA,
      subdomains: fc.constantFrom('none', 'include', 'only'),
      path: fc.option(pathA, { nil: undefined }),
      query: queryA,
    }).map((u) => Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)) as UrlPattern);
    // Page paths may also have a lone '*' middle segment (one whole segment) and be exact.
    const pagePathA = fc.record({ path: pathA, wild: fc.nat({ max: 3 }) }).map(({ path, wild }) => {
      const segs = path.split('/');
      return wild > 0 && wild < segs.length - 1 ? segs.map((seg, i) => (i === wild ? '*' : seg)).join('/') : path;
    });
    const pagePattern: fc.Arbitrary<PagePattern> = fc
      .record({ path: pagePathA, query: queryA, exact: fc.boolean() })
      .map((u) => ({ path: u.path, ...(u.query ? { query: u.query } : {}), ...(u.exact && !u.path.endsWith('*') ? { exact: true } : {}) }));
    // Role names the code has never heard of ('password-change', one named like an Object.prototype property), declared in a
    // random order (their precedence); page sets may also name a role the pack does not declare, which both must ignore.
    const ROLES = ['login', 'inbox', 'password-change', 'constructor', 'x'];
    const pages = fc.option(fc.dictionary(fc.constantFrom(...ROLES, 'undeclared'), fc.array(pagePattern, { maxLength: 2 }), { maxKeys: 3 }), { nil: undefined });
    const randomPack = fc
      .record({
        domains: fc.subarray(['ac-lyon.fr', 'x.ac-lyon.fr', 'other.example'], { minLength: 1 }),
        roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: ROLES.length }),
        portals: fc.array(fc.record({ urls: fc.array(urlPattern, { minLength: 1, maxLength: 3 }), pages }), { minLength: 1, maxLength: 8 }),
        webmail: pages,
        families: fc.array(pages, { maxLength: 2 }),
        academy: pages,
      })
      .map(
        (r): Pack => ({
          ...pack,
          pageRoles: r.roles,
          academy: { ...pack.academy, domains: r.domains, pages: r.academy && makePages(r.academy) },
          webmail: { ...pack.webmail, portal: 'p0', pages: r.webmail && makePages(r.webmail) },
          webmailFamilies: r.families.map((f, i) => ({ ...pack.webmailFamilies[0]!, id: `f${i}`, pages: makePages(f ?? {}) })),
          portals: r.portals.map((p, i) => makePortal(`p${i}`, p.urls, p.pages ? { pages: p.pages } : {})),
        }),
      );
    const randomUrl = fc
      .record({
        sub: fc.constantFrom('', 'y.', 'q.y.', 'X.'),
        host: hostA,
        dot: fc.constantFrom('', '.'),
        path: fc.array(segA, { maxLength: 5 }).map((s) => '/' + s.join('/')),
        query: fc.constantFrom('', '?k=1', '?page=login', '?k=1&page=login', '?k=2', '?page=login&page=x'),
      })
      .map((u) => `https://${u.sub}${u.host}${u.dot}${u.path}${u.query}`);

    fc.assert(
      fc.property(randomPack, fc.array(randomUrl, { minLength: 1, maxLength: 25 }), (p, urls) => {
        const m = compileMatcher(p);
        for (const url of urls) {
          const c = view(m.classify(url));
          expect(c, url).toEqual(view(linearClassify(p, url)));
          expect([...p.pageRoles, 'other']).toContain(c.role);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('academy membership', () => {
  it('any URL whose parsed host is not under ac-lyon.fr is not academic', () => {
    fc.assert(
      fc.property(fc.oneof(anyWebUrl, packUrl, fc.string()), (url) => {
        const c = matcher.classify(url);
        if (!underLyon(parsedHost(url))) expect(c.academy).toBe(false);
        if (c.academy) expect(underLyon(c.host)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('http(s) URLs on a pack host under ac-lyon.fr are academic, with the normalised host', () => {
    fc.assert(
      fc.property(packUrl, (url) => {
        const host = parsedHost(url);
        fc.pre(host !== null && underLyon(host) && !host.includes('..'));
        const c = matcher.classify(url);
        expect(c.academy).toBe(true);
        expect(c.host).toBe(host);
      }),
      { numRuns: 2000 },
    );
  });

  it('a lookalike prefix (ac-lyon.fr.<random>.example, <random>ac-lyon.fr) is never academic nor a portal', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(subPrefix, fc.constantFrom(...packHosts).chain(randomCase), label, fc.boolean(), path, (sub, host, rnd, glued, p) => {
        const url = glued ? `https://${rnd}${host}${p}` : `https://${sub}${host}.${rnd}.example${p}`;
        const c = matcher.classify(url);
        // glued onto a sub-host (a + webmail.ac-lyon.fr) it is a real academy host: only the rest is a lookalike
        if (!glued || !underLyon(parsedHost(url))) expect(c).toMatchObject({ academy: false, portal: null, role: 'other' });
      }),
      { numRuns: 2000 },
    );
  });
});
