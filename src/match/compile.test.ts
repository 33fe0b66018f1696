import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { Pack } from '../rules/schema';
import { compileMatcher, notWeb } from './compile';
import { linearClassify } from './linear';
import { makePortal, syntheticPack } from './synthetic';
import type { Classification } from './types';

const pack = Pack.parse(raw);
const matcher = compileMatcher(pack);

/** What we assert on: portal by id. */
const view = (c: Classification) => ({ academy: c.academy, host: c.host, portal: c.portal?.id ?? null, role: c.role });
const classify = (url: string) => view(matcher.classify(url));

/** Every example is checked on both implementations. */
function both(url: string) {
  const compiled = classify(url);
  expect(view(linearClassify(pack, url))).toEqual(compiled);
  return compiled;
}

describe('schemes and malformed input', () => {
  it.each([
    'javascript:alert(document.domain)',
    'data:text/html,<a href="https://webmail.ac-lyon.fr">x</a>',
    'file:///home/prof/webmail.ac-lyon.fr.html',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-123456789abc/popup.html',
    'about:blank',
    'ftp://ftp.ac-lyon.fr/pub/',
    'ws://webmail.ac-lyon.fr/socket',
    'blob:https://webmail.ac-lyon.fr/8f0e-1234',
    'view-source:https://webmail.ac-lyon.fr/',
    '',
    'webmail.ac-lyon.fr',
    'https://',
    'http://exa mple.com/',
    'https://[::1',
    'http://xn--.fr/',
    '\u0000\uffff\ud800',
  ])('%j is not academic and has no host', (url) => {
    expect(both(url)).toEqual({ academy: false, host: null, portal: null, role: 'other' });
  });

  it('returns a fresh object each time', () => {
    const a = matcher.classify('about:blank');
    expect(a).toEqual(notWeb());
    expect(matcher.classify('about:blank')).not.toBe(a);
  });

  it('survives huge strings and non-string input', () => {
    const huge = 'https://webmail.ac-lyon.fr/' + 'a'.repeat(3 * 1024 * 1024);
    expect(classify(huge)).toEqual({ academy: false, host: null, portal: null, role: 'other' });
    const long = 'https://webmail.ac-lyon.fr/' + 'a/'.repeat(100_000);
    expect(classify(long)).toMatchObject({ academy: true, portal: 'webmail' });
    expect(matcher.classify(undefined as unknown as string)).toEqual(notWeb());
    expect(matcher.classify(42 as unknown as string)).toEqual(notWeb());
  });

  it('accepts http and https whatever the scheme case', () => {
    expect(both('HTTPS://webmail.ac-lyon.fr/')).toMatchObject({ portal: 'webmail' });
    expect(both('http://webmail.ac-lyon.fr/')).toMatchObject({ portal: 'webmail' });
  });
});

