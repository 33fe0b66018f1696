import { describe, expect, it } from 'vitest';
import { commitEvent, completeEvent, redirectEvent, startEvent, submitEvent } from './events';
import { DEFAULT_LIMITS, fold, JourneyTracker, keptPage, MAX_PAGE_LENGTH, type JourneyEvent } from './tracker';

const DRANE = 'drane.ac-lyon.fr';
const PORTAIL = 'portail.ac-lyon.fr';
const WEBMAIL = 'webmail.ac-lyon.fr';

const commit = (tabId: number, host: string, at: number, transition: 'link' | 'typed' | 'reload' | 'form_submit' = 'link', clientRedirect = false, backForward = false): JourneyEvent => ({
  kind: 'commit', tabId, host, at, transition, clientRedirect, backForward,
});
const redirect = (tabId: number, fromHost: string, toHost: string, at: number): JourneyEvent => ({ kind: 'redirect', tabId, fromHost, toHost, at });
const start = (tabId: number, host: string, at: number): JourneyEvent => ({ kind: 'start', tabId, host, at });
const submit = (tabId: number, host: string, at: number): JourneyEvent => ({ kind: 'login-submit', tabId, host, at });
const complete = (tabId: number, host: string | null, at: number, page: string | null = host ? `https://${host}/` : null): JourneyEvent => ({ kind: 'complete', tabId, host, page, at });

/** DRANE login link → SSO → (submit) → three redirects across hosts → DRANE space. */
function draneLogin(tabId: number, t0: number): JourneyEvent[] {
  return [
    commit(tabId, DRANE, t0),
    complete(tabId, DRANE, t0 + 10),
    redirect(tabId, DRANE, PORTAIL, t0 + 100),
    commit(tabId, PORTAIL, t0 + 110),
    complete(tabId, PORTAIL, t0 + 120),
    submit(tabId, PORTAIL, t0 + 1000),
    redirect(tabId, PORTAIL, PORTAIL, t0 + 1010),
    redirect(tabId, PORTAIL, DRANE, t0 + 1020),
    redirect(tabId, DRANE, DRANE, t0 + 1030),
    commit(tabId, DRANE, t0 + 1040, 'form_submit'),
    complete(tabId, DRANE, t0 + 1100, `https://${DRANE}/spip/espace`),
  ];
}

const run = (events: JourneyEvent[], tracker = new JourneyTracker()) => {
  let landed = null;
  for (const e of events) landed = tracker.apply(e) ?? landed;
  return { tracker, landed };
};

describe("a page whose commit was not heard (only the mailbox's doors' are)", () => {
  const SCHOOL = 'etab.ac-lyon.fr';
  it('the webmail sent the tab there (a start heard on the webmail, then only the load end): it came from the webmail', () => {
    const { tracker } = run([start(1, WEBMAIL, 0), complete(1, SCHOOL, 500)]);
    expect(tracker.cameFrom(1)).toEqual([WEBMAIL, SCHOOL]);
  });

  it('after the webmail, a page reached some other way did not come from it (the old chain does not stick)', () => {
    const { tracker } = run([start(1, WEBMAIL, 0), commit(1, WEBMAIL, 100), complete(1, WEBMAIL, 150), complete(1, DRANE, 60_000)]);
    expect(tracker.cameFrom(1)).toEqual([DRANE]);
  });

  it("a link on such a page, redirected by the server to a door: the page it was followed from leads the chain", () => {
    const redirected: JourneyEvent = { ...commit(1, PORTAIL, 600), serverRedirect: true } as JourneyEvent;
    expect(run([complete(1, DRANE, 0), redirected]).tracker.cameFrom(1)).toEqual([DRANE, PORTAIL]);
    // Not redirected (a plain link), or typed: the door's page is where the navigation began.
    expect(run([complete(1, DRANE, 0), commit(1, PORTAIL, 600)]).tracker.cameFrom(1)).toEqual([PORTAIL]);
    expect(run([complete(1, DRANE, 0), { ...commit(1, PORTAIL, 600, 'typed'), serverRedirect: true } as JourneyEvent]).tracker.cameFrom(1)).toEqual([PORTAIL]);
  });

  it("a door's own load end changes nothing: its commit told the chain", () => {
    const { tracker } = run([start(1, WEBMAIL, 0), commit(1, PORTAIL, 100), complete(1, PORTAIL, 150)]);
    expect(tracker.cameFrom(1)).toEqual([WEBMAIL, PORTAIL]);
  });
});

