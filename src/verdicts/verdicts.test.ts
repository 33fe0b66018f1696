import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile';
import { bundledPack as pack } from '../rules/bundled';
import { tabView } from '../background/views';
import { factsFor } from '../page-report/read-report';
import { resolveVerdict, VERDICTS } from '.';
import { tabFacts } from './testing';

const matcher = compileMatcher(pack);
const verdict = (url: string, passwordField = false, inboxMarkers = false) =>
  resolveVerdict(factsFor(matcher, url, { passwordField, inboxMarkers }), pack).id;

describe('page verdicts', () => {
  it.each([
    ['https://example.org/login', true, false, 'not-academy'],
    ['https://ac-lyon.fr@evil.example/', true, false, 'not-academy'],
    ['https://inconnu.ac-lyon.fr/', false, false, 'academy-unknown'],
    ['https://inconnu.ac-lyon.fr/', true, false, 'academy-unknown'],
    ['https://drane.ac-lyon.fr/spip/', false, false, 'portal'],
    ['https://drane.ac-lyon.fr/spip/spip.php?page=login', true, false, 'portal-login-no-mailbox'],
    ['https://maths.enseigne.ac-lyon.fr/spip/ecrire/', true, false, 'portal-login-no-mailbox'],
    ['https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', true, false, 'portal-login-no-mailbox'],
    ['https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', false, false, 'portal'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/login.html', false, false, 'webmail-login'],
    ['https://webmail.ac-lyon.fr/', true, false, 'webmail-login'],
    ['https://webmail.ac-lyon.fr/', false, true, 'webmail-inbox'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/main.html?lang=fr', false, false, 'webmail-inbox'],
    ['https://webmail.ac-lyon.fr/aide', false, false, 'portal'],
  ])('%s (password field %s, inbox markers %s) → %s', (url, pwd, inbox, expected) => {
    expect(verdict(url, pwd, inbox)).toBe(expected);
  });

  describe('the badge warns ("!") when the user must change course, and says "ok" only on the right path (the webmail, or the way to it)', () => {
    // What the user sees decides the severity: a banner interrupting the page and a page that failed to load
    // are the two alarms, and the badge's "!" must agree with them; "ok" is for the webmail's own pages.
    const tabs = fc.sample(tabFacts(pack), { numRuns: 10_000, seed: 8 });
    const told = (v: (typeof VERDICTS)[number]) => tabs.filter((f) => resolveVerdict(f, pack) === v);

    it.each(VERDICTS.map((v) => [v.id, v] as const))('%s', (_id, v) => {
      expect(told(v).length, 'told for some drawn tab').toBeGreaterThan(0);
      const alarm = v.banner !== undefined || told(v).every((f) => f.failure !== undefined);
      expect(v.severity === 'warning', alarm ? 'interrupts the page or tells a failed load: must warn' : 'neither interrupts the page nor tells a failed load: must not warn').toBe(alarm);
      if (v.severity === 'ok') expect(told(v).every((f) => f.classification.portal?.id === pack.webmail.portal || f.towardMailbox === true)).toBe(true);
    });

    it('on real pages: a password field on the DRANE warns, on the webmail is ok, the DRANE home informs', () => {
      const warn = (url: string, pwd: boolean) => tabView(factsFor(matcher, url, { passwordField: pwd, inboxMarkers: false }), pack, 'fr').severity;
      expect(warn('https://drane.ac-lyon.fr/spip/ecrire/', true)).toBe('warning');
      expect(warn('https://webmail.ac-lyon.fr/', true)).toBe('ok');
      expect(warn('https://drane.ac-lyon.fr/spip/', false)).toBe('info');
    });
  });

  it('tells the portal, its role and hedged facts in the popup', () => {
    const view = tabView(factsFor(matcher, 'https://drane.ac-lyon.fr/spip/', { passwordField: false, inboxMarkers: false }), pack, 'fr');
    expect(view.headline).toBe('Vous êtes sur DRANE — numérique éducatif');
    expect(view.lines).toContain("On ne sait pas si ce site accepte vos identifiants académiques (à confirmer).");
    expect(view.portal).toMatchObject({ id: 'drane', mailbox: { value: false, confirmed: true } });
  });
});
