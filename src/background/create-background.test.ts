import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../rules/bundled';
import type { PageReply, TabView } from '../messages';
import { createBackground } from './create-background';
import { diagnosticsStore } from './diagnostics-store';
import { DEFAULT_TAB, fakePlatform } from './testing/fake-platform';

const pack = bundledPack;
/** The browser of one test: its storage, tabs and toolbar outlive a worker restart (a second setup()). */
let world: ReturnType<typeof fakePlatform>;
/** What the background said, after each journey event, of journeys running (the listeners then hear tabs' loads outside the academy). */
let running: boolean[];
let managed: Record<string, unknown>;

/** Starts a worker in this test's browser. */
function setup(ui = 'fr-FR') {
  world.ui = ui;
  const bg = createBackground(world.platform, pack);
  bg.followRunning((r) => void running.push(r));
  return {
    ...bg,
    // A page reports from the tab that shows it.
    handle: ((req, from) => {
      const id = from.tab?.id;
      if (req.type === 'page' && id !== undefined && (from.frameId ?? 0) === 0) world.shown.set(id, { url: String(req.url) });
      return bg.handle(req, from);
    }) as typeof bg.handle,
  };
}

const NONE = { passwordField: false, inboxMarkers: false };
const PWD = { passwordField: true, inboxMarkers: false };
const sender = (id: number) => ({ tab: { id }, frameId: 0 });