describe('journey tracker', () => {
  it('follows DRANE → portail (SSO) → DRANE across three redirects and lands once', () => {
    const { tracker, landed } = run(draneLogin(1, 0));
    expect(landed).not.toBeNull();
    const j = tracker.journey(1)!;
    expect(j.phase).toBe('landed');
    expect(fold(j.hosts)).toEqual([DRANE, PORTAIL, DRANE]);
    expect(j.hosts[j.loginAt]).toBe(PORTAIL);
    expect(j.landing).toEqual({ host: DRANE, page: `https://${DRANE}/spip/espace`, at: 1100 });
  });

  // Chromium hears no redirect hop by hop (no webRequest): a navigation's start and its commit tell its path.
  for (const submitFirst of [true, false])
    it(`without redirect events, navigation starts and commits give the same path (login reported ${submitFirst ? 'before' : 'after'} its navigation starts)`, () => {
      const login = submitFirst ? [submit(1, PORTAIL, 1000), start(1, PORTAIL, 1001)] : [start(1, PORTAIL, 1000), submit(1, PORTAIL, 1001)];
      const { tracker, landed } = run([
        start(1, DRANE, 0),
        commit(1, PORTAIL, 110), // the SSO link on the DRANE was redirected to the portal's form
        complete(1, PORTAIL, 120),
        ...login,
        commit(1, DRANE, 1040, 'form_submit'),
        complete(1, DRANE, 1100, `https://${DRANE}/spip/espace`),
      ]);
      expect(landed).not.toBeNull();
      const j = tracker.journey(1)!;
      expect(j.hosts).toEqual([DRANE, PORTAIL, DRANE]);
      expect(j.hosts[j.loginAt]).toBe(PORTAIL);
    });

  // Firefox hears both: the start must not come back at the commit, out of order.
  for (const submitFirst of [true, false])
    it(`with redirect events too, the path is told once and in order (login reported ${submitFirst ? 'before' : 'after'} its navigation starts)`, () => {
      const login = submitFirst ? [submit(1, PORTAIL, 1000), start(1, PORTAIL, 1001)] : [start(1, PORTAIL, 1000), submit(1, PORTAIL, 1001)];
      const { tracker } = run([
        start(1, DRANE, 0),
        redirect(1, DRANE, PORTAIL, 100),
        commit(1, PORTAIL, 110),
        complete(1, PORTAIL, 120),
        ...login,
        redirect(1, PORTAIL, PORTAIL, 1010),
        redirect(1, PORTAIL, DRANE, 1020),
        commit(1, DRANE, 1040, 'form_submit'),
        complete(1, DRANE, 1100),
      ]);
      expect(fold(tracker.journey(1)!.hosts)).toEqual([DRANE, PORTAIL, DRANE]);
    });

  it('a navigation typed outside a journey starts a fresh chain, its start folded into its host', () => {
    const tracker = new JourneyTracker();
    run([start(1, DRANE, 0), commit(1, DRANE, 10, 'typed'), complete(1, DRANE, 20), start(1, PORTAIL, 30), commit(1, PORTAIL, 40, 'typed')], tracker);
    expect(tracker.snapshot().chains['1']).toEqual([PORTAIL]);
    expect(tracker.snapshot().pending['1']).toBeUndefined();
  });

  it('says whether a journey runs: from the login submission until it lands', () => {
    const tracker = new JourneyTracker();
    const events = draneLogin(1, 0);
    const running = events.map((e) => (tracker.apply(e), tracker.anyRunning()));
    expect(running).toEqual([false, false, false, false, false, true, true, true, true, true, false]);
  });

  it('keeps two interleaved tabs apart', () => {
    const a = draneLogin(1, 0);
    const b: JourneyEvent[] = [commit(2, WEBMAIL, 5), complete(2, WEBMAIL, 6), submit(2, WEBMAIL, 7), redirect(2, WEBMAIL, WEBMAIL, 8), commit(2, WEBMAIL, 9, 'form_submit'), complete(2, WEBMAIL, 1050, `https://${WEBMAIL}/iwc_static/layout/main.html`)];
    const mixed: JourneyEvent[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) mixed.push(a[i]!);
      if (b[i]) mixed.push(b[i]!);
    }
    const { tracker } = run(mixed);
    expect(fold(tracker.journey(1)!.hosts)).toEqual([DRANE, PORTAIL, DRANE]);
    expect(fold(tracker.journey(2)!.hosts)).toEqual([WEBMAIL]);
    expect(tracker.journey(2)!.landing!.page).toContain('main.html');
  });

  it('client-side (meta/JS) redirects after a landing continue the journey', () => {
    const { tracker } = run([
      commit(1, PORTAIL, 0), complete(1, PORTAIL, 1),
      submit(1, PORTAIL, 10), commit(1, PORTAIL, 20, 'form_submit'), complete(1, PORTAIL, 30), // SAML auto-post page
      commit(1, DRANE, 40, 'form_submit'), complete(1, DRANE, 50), // auto-posted form
      commit(1, 'www.ac-lyon.fr', 600, 'link', true), complete(1, 'www.ac-lyon.fr', 700), // meta refresh (Chrome flags it)
      commit(1, DRANE, 900, 'link'), complete(1, DRANE, 950), // JS redirect that Firefox does not flag, soon after
    ]);
    expect(fold(tracker.journey(1)!.hosts)).toEqual([PORTAIL, DRANE, 'www.ac-lyon.fr', DRANE]);
    expect(tracker.journey(1)!.phase).toBe('landed');
  });

  // Firefox: webRequest.onBeforeRedirect and webNavigation report through different channels, so a
  // redirect hop of the chain can be heard after the landing it led to (its timeStamp is before it).
  it("a redirect of the chain heard after its landing (Firefox's late onBeforeRedirect) does not re-open the landed journey", () => {
    const events = draneLogin(1, 0);
    const late = events.filter((e) => e.kind === 'redirect' && e.at > 1000);
    const inOrder = run(events).tracker.journey(1)!;
    const { tracker, landed } = run([...events.filter((e) => !late.includes(e)).slice(0, -1), ...events.slice(-1), ...late]);
    expect(landed).not.toBeNull();
    const j = tracker.journey(1)!;
    expect(j.phase).toBe('landed');
    expect(j.landing).toEqual({ host: DRANE, page: `https://${DRANE}/spip/espace`, at: 1100 });
    expect(fold(j.hosts)).toEqual(fold(inOrder.hosts));
    expect(tracker.anyRunning()).toBe(false);
    expect(tracker.snapshot().pending['1']).toBeUndefined();
    // A redirect made after the landing is the journey going on (a redirect from the landing page).
    tracker.apply(redirect(1, DRANE, 'www.ac-lyon.fr', 1200));
    expect(tracker.journey(1)!.phase).toBe('running');
    tracker.apply(commit(1, 'www.ac-lyon.fr', 1210));
    tracker.apply(complete(1, 'www.ac-lyon.fr', 1300));
    expect(fold(tracker.journey(1)!.hosts)).toEqual([DRANE, PORTAIL, DRANE, 'www.ac-lyon.fr']);
  });

  it('a reload of the landing page keeps the journey; a typed address or going back ends it', () => {
    const { tracker } = run([...draneLogin(1, 0), commit(1, DRANE, 5000, 'reload'), complete(1, DRANE, 5100)]);
    expect(tracker.journey(1)?.landing?.host).toBe(DRANE);
    tracker.apply(commit(1, 'example.org', 9000, 'typed'));
    expect(tracker.journey(1)).toBeUndefined();
    run([...draneLogin(2, 0), commit(2, PORTAIL, 1200, 'link', false, true)], tracker);
    expect(tracker.journey(2)).toBeUndefined();
  });

  it('a link followed long after landing is a new page, not the journey', () => {
    const { tracker } = run([...draneLogin(1, 0), commit(1, DRANE, 60_000, 'link')]);
    expect(tracker.journey(1)).toBeUndefined();
  });

  it('a login failure lands back on the login host', () => {
    const { tracker, landed } = run([commit(1, PORTAIL, 0), complete(1, PORTAIL, 1), submit(1, PORTAIL, 10), commit(1, PORTAIL, 20, 'form_submit'), complete(1, PORTAIL, 30, `https://${PORTAIL}/login/ct_logon_mixte.jsp`)]);
    expect(landed?.landing?.page).toBe(`https://${PORTAIL}/login/ct_logon_mixte.jsp`);
    expect(fold(tracker.journey(1)!.hosts)).toEqual([PORTAIL]);
  });

  it('a landing outside the academy, whose URL the browser hides, lands on the last host seen', () => {
    const { tracker } = run([commit(1, PORTAIL, 0), submit(1, PORTAIL, 10), redirect(1, PORTAIL, 'cas.ent.auvergnerhonealpes.fr', 20), complete(1, null, 40)]);
    expect(tracker.journey(1)!.landing).toEqual({ host: 'cas.ent.auvergnerhonealpes.fr', page: null, at: 40 });
  });

  it('redirects reported before the submission still join the journey, and a double report is one journey', () => {
    const { tracker } = run([
      commit(1, PORTAIL, 0),
      redirect(1, PORTAIL, DRANE, 20),
      submit(1, PORTAIL, 25),
      submit(1, PORTAIL, 26),
      commit(1, DRANE, 30, 'form_submit'),
      complete(1, DRANE, 40),
    ]);
    expect(fold(tracker.journey(1)!.hosts)).toEqual([PORTAIL, DRANE]);
    expect(tracker.journey(1)!.startedAt).toBe(25);
  });

  it("a submission's second report arriving after its landing (login-failed) is not a new login; a later submission is", () => {
    const events = [commit(1, PORTAIL, 0), complete(1, PORTAIL, 1), submit(1, PORTAIL, 10), commit(1, PORTAIL, 20, 'form_submit'), complete(1, PORTAIL, 30, `https://${PORTAIL}/sso/SSO`)];
    const { tracker } = run([...events, submit(1, PORTAIL, 10)]);
    expect(tracker.journey(1)).toMatchObject({ phase: 'landed', startedAt: 10 });
    // However long the chain took to land.
    const slow = run([commit(2, PORTAIL, 0), submit(2, PORTAIL, 10), commit(2, DRANE, 6_000, 'form_submit'), complete(2, DRANE, 7_000), submit(2, PORTAIL, 11)]).tracker;
    expect(slow.journey(2)).toMatchObject({ phase: 'landed', startedAt: 10 });
    // The page's report carries the time of its submission: one made after the landing is a new login.
    tracker.apply(submit(1, PORTAIL, 2_000));
    expect(tracker.journey(1)).toMatchObject({ phase: 'running', startedAt: 2_000 });
  });

  it('drops a journey that never lands within the timeout', () => {
    const tracker = new JourneyTracker();
    run([commit(1, PORTAIL, 0), submit(1, PORTAIL, 10), redirect(1, PORTAIL, DRANE, 20)], tracker);
    expect(tracker.journey(1)?.phase).toBe('running');
    tracker.expire(200_000);
    expect(tracker.journey(1)).toBeUndefined();
    run([submit(3, PORTAIL, 0)], tracker);
    tracker.apply(complete(3, DRANE, 500_000));
    expect(tracker.journey(3)).toBeUndefined();
  });

  it('survives a worker restart in the middle of the chain (state reloaded from its snapshot)', () => {
    const events = draneLogin(1, 0);
    const first = new JourneyTracker();
    for (const e of events.slice(0, 7)) first.apply(e);
    const stored = JSON.parse(JSON.stringify(first.snapshot()));
    const { tracker, landed } = run(events.slice(7), new JourneyTracker(stored));
    expect(landed).not.toBeNull();
    expect(fold(tracker.journey(1)!.hosts)).toEqual([DRANE, PORTAIL, DRANE]);
  });

  it('forgets a closed tab and stays bounded however many tabs come and go', () => {
    const tracker = new JourneyTracker();
    run(draneLogin(1, 0), tracker);
    tracker.apply({ kind: 'tab-removed', tabId: 1, at: 2000 });
    expect(tracker.size()).toMatchObject({ journeys: 0, chains: 0, pending: 0 });
    for (let tab = 0; tab < 1000; tab++) run(draneLogin(tab, tab * 10), tracker);
    expect(tracker.size().journeys).toBeLessThanOrEqual(50);
    expect(tracker.size().chains).toBeLessThanOrEqual(200);
    for (let i = 0; i < 100; i++) tracker.apply(redirect(7, DRANE, PORTAIL, 10 ** 7 + i));
    tracker.apply(submit(7, PORTAIL, 2 * 10 ** 7));
    for (let i = 0; i < 100; i++) tracker.apply(redirect(7, `h${i}.ac-lyon.fr`, `h${i + 1}.ac-lyon.fr`, 2 * 10 ** 7 + i));
    expect(tracker.journey(7)!.hosts.length).toBeLessThanOrEqual(24);
  });
});

