/**
 * The first rule: a warning about a site rests only on sure facts. Checked three ways: every
 * warning declares what it asserts; with every fact of the pack made unsure, the only warnings
 * left are what the browser itself observed; and each unsure fact a warning reads, flipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bannerFor, tabView } from '../background/views';
import { factsFor } from '../page-report/read-report';
import { compileMatcher } from '../match/compile';
import { bundledPack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import type { TabFacts } from '../model/facts';
import { judge, VERDICTS } from '.';
import { tabFacts } from './testing';

/** The pack with `edit` applied to a deep copy. */
const packWith = (edit: (p: Pack) => void): Pack => {
  const p = structuredClone(bundledPack);
  edit(p);
  return p;
};
/** Every fact of the pack, anywhere, at the given confidence (and no institution's confirmation). */
const allAt = (confidence: 'guess' | 'multi'): Pack =>
  packWith((p) => {
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if ('value' in o && 'confidence' in o) {
        o.confidence = confidence;
        delete o.confirmedBy;
      }
      Object.values(o).forEach(walk);
    };
    walk(p);
  });
const CONFIRMED = { by: "DSI de l'académie de Lyon", on: '2026-12-01' };
const PWD = { passwordField: true, inboxMarkers: false };
const NONE = { passwordField: false, inboxMarkers: false };
const journeyTo = (host: string) => ({ path: ['portail.ac-lyon.fr', host], loginHost: 'portail.ac-lyon.fr', landingHost: host, startedAt: 1, landedAt: 2 });

/** What the user sees of a tab: the verdict, the badge's severity, whether a banner shows. */
function seen(pack: Pack, url: string, signals = NONE, extra: Partial<TabFacts> = {}) {
  const facts = { ...factsFor(compileMatcher(pack), url, signals), ...extra };
  const view = tabView(facts, pack, 'fr');
  return { verdict: view.verdict, severity: view.severity, banner: bannerFor(facts, pack, 'fr', new Set()) !== null, text: [view.headline, ...view.lines].join(' ') };
}

