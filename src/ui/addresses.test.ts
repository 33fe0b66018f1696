import { describe, expect, it } from 'vitest';
import { patternLabels, patternsLabels, prettyUrl } from './addresses';

describe('addresses', () => {
  it('drops the scheme and a lone root slash', () => {
    expect(prettyUrl('https://webmail.ac-lyon.fr/')).toBe('webmail.ac-lyon.fr');
    expect(prettyUrl('https://drane.ac-lyon.fr/spip/')).toBe('drane.ac-lyon.fr/spip/');
    expect(prettyUrl('http://www.ac-lyon.fr/a?b=c')).toBe('www.ac-lyon.fr/a?b=c');
    expect(prettyUrl('not a url')).toBe('not a url');
  });

  it('reads every kind of pattern', () => {
    expect(patternLabels({ host: 'webmail.ac-lyon.fr', subdomains: 'none' })).toEqual(['webmail.ac-lyon.fr']);
    expect(patternLabels({ host: 'enseigne.ac-lyon.fr', subdomains: 'only' })).toEqual(['*.enseigne.ac-lyon.fr']);
    expect(patternLabels({ host: 'edu01.ac-lyon.fr', subdomains: 'include' })).toEqual(['edu01.ac-lyon.fr', '*.edu01.ac-lyon.fr']);
    expect(patternLabels({ host: 'www.ac-lyon.fr', subdomains: 'none', path: '/dsden01' })).toEqual(['www.ac-lyon.fr/dsden01']);
    expect(patternLabels({ host: 'a.ac-lyon.fr', subdomains: 'none', path: '/spip.php', query: { page: 'login' } })).toEqual([
      'a.ac-lyon.fr/spip.php?page=login',
    ]);
    expect(patternLabels({ host: 'a.ac-lyon.fr', subdomains: 'none', path: '/' })).toEqual(['a.ac-lyon.fr']);
  });

  it('lists several patterns once each', () => {
    expect(
      patternsLabels([
        { host: 'a.ac-lyon.fr', subdomains: 'none' },
        { host: 'a.ac-lyon.fr', subdomains: 'include' },
      ]),
    ).toEqual(['a.ac-lyon.fr', '*.a.ac-lyon.fr']);
  });
});