describe('bounds on every path', () => {
  const { maxJourneys, maxChains, maxChain, maxHosts, maxBytes } = DEFAULT_LIMITS;
  /** The serialised snapshot, as the store writes it. */
  const written = (t: JourneyTracker) => JSON.stringify(t.snapshot()).length;
  /** A host at the DNS limit (253 characters), different for each n. */
  const longHost = (n: number) => `${String(n).padStart(10, '0')}${'a'.repeat(53)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(50)}.ac-lyon.fr`;

  it('reloads and back/forward commits keep no more chains than the cap (200,000 of them)', () => {
    const tracker = new JourneyTracker();
    for (let tab = 0; tab < 100_000; tab++) tracker.apply(commit(tab, DRANE, tab, 'reload'));
    for (let tab = 100_000; tab < 200_000; tab++) tracker.apply(commit(tab, DRANE, tab, 'link', false, true));
    expect(tracker.size().chains).toBeLessThanOrEqual(200);
    expect(tracker.cameFrom(199_999)).toEqual([DRANE]); // the newest are the ones kept
  });

  it('a chain never holds more than its cap, redirect hops included', () => {
    const tracker = new JourneyTracker();
    for (let i = 0; i < 50; i++) tracker.apply(redirect(1, `h${i}.ac-lyon.fr`, `h${i + 1}.ac-lyon.fr`, i));
    tracker.apply(commit(1, DRANE, 100, 'typed'));
    expect(tracker.cameFrom(1).length).toBeLessThanOrEqual(maxChain);
    expect(tracker.snapshot().pending).toEqual({});
  });

  it("the snapshot's serialised size stays under the byte bound, whatever the hosts and however many tabs", () => {
    expect(maxBytes).toBeLessThanOrEqual(64 * 1024);
    const tracker = new JourneyTracker();
    for (let tab = 0; tab < 400; tab++) {
      tracker.apply(start(tab, longHost(tab), tab * 10));
      for (let i = 0; i < 12; i++) tracker.apply(redirect(tab, longHost(tab + i), longHost(tab + i + 1), tab * 10 + 1));
      if (tab % 2) tracker.apply(submit(tab, longHost(tab), tab * 10 + 2));
      for (let i = 0; i < 30; i++) tracker.apply(redirect(tab, longHost(i), longHost(i + 1), tab * 10 + 3));
      tracker.apply(complete(tab, longHost(tab), tab * 10 + 4, `https://${longHost(tab)}/${'p'.repeat(100_000)}`));
      expect(written(tracker)).toBeLessThanOrEqual(64 * 1024);
      expect(written(tracker)).toBeLessThanOrEqual(tracker.size().bytes);
    }
    expect(tracker.size().journeys).toBeGreaterThan(0); // bounded, not emptied
    // A host beyond the DNS limits is no host: its event is not kept at all.
    tracker.apply(submit(9_999, 'a.'.repeat(50_000) + 'fr', 5_000));
    expect(tracker.journey(9_999)).toBeUndefined();
  });

  it('a landing page is kept to a bounded length, and still tells two long pages apart', () => {
    const a = `https://${DRANE}/${'x'.repeat(100_000)}a`;
    const b = `https://${DRANE}/${'x'.repeat(100_000)}b`;
    expect(keptPage(a)!.length).toBeLessThanOrEqual(MAX_PAGE_LENGTH);
    expect(keptPage(a)).not.toBe(keptPage(b));
    expect(keptPage(`https://${DRANE}/spip/`)).toBe(`https://${DRANE}/spip/`);
    const { tracker } = run([commit(1, PORTAIL, 0), submit(1, PORTAIL, 10), complete(1, DRANE, 20, a)]);
    expect(tracker.journey(1)!.landing!.page).toBe(keptPage(a));
  });

  it.each([NaN, Infinity, -Infinity, -5, 1e300])('a time of %s defeats neither the cap nor the timeout', (bad) => {
    const tracker = new JourneyTracker();
    for (let tab = 0; tab < 1_000; tab++) tracker.apply(submit(tab, PORTAIL, bad));
    expect(tracker.size().journeys).toBeLessThanOrEqual(maxJourneys);
    const lone = new JourneyTracker();
    lone.apply(submit(1, PORTAIL, bad));
    lone.apply(redirect(1, PORTAIL, DRANE, bad));
    lone.expire(Date.parse('2026-11-24T08:00:00Z'));
    expect(lone.journey(1)).toBeUndefined();
    expect(JSON.stringify(tracker.snapshot())).not.toMatch(/Infinity|NaN|At":null|"at":null/);
  });

  it('a stored snapshot is read back bounded and cleaned, whatever it holds', () => {
    const huge = {
      journeys: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [String(i), { startedAt: i, lastAt: i, phase: 'landed', hosts: Array(500).fill(longHost(i)), loginAt: 3, landing: { host: DRANE, page: 'https://x/' + 'y'.repeat(5_000), at: i } }])),
      chains: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [String(i), Array(100).fill(longHost(i))])),
      pending: { '1': ['a'.repeat(100_000)], x: [DRANE], '2': 'nonsense', '3': [NaN] },
    };
    const tracker = new JourneyTracker(huge);
    expect(tracker.size().journeys).toBeLessThanOrEqual(maxJourneys);
    expect(tracker.size().chains).toBeLessThanOrEqual(maxChains);
    expect(tracker.size().pending).toBe(0);
    expect(written(tracker)).toBeLessThanOrEqual(maxBytes);
    for (const j of Object.values(tracker.snapshot().journeys)) expect(j.hosts.length).toBeLessThanOrEqual(maxHosts);
    expect(new JourneyTracker('not a snapshot').size()).toMatchObject({ journeys: 0, chains: 0, pending: 0 });
  });
});

