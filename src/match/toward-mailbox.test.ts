import { describe, expect, it } from 'vitest';
import { bundledPack as pack } from '../rules/bundled';
import { towardMailbox } from './toward-mailbox';

const SIGN_ON = 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp';

describe('on the way to the mailbox', () => {
  it('the webmail sent the tab to the sign-on page (redirect chain), or the page returns to the webmail', () => {
    expect(towardMailbox(SIGN_ON, pack, ['webmail.ac-lyon.fr', 'portail.ac-lyon.fr'])).toBe(true);
    expect(towardMailbox(`${SIGN_ON}?CT_ORIG_URL=${encodeURIComponent('https://webmail.ac-lyon.fr/')}`, pack, [])).toBe(true);
  });

  it('the same page reached otherwise, or returning elsewhere, is not; nor the webmail itself', () => {
    expect(towardMailbox(SIGN_ON, pack, ['portail.ac-lyon.fr'])).toBe(false);
    expect(towardMailbox(`${SIGN_ON}?CT_ORIG_URL=${encodeURIComponent('https://drane.ac-lyon.fr/spip/')}`, pack, ['drane.ac-lyon.fr', 'portail.ac-lyon.fr'])).toBe(false);
    expect(towardMailbox('https://webmail.ac-lyon.fr/', pack, ['portail.ac-lyon.fr', 'webmail.ac-lyon.fr'])).toBe(false);
  });
});
