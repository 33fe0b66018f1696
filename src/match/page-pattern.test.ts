import { describe, expect, it } from 'vitest';
import { matchesPagePattern, normalizeHost } from './compile';
import { isAtOrUnder, isIpLiteral, isMatchableHost, isUnderAny, parseWebUrl, pathSegments, webHost, withinDnsLimits } from './normalize';

const m = (url: string, path: string, query?: Record<string, string>) => matchesPagePattern(new URL(url), query ? { path, query } : { path });

describe('normalizeHost', () => {
  it.each([
    ['WEBMAIL.AC-LYON.FR.', 'webmail.ac-lyon.fr'],
    ['webmail.ac-lyon.fr...', 'webmail.ac-lyon.fr'],
    ['Ac-Lyon.Fr', 'ac-lyon.fr'],
    ['ac-lyon.fr', 'ac-lyon.fr'],
    ['.', ''],
    ['', ''],
  ])('%j → %j', (input, output) => expect(normalizeHost(input)).toBe(output));
});

describe('host helpers', () => {
  it('recognises IP literals', () => {
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('10.0.0.1')).toBe(true);
    expect(isIpLiteral('10.0.0.ac-lyon.fr')).toBe(false);
    expect(isMatchableHost('a..b')).toBe(false);
    expect(isMatchableHost('.b')).toBe(false);
    expect(isMatchableHost('')).toBe(false);
    expect(isMatchableHost('webmail.ac-lyon.fr')).toBe(true);
  });
  it('tells a host at or under a domain by whole labels', () => {
    expect(isAtOrUnder('ac-lyon.fr', 'ac-lyon.fr')).toBe(true);
    expect(isAtOrUnder('webmail.ac-lyon.fr', 'ac-lyon.fr')).toBe(true);
    expect(isAtOrUnder('xac-lyon.fr', 'ac-lyon.fr')).toBe(false);
    expect(isAtOrUnder('ac-lyon.fr.evil.example', 'ac-lyon.fr')).toBe(false);
    expect(isUnderAny('drane.ac-lyon.fr', ['education.gouv.fr', 'ac-lyon.fr'])).toBe(true);
    expect(isUnderAny('evil.example', ['education.gouv.fr', 'ac-lyon.fr'])).toBe(false);
    expect(isUnderAny('ac-lyon.fr', [])).toBe(false);
  });
  it('parses only http(s)', () => {
    expect(parseWebUrl('https://x.fr/')?.hostname).toBe('x.fr');
    expect(parseWebUrl('ftp://x.fr/')).toBeNull();
    expect(parseWebUrl('::')).toBeNull();
  });
  it('keeps a host only within the DNS limits, whatever its length (no regex over a run of dots)', () => {
    expect(webHost('https://WebMail.AC-Lyon.fr./owa/?x#y')).toBe('webmail.ac-lyon.fr');
    expect(webHost(`https://${'a'.repeat(63)}.fr/`)).toBe(`${'a'.repeat(63)}.fr`);
    expect(webHost(`https://${'a'.repeat(64)}.fr/`)).toBeNull();
    expect(webHost(`https://${'a.'.repeat(125)}fr/`)).toBe(`${'a.'.repeat(125)}fr`); // 126 labels, 252 characters
    expect(webHost(`https://${'a.'.repeat(127)}fr/`)).toBeNull(); // 128 labels
    expect(webHost(`https://a${'.'.repeat(20_000)}b.fr/`)).toBeNull();
    expect(webHost(`https://${'a.'.repeat(1024 * 1024 - 8)}fr/`)).toBeNull();
    expect(withinDnsLimits('a'.repeat(253))).toBe(false); // one label of 253
    expect(withinDnsLimits(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`)).toBe(true);
    expect(withinDnsLimits(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`)).toBe(false);
  });
  it('splits paths', () => {
    expect(pathSegments('/')).toEqual(['']);
    expect(pathSegments('/a/b/')).toEqual(['a', 'b', '']);
  });
});

