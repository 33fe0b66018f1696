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
