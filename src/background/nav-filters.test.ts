import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { heardByFilters, loginRequestUrls, navigationFilters } from './nav-filters';

/** Chrome's match-pattern semantics for the patterns we emit (`*://*.host/path*`), enough to check them. */
function matches(pattern: string, url: string): boolean {
  const m = /^\*:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern)!;
  const [, host, path] = m;
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol) || !(u.hostname === host || u.hostname.endsWith(`.${host}`))) return false;
  const glob = new RegExp(`^${path!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

describe('loginRequestUrls', () => {
  const urls = loginRequestUrls(bundledPack);
  const heard = (u: string) => urls.some((p) => matches(p, u));

  it("hears the posts of every login form the pack names, on the academy's hosts", () => {
    expect(heard('https://webmail.ac-lyon.fr/iwc/svc/iwcp/login.iwc')).toBe(true);
    expect(heard('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?x=1')).toBe(true);
    expect(heard('https://portail.ac-lyon.fr/alogin/ct_logon.jsp')).toBe(true);
    expect(heard('https://portail.ac-lyon.fr/sso/SSO?SAMLRequest=abc')).toBe(true);
  });

  it("does not hear ordinary pages, the webmail's polling, nor other sites", () => {
    expect(heard('https://drane.ac-lyon.fr/spip/spip.php?page=login')).toBe(false);
    expect(heard('https://webmail.ac-lyon.fr/iwc_static/layout/main.html')).toBe(false);
    expect(heard('https://webmail.ac-lyon.fr/iwc/svc/wmap/msg.mjs?rev=3')).toBe(false);
    expect(heard('https://www.ac-lyon.fr/')).toBe(false);
    expect(heard('https://evil.example/sso/SSO')).toBe(false);
    expect(heard('https://ac-lyon.fr.evil.example/sso/SSO')).toBe(false);
  });

  it('is derived from the pack: another endpoint is heard once the pack names it', () => {
    const pack = { ...bundledPack, loginEndpoints: { value: [{ path: '/cas/login' }], confidence: 'guess' as const, sources: ['test'] } };
    expect(loginRequestUrls(pack).some((p) => matches(p, 'https://cas.ac-lyon.fr/cas/login?service=x'))).toBe(true);
    expect(loginRequestUrls(pack).some((p) => matches(p, 'https://portail.ac-lyon.fr/sso/SSO'))).toBe(false);
  });
});

describe('navigationFilters', () => {
  it("covers the academy's domain and its subdomains", () => {
    const filters = navigationFilters(bundledPack);
    expect(filters).toContainEqual({ hostEquals: 'ac-lyon.fr' });
    expect(filters).toContainEqual({ hostSuffix: '.ac-lyon.fr' });
  });
});

describe('heardByFilters', () => {
  it("tells which hosts the academy's filtered listeners already hear, so a journey's unfiltered ones hear only the rest", () => {
    const heard = heardByFilters(navigationFilters(bundledPack));
    expect(heard('drane.ac-lyon.fr')).toBe(true);
    expect(heard('ac-lyon.fr')).toBe(true);
    expect(heard('example.org')).toBe(false);
    expect(heard('ac-lyon.fr.evil.example')).toBe(false);
    expect(heard('notac-lyon.fr')).toBe(false);
  });
});