describe('background handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    managed = {};
    running = [];
    world = fakePlatform({ managed: () => managed });
  });

  it('asks the DRANE page to watch for a password field, then answers with the banner and a "!" badge', async () => {
    const { handle } = setup();
    const url = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
    const first = (await handle({ type: 'page', url, signals: NONE }, sender(7))) as PageReply;
    expect(first.watch).toEqual({ passwordField: true, inboxMarkers: [] });
    expect(first.banner).toBeNull();
    expect(world.badges.get(7)).toBe('');

    const second = (await handle({ type: 'page', url, signals: PWD }, sender(7))) as PageReply;
    expect(second.banner).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'drane', webmailUrl: 'https://webmail.ac-lyon.fr/' });
    expect(second.banner!.headline).toContain('Ce site ne donne pas accès à votre messagerie académique');
    expect(second.banner!.lines.join(' ')).toContain('à confirmer');
    expect(world.badges.get(7)).toBe('!');
    expect(world.titles.get(7)).toContain('DRANE');
  });

  it('one report is enough: the first report of the DRANE login page, with its password field, gets the banner and the "!"', async () => {
    const { handle } = setup();
    const reply = (await handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/spip.php?page=login', signals: PWD }, sender(8))) as PageReply;
    expect(reply.banner?.verdict).toBe('portal-login-no-mailbox');
    expect(reply.watch).toEqual({ passwordField: true, inboxMarkers: [] });
    expect(world.badges.get(8)).toBe('!');
  });

  it('the webmail page watches for the inbox markers of every webmail family and gets no banner', async () => {
    const { handle } = setup();
    const reply = (await handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/', signals: NONE }, sender(1))) as PageReply;
    // Convergence (the pack's own guess), SOGo, Roundcube, Zimbra, Horde.
    expect(reply.watch.inboxMarkers).toEqual(expect.arrayContaining(['#qa_NewMail', 'body[ng-app="SOGo.MailerUI"]', '#mailboxlist', '#zb__App__Mail', '#impbase']));
    const inbox = (await handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/', signals: { passwordField: false, inboxMarkers: true } }, sender(1))) as PageReply;
    expect(inbox.banner).toBeNull();
    expect(inbox.forwardingGuard?.texts.headline).toBeTruthy();
    const drane = (await handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/', signals: NONE }, sender(2))) as PageReply;
    expect(drane.forwardingGuard).toBeNull();
    const view = (await handle({ type: 'tab-view', tabId: 1 }, {})) as TabView;
    expect(view.verdict).toBe('webmail-inbox');
  });

  it('a dismissed portal shows no banner any more, another portal still does, and the choice is stored locally', async () => {
    const { handle, settings } = setup();
    await handle({ type: 'dismiss', portal: 'drane' }, sender(3));
    const drane = (await handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, sender(3))) as PageReply;
    expect(drane.banner).toBeNull();
    const maths = (await handle({ type: 'page', url: 'https://maths.enseigne.ac-lyon.fr/spip/spip.php?page=login', signals: PWD }, sender(4))) as PageReply;
    expect(maths.banner?.portal).toBe('disciplinary');
    expect(Object.keys((await settings.read()).dismissed)).toEqual(['drane']);
  });

  it('the popup view survives a worker restart: it is rebuilt from session storage', async () => {
    const first = setup();
    await first.handle({ type: 'page', url: 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', signals: PWD }, sender(9));
    const restarted = setup(); // a new handler with no memory of the first one
    const view = (await restarted.handle({ type: 'tab-view', tabId: 9 }, {})) as TabView;
    expect(view.verdict).toBe('portal-login-no-mailbox');
    expect(view.portal?.credentials).toMatchObject({ value: 'yes', confirmed: true });
  });

  it('an unknown tab is not an academy page, and the webmail link is always there', async () => {
    const { handle } = setup('en-US');
    const view = (await handle({ type: 'tab-view', tabId: 42 }, {})) as TabView;
    expect(view).toMatchObject({ verdict: 'not-academy', webmailUrl: 'https://webmail.ac-lyon.fr/', lang: 'en' });
    expect(view.headline).toBe('This page is not an academy site');
  });

  it('sub-frames do not set the tab state', async () => {
    const { handle, tabs } = setup();
    await handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, { tab: { id: 5 }, frameId: 3 });
    expect(await tabs.get(5)).toBeUndefined();
  });

  it('Firefox: a page that asks for its content script gets it, each page view; the load end injects nothing there (the page asks)', async () => {
    world = fakePlatform({ managed: () => managed, browser: 'firefox' });
    const h = setup();
    await h.handle({ type: 'page-script' }, sender(31));
    await world.clock.advance(0);
    expect(world.injected).toEqual([31]);
    h.completed({ tabId: 31, frameId: 0, url: 'https://drane.ac-lyon.fr/spip/ecrire/lente', timeStamp: world.clock.now() });
    await world.clock.advance(0);
    expect(world.injected).toEqual([31]);
    await h.handle({ type: 'page-script' }, sender(31)); // the next page view
    await world.clock.advance(0);
    expect(world.injected).toEqual([31, 31]);
  });

  it('the guide gets the pack in force', async () => {
    const { handle } = setup();
    const view = (await handle({ type: 'guide-view' }, {})) as { pack: typeof pack; lang: string };
    expect(view.pack.portals.length).toBe(pack.portals.length);
    expect(view.lang).toBe('fr');
  });

  describe('login journeys', () => {
    const T0 = Date.parse('2026-11-24T08:00:00Z');
    const nav = (tabId: number, host: string, at: number, transition: 'link' | 'form_submit' = 'link') =>
      ({ kind: 'commit', tabId, host, at, transition, clientRedirect: false, backForward: false }) as const;

    async function draneJourney(h: ReturnType<typeof setup>, tabId: number, from = 0, to = Infinity) {
      const events = [
        nav(tabId, 'drane.ac-lyon.fr', T0),
        { kind: 'redirect', tabId, fromHost: 'drane.ac-lyon.fr', toHost: 'portail.ac-lyon.fr', at: T0 + 10 },
        nav(tabId, 'portail.ac-lyon.fr', T0 + 20),
        { kind: 'login-submit', tabId, host: 'portail.ac-lyon.fr', at: T0 + 1000 },
        { kind: 'redirect', tabId, fromHost: 'portail.ac-lyon.fr', toHost: 'portail.ac-lyon.fr', at: T0 + 1010 },
        { kind: 'redirect', tabId, fromHost: 'portail.ac-lyon.fr', toHost: 'drane.ac-lyon.fr', at: T0 + 1020 },
        nav(tabId, 'drane.ac-lyon.fr', T0 + 1030, 'form_submit'),
        { kind: 'complete', tabId, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/espace', at: T0 + 1100 },
      ] as const;
      for (const e of events.slice(from, to)) await h.onJourneyEvent(e);
    }

    it('DRANE → portail (SSO) → DRANE lands without inbox: banner, "!" badge, popup path and summary', async () => {
      const h = setup();
      await draneJourney(h, 11);
      expect(world.refreshed).toContain(11);
      const reply = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace?token=abc', signals: NONE }, sender(11))) as PageReply;
      expect(reply.banner).toMatchObject({ verdict: 'login-without-inbox', portal: 'drane' });
      expect(reply.banner!.headline).toBe('Connexion réussie sur DRANE — numérique éducatif, mais ce site ne contient pas votre messagerie');
      expect(reply.banner!.lines[0]).toBe('Chemin suivi\u00a0: drane.ac-lyon.fr → portail.ac-lyon.fr → drane.ac-lyon.fr');
      expect(world.badges.get(11)).toBe('!');
      const view = (await h.handle({ type: 'tab-view', tabId: 11 }, {})) as TabView;
      expect(view.verdict).toBe('login-without-inbox');
      expect(view.journeyPath).toEqual(['drane.ac-lyon.fr', 'portail.ac-lyon.fr', 'drane.ac-lyon.fr']);
      expect(view.summary).toContain('Verdict\u00a0: login-without-inbox');
      expect(view.summary).toContain('Chemin\u00a0: drane.ac-lyon.fr → portail.ac-lyon.fr → drane.ac-lyon.fr');
      expect(view.summary).not.toContain('token');
    });

    it('Firefox clears the badge when the landing page commits, after the journey spoke: the load-complete event says it again', async () => {
      const h = setup();
      await draneJourney(h, 14);
      await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace', signals: NONE }, sender(14));
      expect(world.badges.get(14)).toBe('!');
      world.badges.delete(14); // the browser's own reset on location change, arriving late
      await h.onTabLoaded(14);
      expect(world.badges.get(14)).toBe('!');
    });

    it('a tab that left a warned page for another site is no longer described by that page', async () => {
      const h = setup();
      await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/spip.php?page=login', signals: PWD }, sender(15));
      expect(world.badges.get(15)).toBe('!');
      expect(((await h.handle({ type: 'tab-view', tabId: 15 }, {})) as TabView).verdict).toBe('portal-login-no-mailbox');
      world.shown.delete(15); // example.org now: the browser hides its URL (and clears the tab's badge itself)
      expect(((await h.handle({ type: 'tab-view', tabId: 15 }, {})) as TabView).verdict).toBe('not-academy');
      world.shown.set(15, { url: 'https://drane.ac-lyon.fr/spip/' }); // back on the academy, before the new page reports
      expect(((await h.handle({ type: 'tab-view', tabId: 15 }, {})) as TabView).verdict).toBe('portal');
    });

    it('the load-complete event costs nothing on a tab the extension never spoke about', async () => {
      const h = setup();
      await h.onTabLoaded(99);
      expect(world.badges.has(99)).toBe(false);
      expect(world.titles.has(99)).toBe(false);
    });

    it('the verdict holds after a worker restart in the middle of the chain', async () => {
      await draneJourney(setup(), 12, 0, 5);
      const restarted = setup(); // a new worker: nothing in memory, the session storage kept
      await draneJourney(restarted, 12, 5);
      await restarted.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace', signals: NONE }, sender(12));
      const view = (await restarted.handle({ type: 'tab-view', tabId: 12 }, {})) as TabView;
      expect(view.verdict).toBe('login-without-inbox');
    });

    it('only the landing page carries the journey verdict', async () => {
      const h = setup();
      await draneJourney(h, 13);
      const other = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/autre', signals: NONE }, sender(13))) as PageReply;
      expect(other.banner).toBeNull();
    });

    it("a form's login report dates the journey from the page's time of submission, when plausible (the report may come late)", async () => {
      const h = setup();
      const login = async (tabId: number, at: number, landAt: number) => {
        await h.onJourneyEvent(nav(tabId, 'portail.ac-lyon.fr', T0 - 200_000));
        await h.handle({ type: 'login-submit', url: 'https://portail.ac-lyon.fr/sso/SSO', at }, sender(tabId));
        await h.onJourneyEvent(nav(tabId, 'drane.ac-lyon.fr', landAt - 100, 'form_submit'));
        await h.onJourneyEvent({ kind: 'complete', tabId, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/espace', at: landAt });
        await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace', signals: NONE }, sender(tabId));
        return ((await h.handle({ type: 'tab-view', tabId }, {})) as TabView).summary;
      };
      expect(await login(17, T0 - 2_000, T0 - 1_000)).toContain('(1.0 s)');
      // A time more than a minute old, or in the future, is not believed: the report's arrival is used.
      expect(await login(18, T0 - 120_000, T0 + 500)).toContain('(0.5 s)');
      expect(await login(19, T0 + 60_000, T0 + 500)).toContain('(0.5 s)');
    });

    it('a login on the webmail that opens the inbox confirms the good path, without warning', async () => {
      const h = setup();
      for (const e of [
        nav(14, 'webmail.ac-lyon.fr', T0),
        { kind: 'login-submit', tabId: 14, host: 'webmail.ac-lyon.fr', at: T0 + 100 },
        nav(14, 'webmail.ac-lyon.fr', T0 + 200, 'form_submit'),
        { kind: 'complete', tabId: 14, host: 'webmail.ac-lyon.fr', page: 'https://webmail.ac-lyon.fr/iwc_static/layout/main.html', at: T0 + 300 },
      ] as const)
        await h.onJourneyEvent(e);
      const reply = (await h.handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/iwc_static/layout/main.html?lang=fr', signals: { passwordField: false, inboxMarkers: true } }, sender(14))) as PageReply;
      expect(reply.banner).toBeNull();
      expect(world.badges.get(14)).toBe('');
      expect(((await h.handle({ type: 'tab-view', tabId: 14 }, {})) as TabView).verdict).toBe('webmail-inbox');
    });

    it('a SOGo inbox, whose path holds the user name, is the inbox, and the name reaches neither storage nor the popup', async () => {
      const h = setup();
      const inbox = 'https://webmail.ac-lyon.fr/SOGo/so/jean.dupont/Mail/view#!/Mail/0/inbox';
      for (const e of [
        nav(21, 'webmail.ac-lyon.fr', T0),
        { kind: 'login-submit', tabId: 21, host: 'webmail.ac-lyon.fr', at: T0 + 100 },
        nav(21, 'webmail.ac-lyon.fr', T0 + 200, 'form_submit'),
        { kind: 'complete', tabId: 21, host: 'webmail.ac-lyon.fr', page: 'https://webmail.ac-lyon.fr/SOGo/so/jean.dupont/Mail/view', at: T0 + 300 },
      ] as const)
        await h.onJourneyEvent(e);
      const reply = (await h.handle({ type: 'page', url: inbox, signals: { passwordField: false, inboxMarkers: true } }, sender(21))) as PageReply;
      expect(reply.banner).toBeNull();
      expect(world.badges.get(21)).toBe('');
      const view = (await h.handle({ type: 'tab-view', tabId: 21 }, {})) as TabView;
      expect(view.verdict).toBe('webmail-inbox');
      expect(JSON.stringify(view)).not.toContain('jean.dupont');
      const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
      expect(stored).toContain('/SOGo/so/*/Mail/view');
      expect(stored).not.toContain('jean.dupont');
      // A worker started again reads the same, from what was kept.
      const again = setup();
      expect(((await again.handle({ type: 'tab-view', tabId: 21 }, {})) as TabView).verdict).toBe('webmail-inbox');
    });

    it('back on a login page is a failed login, and says the site may not take academic credentials', async () => {
      const h = setup();
      for (const e of [
        nav(15, 'drane.ac-lyon.fr', T0),
        { kind: 'login-submit', tabId: 15, host: 'drane.ac-lyon.fr', at: T0 + 100 },
        nav(15, 'drane.ac-lyon.fr', T0 + 200, 'form_submit'),
        { kind: 'complete', tabId: 15, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/spip.php', at: T0 + 300 },
      ] as const)
        await h.onJourneyEvent(e);
      const reply = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/spip.php?page=login', signals: PWD }, sender(15))) as PageReply;
      expect(reply.banner?.verdict).toBe('login-failed');
      expect(reply.banner!.lines.join(' ')).toContain("n'accepte peut-être pas vos identifiants académiques");
      expect(world.badges.get(15)).toBe('!');
    });

    it('a warning marked wrong is skipped on its site, not the other warnings that hold there', async () => {
      const failedLogin = async (h: ReturnType<typeof setup>, tabId: number) => {
        for (const e of [
          nav(tabId, 'drane.ac-lyon.fr', T0),
          { kind: 'login-submit', tabId, host: 'drane.ac-lyon.fr', at: T0 + 100 },
          nav(tabId, 'drane.ac-lyon.fr', T0 + 200, 'form_submit'),
          { kind: 'complete', tabId, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/spip.php', at: T0 + 300 },
        ] as const)
          await h.onJourneyEvent(e);
        return (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/spip.php?page=login', signals: PWD }, sender(tabId))) as PageReply;
      };
      const h = setup();
      // The login page's own warning marked wrong: the failed login is still told.
      await h.handle({ type: 'false-warning', host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' }, {});
      expect((await failedLogin(h, 17)).banner?.verdict).toBe('login-failed');
      expect(world.badges.get(17)).toBe('!');
      // The failed login marked wrong too: the page is told as the site it is, with no "!".
      await h.handle({ type: 'false-warning', host: 'drane.ac-lyon.fr', verdict: 'login-failed' }, {});
      expect((await failedLogin(h, 18)).banner).toBeNull();
      expect(world.badges.get(18)).toBe('');
      expect(((await h.handle({ type: 'tab-view', tabId: 18 }, {})) as TabView)).toMatchObject({ verdict: 'portal', markedWrong: { verdict: 'login-failed' } });
      // Only login-failed marked wrong: the next warning that holds, the login page's, is told.
      await h.handle({ type: 'restore-warning', host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' }, {});
      expect((await failedLogin(h, 19)).banner?.verdict).toBe('portal-login-no-mailbox');
    });

    it('a landing outside the academy says where', async () => {
      const h = setup();
      for (const e of [
        nav(16, 'portail.ac-lyon.fr', T0),
        { kind: 'login-submit', tabId: 16, host: 'portail.ac-lyon.fr', at: T0 + 100 },
        { kind: 'redirect', tabId: 16, fromHost: 'portail.ac-lyon.fr', toHost: 'cas.ent.auvergnerhonealpes.fr', at: T0 + 200 },
      ] as const)
        await h.onJourneyEvent(e);
      expect(running.at(-1)).toBe(true); // loads outside the academy are listened for now...
      await h.onLoadedOutside(16); // ...and the CAS page's load ends the journey there
      expect(running.at(-1)).toBe(false); // ...and no longer
      const view = (await h.handle({ type: 'tab-view', tabId: 16 }, {})) as TabView;
      expect(view.verdict).toBe('left-academy');
      expect(view.headline).toContain('cas.ent.auvergnerhonealpes.fr');
    });

    it('a load outside the academy in a tab without a running journey changes nothing', async () => {
      const h = setup();
      world.shown.set(19, { url: 'https://drane.ac-lyon.fr/spip/espace' });
      await draneJourney(h, 19); // landed on the DRANE
      expect(running.at(-1)).toBe(false);
      await h.onLoadedOutside(19);
      await h.onLoadedOutside(20); // never seen
      expect(((await h.handle({ type: 'tab-view', tabId: 19 }, {})) as TabView).verdict).toBe('login-without-inbox');
    });

    it('a history change in the webmail (pushState) is not a login, and a moved-away page no longer carries the journey', async () => {
      const h = setup();
      await draneJourney(h, 18);
      // The page's own URL changes without a document load: only the content script reports it.
      const moved = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace/onglet-2', signals: NONE }, sender(18))) as PageReply;
      expect(moved.banner).toBeNull();
      expect(((await h.handle({ type: 'tab-view', tabId: 18 }, {})) as TabView).verdict).toBe('portal');
      expect(world.refreshed).toContain(18);
    });

    it('closing the tab forgets its journey', async () => {
      const h = setup();
      await draneJourney(h, 17);
      await h.onJourneyEvent({ kind: 'tab-removed', tabId: 17, at: T0 + 5000 });
      expect(((await h.handle({ type: 'tab-view', tabId: 17 }, {})) as TabView).verdict).toBe('not-academy');
    });
  });

  describe('first-login reminder', () => {
    it('a temporary password received 20 days ago: badge "1" by default, a line in the popup; a warning still wins', async () => {
      const h = setup();
      await fakeBrowser.storage.local.set({ tempPasswordReceivedOn: '2026-11-04' });
      await h.refreshDefaultBadge();
      expect(world.badges.get(DEFAULT_TAB)).toBe('1');
      const view = (await h.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView;
      expect(view.reminder?.state).toBe('soon');
      expect(view.reminder?.line).toMatch(/\d{4}/);
      await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, sender(3));
      expect(world.badges.get(3)).toBe('!');
      await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/', signals: NONE }, sender(4));
      expect(world.badges.get(4)).toBe('1');
    });

    it('no recorded day, no reminder', async () => {
      const h = setup();
      await h.refreshDefaultBadge();
      expect(world.badges.get(DEFAULT_TAB)).toBe('');
      expect(((await h.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView).reminder).toBeUndefined();
    });
  });

  describe('connection diagnostics', () => {
    const diag = () => diagnosticsStore(fakeBrowser.storage.session, fakeBrowser.storage.local, async () => 20_000);
    const AT = Date.parse('2026-11-24T08:00:00Z');

    const nav = (tabId: number, url: string, at: number) => ({ tabId, frameId: 0, url, timeStamp: at });

    it('a certificate failure on the webmail becomes the tab\'s verdict, with a "!" badge, and goes into the support report', async () => {
      const h = setup();
      h.navigationError({ ...nav(21, 'https://webmail.ac-lyon.fr/', AT), error: 'net::ERR_CERT_AUTHORITY_INVALID' });
      await world.clock.advance(0);
      expect(world.badges.get(21)).toBe('!');
      const view = (await h.handle({ type: 'tab-view', tabId: 21 }, {})) as TabView;
      expect(view.verdict).toBe('certificate-error');
      const d = (await h.handle({ type: 'diagnostics-view' }, {})) as { recent: { host: string; verdict: string; code?: string }[] };
      expect(d.recent[0]).toMatchObject({ host: 'webmail.ac-lyon.fr', verdict: 'certificate-error', code: 'ERR_CERT_AUTHORITY_INVALID' });
    });

    it('a load still incomplete after 20 s is network-slow, but not once the tab has gone elsewhere; its end clears it', async () => {
      const h = setup();
      world.shown.set(22, { url: 'https://webmail.ac-lyon.fr/', status: 'loading' });
      world.shown.set(23, { url: 'https://example.org/', status: 'loading' }); // left the DRANE page while it loaded
      h.beforeNavigate(nav(22, 'https://webmail.ac-lyon.fr/', AT));
      h.beforeNavigate(nav(23, 'https://drane.ac-lyon.fr/spip/', AT));
      await world.clock.advance(19_900);
      expect(world.badges.get(22)).toBeUndefined();
      await world.clock.advance(200);
      expect(world.badges.get(22)).toBe('!');
      expect(((await h.handle({ type: 'tab-view', tabId: 22 }, {})) as TabView).verdict).toBe('network-slow');
      expect(((await h.handle({ type: 'tab-view', tabId: 23 }, {})) as TabView).verdict).toBe('not-academy');
      h.completed(nav(22, 'https://webmail.ac-lyon.fr/', AT + 25_000));
      await world.clock.advance(0);
      expect(((await h.handle({ type: 'tab-view', tabId: 22 }, {})) as TabView).verdict).not.toBe('network-slow');
      expect(world.badges.get(22)).toBe('');
    });

    it("the browser's first page, loading before the worker listened, is timed from the worker's start: still told slow", async () => {
      // The tab began loading the webmail as the browser opened; its start was never heard.
      world.shown.set(25, { url: '', pendingUrl: 'https://webmail.ac-lyon.fr/', status: 'loading' });
      world.shown.set(26, { url: '', pendingUrl: 'https://drane.ac-lyon.fr/spip/', status: 'loading' }); // not a door: not timed
      const h = setup();
      h.started();
      await world.clock.advance(19_900);
      expect(world.badges.get(25)).toBeUndefined();
      await world.clock.advance(300);
      expect(world.badges.get(25)).toBe('!');
      expect(((await h.handle({ type: 'tab-view', tabId: 25 }, {})) as TabView).verdict).toBe('network-slow');
      expect(world.badges.get(26)).toBeUndefined();
    });

    it("Firefox: the browser's first page, whose tab shows no URL, is timed from its request (held for the worker); a redirect hop keeps that start", async () => {
      world = fakePlatform({ managed: () => managed, browser: 'firefox' });
      world.shown.set(28, { url: '', status: 'loading' });
      const h = setup();
      h.started(); // the start-up scan cannot tell this tab is the webmail
      const requested = world.clock.now() - 400; // the request began before the worker ran
      h.doorRequested({ tabId: 28, type: 'main_frame', method: 'GET', url: 'https://webmail.ac-lyon.fr/', timeStamp: requested });
      await world.clock.advance(5_000);
      h.doorRequested({ tabId: 28, type: 'main_frame', method: 'GET', url: 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', timeStamp: world.clock.now() });
      await world.clock.advance(14_500);
      expect(world.badges.get(28)).toBeUndefined();
      await world.clock.advance(200); // 20 s after the request
      expect(world.badges.get(28)).toBe('!');
      expect(((await h.handle({ type: 'tab-view', tabId: 28 }, {})) as TabView).verdict).toBe('network-slow');
    });

    it("Firefox: a door's navigation heard from its start keeps that start when its request follows", async () => {
      world = fakePlatform({ managed: () => managed, browser: 'firefox' });
      world.shown.set(29, { url: 'https://www.ac-lyon.fr/', status: 'loading' });
      const h = setup();
      const at = world.clock.now();
      h.beforeNavigate(nav(29, 'https://webmail.ac-lyon.fr/', at));
      h.doorRequested({ tabId: 29, type: 'main_frame', method: 'GET', url: 'https://webmail.ac-lyon.fr/', timeStamp: at + 3_000 });
      await world.clock.advance(20_100);
      expect(world.badges.get(29)).toBe('!');
    });

    it("a server redirect from the webmail to a page whose commit is not heard: that page is on the way to the mailbox", async () => {
      const h = setup();
      const SIGN_ON = 'https://drane.ac-lyon.fr/spip/spip.php?page=login'; // a login the pack says holds no mailbox
      h.beforeNavigate(nav(27, 'https://webmail.ac-lyon.fr/', AT));
      h.completed(nav(27, SIGN_ON, AT + 300));
      await world.clock.advance(0); // the script is injected once the journey heard the load's end
      expect(world.injected).toContain(27);
      const reply = (await h.handle({ type: 'page', url: SIGN_ON, signals: PWD }, sender(27))) as PageReply;
      const view = (await h.handle({ type: 'tab-view', tabId: 27 }, {})) as TabView;
      expect(reply.banner ?? null).toBeNull();
      expect(world.badges.get(27) ?? '').not.toBe('!');
      expect(view.verdict).toBe('mailbox-sign-on');
    });

    it('the same, with the page reporting while the worker still reads its configuration: the way from the webmail is already known', async () => {
      const h = setup();
      const SIGN_ON = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
      // No turn between the events and the report: a worker just woken hears them together.
      h.beforeNavigate(nav(31, 'https://webmail.ac-lyon.fr/', AT));
      h.completed(nav(31, SIGN_ON, AT + 300));
      const reply = (await h.handle({ type: 'page', url: SIGN_ON, signals: PWD }, sender(31))) as PageReply;
      expect(reply.banner ?? null).toBeNull();
      expect(((await h.handle({ type: 'tab-view', tabId: 31 }, {})) as TabView).verdict).toBe('mailbox-sign-on');
    });

    it('a new navigation clears the old failure', async () => {
      const store = diag();
      await store.fail(24, { kind: 'dns-error', code: 'ERR_NAME_NOT_RESOLVED', host: 'webmail.ac-lyon.fr', at: AT });
      await store.loadEvent({ kind: 'start', tabId: 24, host: 'webmail.ac-lyon.fr', at: AT + 1000 });
      expect(await store.failure(24)).toBeUndefined();
    });

    it('the self-check probes the webmail and the staff portal', async () => {
      const h = setup();
      const result = (await h.handle({ type: 'self-check' }, {})) as { probes: { id: string; outcome: string }[] };
      expect(result.probes.map((p) => [p.id, p.outcome])).toEqual([
        ['webmail', 'reached'],
        ['staff-portal', 'reached'],
      ]);
    });
  });

  describe('institution policy', () => {
    it('a policy webmailUrl is what the banner and the popup offer; a malformed one is rejected and the bundled URL stays', async () => {
      managed = { webmailUrl: 'https://messagerie.ac-lyon.fr/' };
      let h = setup();
      const reply = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, sender(31))) as PageReply;
      expect(reply.banner?.webmailUrl).toBe('https://messagerie.ac-lyon.fr/');
      expect(((await h.handle({ type: 'tab-view', tabId: 31 }, {})) as TabView).webmailUrl).toBe('https://messagerie.ac-lyon.fr/');

      managed = { webmailUrl: 'javascript:alert(1)', language: 'en' };
      h = setup();
      const view = (await h.handle({ type: 'tab-view', tabId: 31 }, {})) as TabView;
      expect(view.webmailUrl).toBe('https://webmail.ac-lyon.fr/');
      expect(view.lang).toBe('en');
      const inst = await h.handle({ type: 'institution-view' }, {});
      expect(JSON.stringify(inst)).toContain('webmailUrl');
    });

    it('disabled features are off: no banner, no forwarding guard, no reminder, no self-check', async () => {
      managed = { disabledFeatures: ['banner', 'forwarding-guard', 'reminders', 'self-check'] };
      const h = setup();
      await fakeBrowser.storage.local.set({ tempPasswordReceivedOn: '2026-11-04' });
      const reply = (await h.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, sender(32))) as PageReply;
      expect(reply.banner).toBeNull();
      const webmail = (await h.handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/', signals: NONE }, sender(33))) as PageReply;
      expect(webmail.forwardingGuard).toBeNull();
      expect(((await h.handle({ type: 'tab-view', tabId: 32 }, {})) as TabView).reminder).toBeUndefined();
      await expect(h.handle({ type: 'self-check' }, {})).rejects.toThrow(/switched off/);
      // The user's own settings survive: the recorded day is still there.
      expect((await fakeBrowser.storage.local.get('tempPasswordReceivedOn')).tempPasswordReceivedOn).toBe('2026-11-04');
    });
  });
});