describe('browser events → journey events', () => {
  const base = { tabId: 4, frameId: 0, timeStamp: 1, url: 'https://drane.ac-lyon.fr/spip/?x=secret' };

  it('ignores sub-frames, prerendered documents and non-web URLs', () => {
    expect(commitEvent({ ...base, frameId: 3, transitionType: 'link' })).toBeNull();
    expect(commitEvent({ ...base, documentLifecycle: 'prerender', transitionType: 'link' })).toBeNull();
    expect(commitEvent({ ...base, frameType: 'fenced_frame', transitionType: 'link' })).toBeNull();
    expect(commitEvent({ ...base, url: 'about:blank', transitionType: 'link' })).toBeNull();
    expect(startEvent({ ...base, url: 'https://Portail.AC-Lyon.fr./sso/SSO?SAMLRequest=x' })).toEqual({ kind: 'start', tabId: base.tabId, host: PORTAIL, at: base.timeStamp });
    expect(startEvent({ ...base, frameId: 3 })).toBeNull();
    expect(startEvent({ ...base, documentLifecycle: 'prerender' })).toBeNull();
    expect(startEvent({ ...base, url: 'about:blank' })).toBeNull();
    expect(redirectEvent({ tabId: 4, type: 'sub_frame', url: base.url, redirectUrl: 'https://x.example/', timeStamp: 1 })).toBeNull();
  });

  it('maps transitions and qualifiers', () => {
    expect(commitEvent({ ...base, transitionType: 'link', transitionQualifiers: ['client_redirect'] })).toMatchObject({ transition: 'link', clientRedirect: true, backForward: false });
    expect(commitEvent({ ...base, transitionType: 'auto_bookmark', transitionQualifiers: ['forward_back'] })).toMatchObject({ transition: 'typed', backForward: true });
    expect(commitEvent({ ...base })).toMatchObject({ transition: 'other' });
  });

  it('keeps no query string of a landing page', () => {
    expect(completeEvent(base)).toEqual({ kind: 'complete', tabId: 4, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/', at: 1 });
  });

  it('a login submission is a POST from a page with a password field, or to a login endpoint', () => {
    const post = { tabId: 4, type: 'main_frame', method: 'POST', url: 'https://portail.ac-lyon.fr/sso/SSO', timeStamp: 2 };
    expect(submitEvent(post, () => false, true)).toEqual({ kind: 'login-submit', tabId: 4, host: 'portail.ac-lyon.fr', at: 2 });
    expect(submitEvent(post, () => false, false)).toBeNull();
    expect(submitEvent({ ...post, method: 'GET' }, () => true, true)).toBeNull();
    expect(submitEvent({ ...post, type: 'xmlhttprequest' }, () => true, false)).toMatchObject({ kind: 'login-submit' });
    expect(submitEvent({ ...post, type: 'xmlhttprequest' }, () => false, true)).toBeNull();
  });
});