describe('host normalisation', () => {
  it('lowercases and strips trailing dots', () => {
    expect(both('https://WEBMAIL.AC-LYON.FR./')).toEqual({ academy: true, host: 'webmail.ac-lyon.fr', portal: 'webmail', role: 'other' });
    expect(both('https://webmail.ac-lyon.fr../')).toMatchObject({ host: 'webmail.ac-lyon.fr', portal: 'webmail' });
  });

  it('punycodes IDN hosts', () => {
    expect(both('https://ÉCOLE.ac-lyon.fr/')).toEqual({ academy: true, host: 'xn--cole-9oa.ac-lyon.fr', portal: null, role: 'other' });
  });

  it('ignores ports', () => {
    expect(both('http://drane.ac-lyon.fr:8080/')).toEqual({ academy: true, host: 'drane.ac-lyon.fr', portal: 'drane', role: 'other' });
    expect(both('https://webmail.ac-lyon.fr:443/iwc_static/layout/main.html')).toMatchObject({ portal: 'webmail', role: 'inbox' });
  });

  it.each([
    ['http://127.0.0.1/login/ct_logon.jsp', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://[::1]/', '[::1]'],
    ['http://[2001:db8::1]:8080/sso/SSO', '[2001:db8::1]'],
  ])('IP literal %s is never academic', (url, host) => {
    expect(both(url)).toEqual({ academy: false, host, portal: null, role: 'other' });
  });

  it('hosts with empty labels are never academic', () => {
    expect(both('http://a..ac-lyon.fr/')).toEqual({ academy: false, host: 'a..ac-lyon.fr', portal: null, role: 'other' });
    expect(both('http://.ac-lyon.fr/')).toEqual({ academy: false, host: '.ac-lyon.fr', portal: null, role: 'other' });
  });
});

describe('lookalikes and tricks', () => {
  it.each([
    ['https://ac-lyon.fr@evil.example/', 'evil.example'],
    ['https://webmail.ac-lyon.fr@evil.example/iwc_static/layout/login.html', 'evil.example'],
    ['https://evil.example/?u=https://webmail.ac-lyon.fr/', 'evil.example'],
    ['https://evil.example/webmail.ac-lyon.fr/', 'evil.example'],
    ['https://evil.example/#https://webmail.ac-lyon.fr/', 'evil.example'],
    ['https://webmail.ac-lyon.fr.evil.example/', 'webmail.ac-lyon.fr.evil.example'],
    ['https://ac-lyon.fr.evil.example/', 'ac-lyon.fr.evil.example'],
    ['https://evilac-lyon.fr/', 'evilac-lyon.fr'],
    ['https://webmail-ac-lyon.fr/', 'webmail-ac-lyon.fr'],
    ['https://ac-lyon.fr.', 'ac-lyon.fr'],
  ])('%s', (url, host) => {
    const c = both(url);
    expect(c.host).toBe(host);
    if (host === 'ac-lyon.fr') expect(c).toMatchObject({ academy: true, portal: 'rectorate' });
    else expect(c).toEqual({ academy: false, host, portal: null, role: 'other' });
  });

  it('keeps the real host when user-info names another', () => {
    expect(both('https://evil.example@webmail.ac-lyon.fr/')).toMatchObject({ academy: true, portal: 'webmail' });
  });

  it('a Cyrillic lookalike is a different (punycode) host', () => {
    // "аc-lyon.fr" with a Cyrillic а
    expect(both('https://webmail.\u0430c-lyon.fr/')).toMatchObject({ academy: false, portal: null });
  });
});

describe('portals of the real pack', () => {
  it.each([
    ['https://webmail.ac-lyon.fr/', 'webmail'],
    ['https://www.ac-lyon.fr/dsden01/x', 'dsden-01'],
    ['https://www.ac-lyon.fr/dsden01', 'dsden-01'],
    ['https://www.ac-lyon.fr/dsden42/', 'dsden-42'],
    ['https://www.ac-lyon.fr/dsden69/a/b', 'dsden-69'],
    ['https://www.ac-lyon.fr/dsden010/', 'rectorate'],
    ['https://www.ac-lyon.fr/actus', 'rectorate'],
    ['https://ac-lyon.fr/inauguration-de-deux-ecoles-dans-le-rhone-122897', 'rectorate'],
    ['http://www.ia69.ac-lyon.fr/', 'dsden-69'],
    ['http://www2.ac-lyon.fr/enseigne/maths/', 'disciplinary'],
    ['http://www2.ac-lyon.fr/enseigne', 'disciplinary'],
    ['http://www2.ac-lyon.fr/enseignement/', 'legacy-www2'],
    ['http://www2.ac-lyon.fr/etab/colleges/col-01/', 'school-sites'],
    ['http://www2.ac-lyon.fr/serv_ress/', 'legacy-www2'],
    ['http://www2.ac-lyon.fr/%65nseigne/', 'legacy-www2'], // not decoded
    ['http://www2.ac-lyon.fr/Enseigne/', 'legacy-www2'], // case-sensitive path
    ['https://lien01.edu01.ac-lyon.fr/2025/', 'dsden-01'],
    ['https://edu01.ac-lyon.fr/', 'dsden-01'],
    ['https://maths.enseigne.ac-lyon.fr/', 'disciplinary'],
    ['https://a.b.enseigne.ac-lyon.fr/', 'disciplinary'],
    ['https://branly.etab.ac-lyon.fr/spip/', 'school-sites'],
    ['https://pedagogie.ac-lyon.fr/biotechnologies/stl/', 'pedagogie'],
    ['https://portail.ac-lyon.fr/arena/', 'staff-portal'],
    ['https://services.ac-lyon.fr/', 'teleservices'],
    ['https://viesco.ac-lyon.fr/', 'viesco'],
    ['https://dane.ac-lyon.fr/spip/', 'drane'],
    ['https://forum-dane.ac-lyon.fr/', 'drane-forum'],
  ])('%s → %s', (url, portal) => {
    expect(both(url)).toMatchObject({ academy: true, portal });
  });

  it('subdomains "only" does not match the host itself', () => {
    expect(both('https://enseigne.ac-lyon.fr/')).toEqual({ academy: true, host: 'enseigne.ac-lyon.fr', portal: null, role: 'other' });
    expect(both('https://etab.ac-lyon.fr/')).toMatchObject({ portal: null });
  });

  it('an unknown academy host is academic without a portal', () => {
    expect(both('https://unknown.ac-lyon.fr/')).toEqual({ academy: true, host: 'unknown.ac-lyon.fr', portal: null, role: 'other' });
  });

  it('a portal outside the academy domains is found but not academic', () => {
    expect(both('https://cas.ent.auvergnerhonealpes.fr/login')).toEqual({
      academy: false,
      host: 'cas.ent.auvergnerhonealpes.fr',
      portal: 'regional-ent',
      role: 'other',
    });
    expect(both('https://ent.auvergnerhonealpes.fr/')).toMatchObject({ academy: false, portal: null });
  });

  it('returns the pack portal object itself', () => {
    expect(matcher.classify('https://webmail.ac-lyon.fr/').portal).toBe(pack.portals.find((p) => p.id === 'webmail'));
  });
});

describe('roles', () => {
  it.each([
    ['https://webmail.ac-lyon.fr/iwc_static/layout/main.html', 'webmail', 'inbox'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/main.html?lang=fr#inbox', 'webmail', 'inbox'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/login.html', 'webmail', 'login'],
    ['https://webmail.ac-lyon.fr/iwc_static/c11n/allDomain/layout/login.html', 'webmail', 'login'],
    ['https://webmail.ac-lyon.fr/login.html', 'webmail', 'login'],
    ['https://webmail.ac-lyon.fr/loginpage', 'webmail', 'login'],
    ['https://webmail.ac-lyon.fr/', 'webmail', 'other'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/main.htmlx', 'webmail', 'other'],
    ['https://webmail.ac-lyon.fr/sso/SSO', 'webmail', 'login'], // academy-wide shape
    ['https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', 'staff-portal', 'login'],
    ['https://portail.ac-lyon.fr/login/ct_logon.jsp?CT_ORIG_URL=/arena', 'staff-portal', 'login'],
    ['https://portail.ac-lyon.fr/sso/SSO', 'staff-portal', 'login'],
    ['https://portail.ac-lyon.fr/sso/SSO2', 'staff-portal', 'other'],
    ['https://portail.ac-lyon.fr/login/', 'staff-portal', 'other'],
    ['https://portail.ac-lyon.fr/arena/pages/accueil.jsf', 'staff-portal', 'other'],
    ['https://drane.ac-lyon.fr/spip/spip.php?page=login', 'drane', 'login'],
    ['https://drane.ac-lyon.fr/spip/spip.php?lang=fr&page=login', 'drane', 'login'],
    ['https://drane.ac-lyon.fr/spip/spip.php?page=article', 'drane', 'other'],
    ['https://drane.ac-lyon.fr/spip/spip.php', 'drane', 'other'],
    ['https://drane.ac-lyon.fr/spip/ecrire/', 'drane', 'login'],
    ['https://drane.ac-lyon.fr/spip/ecrire', 'drane', 'login'],
    ['https://maths.enseigne.ac-lyon.fr/spip/ecrire/?exec=accueil', 'disciplinary', 'login'],
    ['https://rectorat.ac-lyon.fr/login/ct_logon_mixte.jsp', null, 'login'], // academy-wide, no portal
    ['https://unknown.ac-lyon.fr/alogin/ct_logon.jsp', null, 'login'],
    ['https://unknown.ac-lyon.fr/spip/ecrire/', null, 'other'], // SPIP login only on SPIP portals
    ['https://www.ac-lyon.fr/iwc_static/layout/login.html', 'rectorate', 'login'],
  ])('%s → %s / %s', (url, portal, role) => {
    expect(both(url)).toMatchObject({ academy: true, portal, role });
  });

  it('academy-wide login shapes do not apply outside the academy', () => {
    expect(both('https://evil.example/login/ct_logon.jsp')).toEqual({ academy: false, host: 'evil.example', portal: null, role: 'other' });
    expect(both('https://cas.ent.auvergnerhonealpes.fr/sso/SSO')).toMatchObject({ portal: 'regional-ent', role: 'other' });
  });
});

describe('page roles are pack data', () => {
  /** Lyon's pack plus a role no code knows, declared at `at` in the precedence list. */
  const withPasswordChange = (at: number): Pack => {
    const p = structuredClone(raw) as any;
    p.pageRoles.splice(at, 0, 'password-change');
    const fact = (path: string) => ({ value: [{ path }], confidence: 'guess', sources: ['test'] });
    p.webmail.pages['password-change'] = fact('/iwc_static/layout/password.html');
    p.portals.find((x: { id: string }) => x.id === 'staff-portal').pages['password-change'] = fact('/login/ct_logon_chpwd.jsp');
    p.academy.pages['password-change'] = fact('/motdepasse*');
    return Pack.parse(p);
  };
  const roleOn = (p: Pack, url: string) => {
    const role = compileMatcher(p).classify(url).role;
    expect(linearClassify(p, url).role).toBe(role);
    return role;
  };

  it('a role the pack declares is classified, on the webmail, a portal and any academy host', () => {
    const p = withPasswordChange(pack.pageRoles.length);
    expect(roleOn(p, 'https://webmail.ac-lyon.fr/iwc_static/layout/password.html')).toBe('password-change');
    expect(roleOn(p, 'https://unknown.ac-lyon.fr/motdepasse/oubli')).toBe('password-change');
    expect(roleOn(p, 'https://evil.example/motdepasse/oubli')).toBe('other');
    expect(roleOn(p, 'https://webmail.ac-lyon.fr/iwc_static/layout/main.html')).toBe('inbox');
  });

  it('when a page matches several roles, the first declared wins', () => {
    const url = 'https://portail.ac-lyon.fr/login/ct_logon_chpwd.jsp'; // also an Arena login page
    expect(roleOn(withPasswordChange(0), url)).toBe('password-change');
    expect(roleOn(withPasswordChange(pack.pageRoles.length), url)).toBe('login');
  });
});

describe('specificity on hand-made packs', () => {
  const packWith = (...portals: ReturnType<typeof makePortal>[]): Pack => ({
    ...pack,
    webmail: { ...pack.webmail, portal: 'mail' },
    portals: [makePortal('mail', [{ host: 'webmail.ac-lyon.fr', subdomains: 'none' }]), ...portals],
  });
  const idOf = (p: Pack, url: string) => {
    const compiled = compileMatcher(p).classify(url).portal?.id ?? null;
    expect(linearClassify(p, url).portal?.id ?? null).toBe(compiled);
    return compiled;
  };

  it('deeper host beats shallower, whatever the path', () => {
    const p = packWith(
      makePortal('parent', [{ host: 'ac-lyon.fr', subdomains: 'include', path: '/a/b/c' }]),
      makePortal('child', [{ host: 'x.ac-lyon.fr', subdomains: 'include' }]),
    );
    expect(idOf(p, 'https://y.x.ac-lyon.fr/a/b/c')).toBe('child');
    expect(idOf(p, 'https://y.z.ac-lyon.fr/a/b/c')).toBe('parent');
    expect(idOf(p, 'https://y.z.ac-lyon.fr/a/b')).toBe(null);
  });

  it('"none" beats "include" on the host itself; "include" wins on subdomains', () => {
    const p = packWith(
      makePortal('inc', [{ host: 'x.ac-lyon.fr', subdomains: 'include', path: '/deep/path' }]),
      makePortal('exact', [{ host: 'x.ac-lyon.fr', subdomains: 'none' }]),
    );
    expect(idOf(p, 'https://x.ac-lyon.fr/deep/path')).toBe('exact');
    expect(idOf(p, 'https://a.x.ac-lyon.fr/deep/path')).toBe('inc');
    expect(idOf(p, 'https://a.x.ac-lyon.fr/other')).toBe(null);
  });

  it('falls back to "include" on the host itself when "none" patterns miss on path', () => {
    const p = packWith(
      makePortal('inc', [{ host: 'x.ac-lyon.fr', subdomains: 'include' }]),
      makePortal('exact', [{ host: 'x.ac-lyon.fr', subdomains: 'none', path: '/only-here' }]),
    );
    expect(idOf(p, 'https://x.ac-lyon.fr/only-here/1')).toBe('exact');
    expect(idOf(p, 'https://x.ac-lyon.fr/elsewhere')).toBe('inc');
  });

  it('longest path wins; exact segment beats star at equal length; query breaks ties; then pack order', () => {
    const p = packWith(
      makePortal('root', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/' }]),
      makePortal('a', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a' }]),
      makePortal('a-star', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a*' }]),
      makePortal('ab', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a/b' }]),
      makePortal('ab-q', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a/b', query: { v: '1' } }]),
      makePortal('ab-dup', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a/b' }]),
      makePortal('abc-star', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/a/bc*' }]),
      makePortal('dir', [{ host: 'p.ac-lyon.fr', subdomains: 'none', path: '/d/' }]),
    );
    expect(idOf(p, 'https://p.ac-lyon.fr/a')).toBe('a');
    expect(idOf(p, 'https://p.ac-lyon.fr/ax')).toBe('a-star');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/x')).toBe('a');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/b/c')).toBe('ab');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/b?v=1')).toBe('ab-q');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/b?v=2')).toBe('ab');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/bcd')).toBe('abc-star');
    expect(idOf(p, 'https://p.ac-lyon.fr/a/bc/d')).toBe('abc-star');
    expect(idOf(p, 'https://p.ac-lyon.fr/d')).toBe('root');
    expect(idOf(p, 'https://p.ac-lyon.fr/d/')).toBe('dir');
    expect(idOf(p, 'https://p.ac-lyon.fr/d/x')).toBe('dir');
    expect(idOf(p, 'https://p.ac-lyon.fr/')).toBe('root');
  });

  it('IP literal hosts never match, even when a pack names one', () => {
    const p: Pack = {
      ...packWith(makePortal('ip', [{ host: '10.0.0.1', subdomains: 'none' }]), makePortal('num', [{ host: '0.1', subdomains: 'include' }])),
      academy: { ...pack.academy, domains: ['ac-lyon.fr', '10.0.0.1'] },
    };
    const m = compileMatcher(p);
    for (const url of ['http://10.0.0.1/', 'http://10.1/', 'http://167772161/', 'http://0xa.0.0.1/']) {
      expect(view(m.classify(url))).toEqual({ academy: false, host: '10.0.0.1', portal: null, role: 'other' });
      expect(view(linearClassify(p, url))).toEqual({ academy: false, host: '10.0.0.1', portal: null, role: 'other' });
    }
  });

  it('query values must be exact and present', () => {
    const p = packWith(makePortal('q', [{ host: 'q.ac-lyon.fr', subdomains: 'none', query: { page: 'login', a: 'b c' } }]));
    expect(idOf(p, 'https://q.ac-lyon.fr/?page=login&a=b+c')).toBe('q');
    expect(idOf(p, 'https://q.ac-lyon.fr/?a=b%20c&page=x&page=login')).toBe('q');
    expect(idOf(p, 'https://q.ac-lyon.fr/?page=login')).toBe(null);
    expect(idOf(p, 'https://q.ac-lyon.fr/?page=Login&a=b+c')).toBe(null);
    expect(idOf(p, 'https://q.ac-lyon.fr/#page=login&a=b+c')).toBe(null);
  });

  it('several academy domains', () => {
    const p: Pack = { ...packWith(makePortal('x', [{ host: 'x.ac-grenoble.fr', subdomains: 'none' }])), academy: { ...pack.academy, domains: ['ac-lyon.fr', 'ac-grenoble.fr'] } };
    const m = compileMatcher(p);
    expect(view(m.classify('https://x.ac-grenoble.fr/'))).toMatchObject({ academy: true, portal: 'x' });
    expect(view(m.classify('https://y.ac-grenoble.fr/'))).toMatchObject({ academy: true, portal: null });
    expect(view(m.classify('https://ac-grenoble.fr.example/'))).toMatchObject({ academy: false });
  });
});

describe('generated 2,000-portal pack', () => {
  const big = syntheticPack(pack, 2000);
  const m = compileMatcher(big);
  it('is a valid pack', () => {
    expect(() => Pack.parse(big)).not.toThrow();
    expect(m.patternCount).toBe(big.portals.reduce((n, p) => n + p.urls.value.length, 0));
  });
  it.each([
    ['https://site0.etab.ac-lyon.fr/', 'gen-0'],
    ['https://other.etab.ac-lyon.fr/', 'school-sites'],
    ['https://a.b.zone4.ac-lyon.fr/x', 'gen-4'],
    ['https://zone4.ac-lyon.fr/', 'gen-4'],
    ['https://x.ecoles5.ac-lyon.fr/', 'gen-5'],
    ['https://ecoles5.ac-lyon.fr/', null],
    ['https://pedagogie.ac-lyon.fr/disc-6/', 'gen-6'],
    ['https://pedagogie.ac-lyon.fr/disc-7/espace-prof/', 'gen-7'],
    ['https://pedagogie.ac-lyon.fr/disc-7/espace', 'gen-7'],
    ['https://pedagogie.ac-lyon.fr/disc-7/', 'pedagogie'],
    ['https://pedagogie.ac-lyon.fr/disc-66/?lang=fr', 'gen-66'],
    ['https://pedagogie.ac-lyon.fr/disc-66/?lang=en', 'pedagogie'],
    ['https://pedagogie.ac-lyon.fr/disc-6x/', 'pedagogie'],
  ])('%s → %s', (url, id) => {
    expect(m.classify(url).portal?.id ?? null).toBe(id);
    expect(linearClassify(big, url).portal?.id ?? null).toBe(id);
  });
  it('generated portals have their own login pages', () => {
    expect(m.classify('https://pedagogie.ac-lyon.fr/disc-6/spip/ecrire/').role).toBe('other');
    expect(m.classify('https://site0.etab.ac-lyon.fr/spip/ecrire/').role).toBe('login');
  });
});

describe('hosts beyond the DNS limits (253 characters, 127 labels, 63 per label)', () => {
  /** Steps the compiled matcher takes for one URL (probes, trie steps, checks): work counted, not timed. */
  const cost = (url: string) => {
    const before = matcher.steps();
    matcher.classify(url);
    return matcher.steps() - before;
  };
  const labels = (n: number) => 'a.'.repeat(n);
  const longest = `${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(56)}.ac-lyon.fr`; // 253 characters

  it('are no site: neither academic nor named, in both matchers', () => {
    expect(longest).toHaveLength(253);
    expect(both(`https://${longest}/`)).toEqual({ academy: true, host: longest, portal: null, role: 'other' });
    for (const host of [
      `x${longest}`, // 254 characters
      `${labels(126)}ac-lyon.fr`, // 128 labels (262 characters)
      `${'a'.repeat(64)}.ac-lyon.fr`, // a label of 64
      `${labels(8_000)}ac-lyon.fr`, // 16 KB
      `${labels(1024 * 1024 - 8)}ac-lyon.fr`, // 2 MB
      `a${'.'.repeat(100_000)}ac-lyon.fr`, // a run of dots
      `webmail.ac-lyon.fr${'.'.repeat(300)}`, // trailing dots past a root dot
    ]) {
      expect(both(`https://${host}/`)).toEqual(view(notWeb()));
    }
    expect(both(`https://${'a'.repeat(63)}.ac-lyon.fr/`).academy).toBe(true);
    expect(both(`https://webmail.ac-lyon.fr./owa/`).portal).toBe('webmail');
  });

  it('cost no more steps than a short host, however long they are', () => {
    const short = cost('https://x.ac-lyon.fr/');
    expect(short).toBeGreaterThan(0);
    expect(cost(`https://${labels(8_000)}ac-lyon.fr/`)).toBeLessThanOrEqual(short);
    expect(cost(`https://${labels(1024 * 1024 - 8)}ac-lyon.fr/`)).toBeLessThanOrEqual(short);
    expect(cost(`https://u:p@${labels(1024 * 1024 - 8)}ac-lyon.fr/`)).toBeLessThanOrEqual(short);
    // The longest valid host costs at most one probe per label (127), whatever it holds.
    expect(cost(`https://${labels(121)}ac-lyon.fr/`)).toBeLessThanOrEqual(130);
  });

  it('a long URL is still read when its host is short (a long path or query is no hostile host)', () => {
    expect(both(`https://webmail.ac-lyon.fr/owa/?x=${'y'.repeat(100_000)}`).portal).toBe('webmail');
    expect(both(`HTTPS:\\\\webmail.ac-lyon.fr\\owa?${'y'.repeat(5_000)}`).portal).toBe('webmail');
    expect(both(`  \thttps://webmail.ac-lyon.fr#${'y'.repeat(5_000)}`).portal).toBe('webmail');
    expect(both(`https://${'u'.repeat(2_000)}@webmail.ac-lyon.fr/`)).toEqual(view(notWeb()));
  });
});
