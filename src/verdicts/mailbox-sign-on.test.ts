import { describe, expect, it } from 'vitest';
import { bannerFor, tabView } from '../background/views';
import { factsFor } from '../page-report/read-report';
import { compileMatcher } from '../match/compile';
import { bundledPack as pack } from '../rules/bundled';

const matcher = compileMatcher(pack);
// The staff portal's sign-on page, where the webmail sends its users in académies that sign in through ARENA.
const SIGN_ON = 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp';
const PWD = { passwordField: true, inboxMarkers: false };

describe('mailbox-sign-on', () => {
  it.each(['fr', 'en'] as const)('the staff portal sign-on page on the way to the webmail is the way in, told in %s: no warning, no banner', (lang) => {
    const facts = { ...factsFor(matcher, SIGN_ON, PWD), towardMailbox: true as const };
    const view = tabView(facts, pack, lang);
    expect(view.verdict).toBe('mailbox-sign-on');
    expect(view.severity).toBe('ok');
    expect([view.headline, ...view.lines].join(' ')).toContain('webmail.ac-lyon.fr');
    expect([view.headline, ...view.lines].join(' ')).not.toMatch(/TODO|\$\d|v_[a-z]/);
    expect(bannerFor(facts, pack, lang, new Set())).toBeNull();
  });

  it('the same page reached otherwise is told as the pack knows it (not the way to the mailbox)', () => {
    expect(tabView(factsFor(matcher, SIGN_ON, PWD), pack, 'fr').verdict).toBe('portal-login-no-mailbox');
  });

  it('a login that came back to the sign-on form did fail, on the way to the mailbox too', () => {
    const journey = { path: ['webmail.ac-lyon.fr', 'portail.ac-lyon.fr'], loginHost: 'portail.ac-lyon.fr', landingHost: 'portail.ac-lyon.fr', startedAt: 1, landedAt: 2 };
    const facts = { ...factsFor(matcher, SIGN_ON, PWD), towardMailbox: true as const, journey };
    expect(tabView(facts, pack, 'fr').verdict).toBe('login-failed');
  });
});
