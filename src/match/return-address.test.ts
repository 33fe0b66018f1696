import { describe, expect, it } from 'vitest';
import { returnHosts } from './return-address';

const PARAMS = ['CT_ORIG_URL', 'service', 'TARGET', 'RelayState', 'goto', 'redirect_uri', 'url'];
const W = encodeURIComponent('https://webmail.ac-lyon.fr/');

describe('return addresses of sign-on pages', () => {
  it.each([
    ['ARENA, absolute', `https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=${W}`],
    ['ARENA, lower-case name', `https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?ct_orig_url=${W}`],
    ['ARENA, relative SSO path holding the target, encoded twice', `https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=${encodeURIComponent(`/sso/SSO?TARGET=${W}`)}`],
    ['CAS', `https://cas.ac-lyon.fr/cas/login?service=${W}`],
    ['OpenAM', `https://sso.ac-lyon.fr/openam/UI/Login?goto=${W}`],
    ['LemonLDAP::NG (Base64)', `https://auth.ac-lyon.fr/?url=${btoa('https://webmail.ac-lyon.fr/')}`],
  ])('%s: the webmail', (_name, url) => {
    expect(returnHosts(url, PARAMS)).toContain('webmail.ac-lyon.fr');
  });

  it('a page without one, a parameter the pack does not name, or a value that is no address: none', () => {
    expect(returnHosts('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', PARAMS)).toEqual([]);
    expect(returnHosts(`https://portail.ac-lyon.fr/?next=${W}`, PARAMS)).toEqual([]);
    expect(returnHosts('https://portail.ac-lyon.fr/?RelayState=ss%3Amem%3Aabc123', PARAMS)).toEqual([]);
    expect(returnHosts('not a url', PARAMS)).toEqual([]);
  });

  it("a relative return path is the page's own host, not the webmail", () => {
    expect(returnHosts('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=%2Farena%2F', PARAMS)).toEqual(['portail.ac-lyon.fr']);
  });
});

describe('hostile return addresses', () => {
  it('reads a bounded number of them, however many a query nests', () => {
    // 200 return addresses, each nesting 200 more, three deep: 8,000,000 values if all were read.
    const inner = `https://a.ac-lyon.fr/?${Array.from({ length: 200 }, (_, i) => `service=${encodeURIComponent(`https://h${i}.ac-lyon.fr/`)}`).join('&')}`;
    const middle = `https://b.ac-lyon.fr/?${Array(200).fill(`service=${encodeURIComponent(inner)}`).join('&')}`;
    const url = `https://portail.ac-lyon.fr/?${Array(200).fill(`service=${encodeURIComponent(middle.slice(0, 4000))}`).join('&')}`;
    expect(returnHosts(url, PARAMS).length).toBeLessThanOrEqual(32);
    expect(returnHosts(`https://portail.ac-lyon.fr/?service=${W}`, PARAMS)).toEqual(['webmail.ac-lyon.fr']);
  });
});
