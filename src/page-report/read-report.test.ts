import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile';
import { bundledPack as pack } from '../rules/bundled';
import { readPageReport } from './read-report';

const matcher = compileMatcher(pack);
const SEEN_ALL = { passwordField: true, inboxMarkers: true };
const SIGN_ON = 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp';

describe('a page report read as the background keeps it', () => {
  it('keeps of the address only what the pack names (no ticket, no user), and of the signals only those watched there', () => {
    const { watch, facts } = readPageReport(pack, matcher, 'https://drane.ac-lyon.fr/spip/spip.php?page=login&user=jean.dupont&ticket=ST-1#top', SEEN_ALL, []);
    expect(facts.url).toBe('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    expect(facts.classification.portal?.id).toBe('drane');
    // A password field on a portal without the mailbox is what the banner is about; inbox markers mean nothing there.
    expect(watch).toEqual({ passwordField: true, inboxMarkers: [] });
    expect(facts.signals).toEqual({ passwordField: true, inboxMarkers: false });
    expect(facts.towardMailbox).toBeUndefined();
  });

  it("a user name in the path (SOGo's inbox) is kept as a wildcard, and the inbox markers watched there are kept", () => {
    const { facts } = readPageReport(pack, matcher, 'https://webmail.ac-lyon.fr/SOGo/so/jean.dupont/Mail/view#!/Mail/0/inbox', SEEN_ALL, []);
    expect(facts.url).toBe('https://webmail.ac-lyon.fr/SOGo/so/*/Mail/view');
    expect(facts.signals.inboxMarkers).toBe(true);
  });

  it('outside the academy nothing is watched and nothing reported is kept', () => {
    const { watch, facts } = readPageReport(pack, matcher, 'https://example.org/login.html', SEEN_ALL, []);
    expect(facts.classification.academy).toBe(false);
    expect(watch).toEqual({ passwordField: false, inboxMarkers: [] });
    expect(facts.signals).toEqual({ passwordField: false, inboxMarkers: false });
  });

  it('the sign-on page is on the way to the mailbox when the tab came from the webmail, not otherwise', () => {
    expect(readPageReport(pack, matcher, SIGN_ON, SEEN_ALL, ['webmail.ac-lyon.fr', 'portail.ac-lyon.fr']).facts.towardMailbox).toBe(true);
    expect(readPageReport(pack, matcher, SIGN_ON, SEEN_ALL, ['portail.ac-lyon.fr']).facts.towardMailbox).toBeUndefined();
  });
});