describe('never cry wolf', () => {
  it.each(VERDICTS.filter((v) => v.severity === 'warning').map((v) => [v.id, v] as const))('%s declares the site facts it asserts, and a hint if it asserts any', (_id, v) => {
    expect(v.asserts, 'asserts').toBeDefined();
    const asserting = fc.sample(tabFacts(bundledPack), { numRuns: 3000, seed: 16 }).some((f) => v.detect(f, bundledPack) && v.asserts!(f, bundledPack).length > 0);
    if (asserting) expect(v.hint, 'hint').toBeDefined();
  });

  it('with every fact of the pack unsure, the only warnings left are what the browser observed', () => {
    const unsure = allAt('guess');
    fc.assert(
      fc.property(tabFacts(unsure), (facts) => {
        const j = judge(facts, unsure);
        if (j.severity !== 'warning') return true;
        // A failed load, or a login that came back to a password field: both seen by the browser.
        return facts.failure !== undefined || (j.verdict.id === 'login-failed' && facts.signals.passwordField);
      }),
      { numRuns: 5000, seed: 17 },
    );
  });

  it('a hint is never a banner nor a "!", and never says a site lacks the mailbox', () => {
    const unsure = allAt('guess');
    for (const url of ['https://drane.ac-lyon.fr/spip/spip.php?page=login', 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', 'https://maths.enseigne.ac-lyon.fr/spip/spip.php?page=login']) {
      const s = seen(unsure, url, PWD);
      expect(s).toMatchObject({ verdict: 'portal-login-no-mailbox', severity: 'info', banner: false });
      expect(s.text).toContain('Votre messagerie académique est sur webmail.ac-lyon.fr');
      expect(s.text).not.toMatch(/ne donne pas accès|ne contient pas votre messagerie/);
    }
  });

  describe('each unsure fact a warning reads, flipped', () => {
    const DRANE_LOGIN = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
    const ARENA_LOGIN = 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp';

    it('portal.hasMailbox: sure on the DRANE (a warning and its banner), a guess on the staff portal (a hint), confirmed by the institution (a warning)', () => {
      expect(seen(bundledPack, DRANE_LOGIN, PWD)).toMatchObject({ severity: 'warning', banner: true });
      expect(seen(packWith((p) => (p.portals.find((x) => x.id === 'drane')!.hasMailbox.confidence = 'guess')), DRANE_LOGIN, PWD)).toMatchObject({ severity: 'info', banner: false });
      expect(seen(bundledPack, ARENA_LOGIN, PWD)).toMatchObject({ verdict: 'portal-login-no-mailbox', severity: 'info', banner: false });
      expect(seen(packWith((p) => (p.portals.find((x) => x.id === 'staff-portal')!.hasMailbox.confirmedBy = CONFIRMED)), ARENA_LOGIN, PWD)).toMatchObject({ severity: 'warning', banner: true });
    });

    it("portal.urls: a guess that the host is the DRANE's makes its warning a hint", () => {
      expect(seen(packWith((p) => (p.portals.find((x) => x.id === 'drane')!.urls.confidence = 'guess')), DRANE_LOGIN, PWD)).toMatchObject({ severity: 'info', banner: false });
    });

    it('login-without-inbox: on the DRANE a warning; where the landing site only probably lacks the mailbox, a hint; on the webmail host, never', () => {
      expect(seen(bundledPack, 'https://drane.ac-lyon.fr/spip/espace', NONE, { journey: journeyTo('drane.ac-lyon.fr') })).toMatchObject({ verdict: 'login-without-inbox', severity: 'warning', banner: true });
      expect(seen(bundledPack, 'https://portail.ac-lyon.fr/arena/', NONE, { journey: journeyTo('portail.ac-lyon.fr') })).toMatchObject({ verdict: 'login-without-inbox', severity: 'info', banner: false });
      // The webmail on another software: Outlook on the web's inbox, unknown to the pack.
      for (const url of ['https://webmail.ac-lyon.fr/owa/', 'https://webmail.ac-lyon.fr/SOGo/so/jdupont/Mail/view', 'https://webmail.ac-lyon.fr/?_task=mail&_mbox=INBOX'])
        expect(seen(bundledPack, url, NONE, { journey: journeyTo('webmail.ac-lyon.fr') }).severity).not.toBe('warning');
    });

    it('login-failed: a password asked again is seen by the browser (a warning); a login page known by its address only is a hint, unless its pages are confirmed', () => {
      const journey = { journey: journeyTo('portail.ac-lyon.fr') };
      expect(seen(bundledPack, ARENA_LOGIN, PWD, journey)).toMatchObject({ verdict: 'login-failed', severity: 'warning' });
      expect(seen(bundledPack, ARENA_LOGIN, NONE, journey)).toMatchObject({ verdict: 'login-failed', severity: 'info', banner: false });
      const confirmed = packWith((p) => {
        p.academy.pages!.login!.confirmedBy = CONFIRMED;
        const staff = p.portals.find((x) => x.id === 'staff-portal')!;
        if (staff.pages?.login) staff.pages.login.confirmedBy = CONFIRMED;
      });
      expect(seen(confirmed, ARENA_LOGIN, NONE, journey)).toMatchObject({ verdict: 'login-failed', severity: 'warning' });
      // On the webmail's host only a password asked again says so.
      expect(seen(bundledPack, 'https://webmail.ac-lyon.fr/iwc_static/layout/login.html', NONE, { journey: journeyTo('webmail.ac-lyon.fr') }).severity).not.toBe('warning');
      expect(seen(bundledPack, 'https://webmail.ac-lyon.fr/owa/auth/logon.aspx', PWD, { journey: journeyTo('webmail.ac-lyon.fr') })).toMatchObject({ verdict: 'login-failed', severity: 'warning' });
    });

    it('a sign-on page on the way to the webmail is no wrong site, whatever the pack says of it', () => {
      const confirmed = packWith((p) => (p.portals.find((x) => x.id === 'staff-portal')!.hasMailbox.confirmedBy = CONFIRMED));
      expect(seen(confirmed, ARENA_LOGIN, PWD, { towardMailbox: true })).toMatchObject({ verdict: 'mailbox-sign-on', severity: 'ok', banner: false });
    });
  });

  it('the bundled pack confirms nothing on the institution\'s behalf', () => {
    expect(JSON.stringify(bundledPack)).not.toContain('confirmedBy');
  });
});