describe('matchesPagePattern', () => {
  it('matches whole segments', () => {
    expect(m('https://h/enseigne', '/enseigne')).toBe(true);
    expect(m('https://h/enseigne/', '/enseigne')).toBe(true);
    expect(m('https://h/enseigne/maths/x', '/enseigne')).toBe(true);
    expect(m('https://h/enseignement', '/enseigne')).toBe(false);
    expect(m('https://h/', '/enseigne')).toBe(false);
    expect(m('https://h/x/enseigne', '/enseigne')).toBe(false);
  });
  it('treats a final * as a prefix on the last segment', () => {
    expect(m('https://h/login/ct_logon_mixte.jsp', '/login/ct_logon*')).toBe(true);
    expect(m('https://h/login/ct_logon.jsp', '/login/ct_logon*')).toBe(true);
    expect(m('https://h/login/ct_logon', '/login/ct_logon*')).toBe(true);
    expect(m('https://h/login/ct_logo', '/login/ct_logon*')).toBe(false);
    expect(m('https://h/logins/ct_logon.jsp', '/login/ct_logon*')).toBe(false);
  });
  it('treats a trailing slash as "under this directory"', () => {
    expect(m('https://h/spip/', '/spip/')).toBe(true);
    expect(m('https://h/spip/x', '/spip/')).toBe(true);
    expect(m('https://h/spip', '/spip/')).toBe(false);
    expect(m('https://h/anything', '/')).toBe(true);
  });
  it('compares the percent-encoded, case-sensitive pathname', () => {
    expect(m('https://h/caf%C3%A9/', '/caf%C3%A9')).toBe(true);
    expect(m('https://h/café/', '/caf%C3%A9')).toBe(true);
    expect(m('https://h/%65nseigne', '/enseigne')).toBe(false);
    expect(m('https://h/Enseigne', '/enseigne')).toBe(false);
    expect(m('https://h/a/../enseigne', '/enseigne')).toBe(true);
  });
  it('requires every query parameter with its exact value', () => {
    expect(m('https://h/spip.php?page=login', '/spip.php', { page: 'login' })).toBe(true);
    expect(m('https://h/spip.php?x=1&page=login', '/spip.php', { page: 'login' })).toBe(true);
    expect(m('https://h/spip.php?page=login2', '/spip.php', { page: 'login' })).toBe(false);
    expect(m('https://h/spip.php', '/spip.php', { page: 'login' })).toBe(false);
    expect(m('https://h/spip.php?page=login', '/spip.php', { page: 'login', lang: 'fr' })).toBe(false);
    expect(m('https://h/spip.php?page=login&lang=fr', '/spip.php', { page: 'login', lang: 'fr' })).toBe(true);
  });
  it('never matches URLs without a hierarchical path', () => {
    expect(m('about:blank', '/')).toBe(false);
  });
});

describe('page patterns: a lone "*" segment and exact paths', () => {
  const page = (url: string, path: string, exact?: boolean) => matchesPagePattern(new URL(url), exact === undefined ? { path } : { path, exact });
  it('a middle "*" is exactly one whole, non-empty segment', () => {
    expect(page('https://h/SOGo/so/jean.dupont/Mail/view', '/SOGo/so/*/Mail*')).toBe(true);
    expect(page('https://h/SOGo/so/a%40b/Mail', '/SOGo/so/*/Mail')).toBe(true);
    expect(page('https://h/SOGo/so//Mail/view', '/SOGo/so/*/Mail*')).toBe(false);
    expect(page('https://h/SOGo/so/a/b/Mail/view', '/SOGo/so/*/Mail*')).toBe(false);
    expect(page('https://h/SOGo/so/jean/Calendar/view', '/SOGo/so/*/Mail*')).toBe(false);
    expect(page('https://h/SOGo/so/jean', '/SOGo/so/*/Mail*')).toBe(false);
    expect(page('https://h/x/a/y/c/b', '/x/*/y/*/b')).toBe(true);
    expect(page('https://h/x/a/y/c/b/more', '/x/*/y/*/b')).toBe(true);
    expect(page('https://h/x/a/y/c/bb', '/x/*/y/*/b')).toBe(false);
  });
  it('an exact path lets nothing follow, and its trailing "/" counts', () => {
    expect(page('https://h/owa/', '/owa/', true)).toBe(true);
    expect(page('https://h/owa/#path=/mail', '/owa/', true)).toBe(true);
    expect(page('https://h/owa/auth/logon.aspx', '/owa/', true)).toBe(false);
    expect(page('https://h/owa/auth/logon.aspx', '/owa/')).toBe(true);
    expect(page('https://h/owa', '/owa/', true)).toBe(false);
    expect(page('https://h/SOGo/so/u/Mail', '/SOGo/so/*/Mail', true)).toBe(true);
    expect(page('https://h/SOGo/so/u/Mail/view', '/SOGo/so/*/Mail', true)).toBe(false);
  });
});
