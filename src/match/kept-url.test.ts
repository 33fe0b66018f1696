import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { keptUrl, patternQueryNames } from './kept-url';

describe('what is kept of an address', () => {
  it("origin and path, the pack's pattern parameters, and nothing else: no fragment, no ticket, no return address", () => {
    const names = [...patternQueryNames(bundledPack)];
    expect(names).toContain('page'); // SPIP's ?page=login
    expect(keptUrl('https://drane.ac-lyon.fr/spip/spip.php?page=login&user=jean.dupont&ticket=ST-123#top', bundledPack)).toBe('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    expect(keptUrl('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=%2Fsso%2FSSO%3Fx', bundledPack)).toBe('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp');
    expect(keptUrl('nonsense', bundledPack)).toBe('');
  });
});
