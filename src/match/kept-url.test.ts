import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { compileMatcher } from './compile';
import { keptUrl, pageOf, patternQuery } from './kept-url';

describe('what is kept of an address', () => {
  it('where no query is kept (pageOf): the kept address without its query, under the same bounds', () => {
    for (const url of [
      'https://drane.ac-lyon.fr/spip/spip.php?page=login&ticket=ST-1#top',
      'https://jean:secret@webmail.ac-lyon.fr/SOGo/so/jean/Mail/view',
      'HTTPS://WWW.AC-LYON.FR./a/../b',
    ]) {
      expect(pageOf(url)).toBe(keptUrl(url, bundledPack).replace(/\?.*$/, ''));
    }
    for (const url of ['nonsense', 'javascript:alert(1)', `https://${'a.'.repeat(200)}ac-lyon.fr/`, `https://www.ac-lyon.fr/${'a'.repeat(2 * 1024 * 1024)}`]) {
      expect(pageOf(url)).toBeNull();
      expect(keptUrl(url, bundledPack)).toBe('');
    }
  });

  it("origin and path, the pack's pattern parameters, and nothing else: no fragment, no ticket, no return address", () => {
    expect([...patternQuery(bundledPack).keys()]).toContain('page'); // SPIP's ?page=login
    expect(keptUrl('https://drane.ac-lyon.fr/spip/spip.php?page=login&user=jean.dupont&ticket=ST-123#top', bundledPack)).toBe('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    expect(keptUrl('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=%2Fsso%2FSSO%3Fx', bundledPack)).toBe('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp');
    expect(keptUrl('nonsense', bundledPack)).toBe('');
  });

  it('a named parameter is kept only with a value a pattern names, once, and never user info', () => {
    expect(keptUrl('https://drane.ac-lyon.fr/spip/spip.php?page=reset-7f3a9c&x=1', bundledPack)).toBe('https://drane.ac-lyon.fr/spip/spip.php');
    expect(keptUrl(`https://drane.ac-lyon.fr/spip/spip.php?${'page=login&'.repeat(1000)}`, bundledPack)).toBe('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    expect(keptUrl('https://jean:secret@webmail.ac-lyon.fr/owa/', bundledPack)).toBe('https://webmail.ac-lyon.fr/owa/');
    expect(keptUrl(`https://${'a.'.repeat(200)}ac-lyon.fr/`, bundledPack)).toBe('');
    expect(keptUrl('javascript:alert(1)', bundledPack)).toBe('');
  });

  it('the kept address classifies as the address does', () => {
    const matcher = compileMatcher(bundledPack);
    for (const url of [
      'https://drane.ac-lyon.fr/spip/spip.php?page=login&ticket=ST-1',
      'https://drane.ac-lyon.fr/spip/spip.php?page=other',
      'https://webmail.ac-lyon.fr/owa/?ae=Folder&t=IPF.Note#x',
      'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=x',
    ]) {
      expect(matcher.classify(keptUrl(url, bundledPack))).toEqual(matcher.classify(url));
    }
  });
});
