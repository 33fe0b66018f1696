/**
 * The fixture academy's variant worlds (tests/fixtures/academy/worlds.ts), walked over plain HTTP:
 * each webmail family's world is the family as the pack describes it (login page with a password
 * field → POST → an inbox the pack recognises, by its URL or its markers), and every world leaves
 * today's pages alone where it flips nothing. The browsers walk the same paths in tests/e2e/worlds.e2e.ts.
 * The second académie's sites (tests/fixtures/academy/nantes.ts) are its own pack's, and no Lyon site
 * (tests/e2e/other-academy.e2e.ts walks them in the browsers).
 */
// @vitest-environment node
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import raw from '../../rules/lyon.json';
import nantesRaw from '../fixtures/packs/nantes.json';
import { compileMatcher } from '../../src/match/compile';
import { Pack } from '../../src/rules/schema';
import { webmailInboxMarkers } from '../../src/rules/webmail';
import { directPath, NANTES, NANTES_PATH, startAcademy, WORLDS, type Academy, type World } from '../fixtures/academy/server';

const pack = Pack.parse(raw);
const matcher = compileMatcher(pack);

interface Answer {
  status: number;
  location: string | undefined;
  cookie: string | undefined;
  body: string;
}

/** One request to the fixture as a browser would make it for `url` (its host in the Host header). */
function get(academy: Academy, url: string, method = 'GET', cookie?: string): Promise<Answer> {
  const u = new URL(url);
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port: academy.port, method, path: u.pathname + u.search, headers: { host: u.host, ...(cookie ? { cookie } : {}) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, location: res.headers.location, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], body }));
    });
    req.on('error', ko);
    req.end(method === 'POST' ? 'user=u&password=p' : undefined);
  });
}

/** Follows redirects; returns the last URL and answer. */
async function follow(academy: Academy, url: string, method = 'GET', cookie?: string): Promise<{ url: string; answer: Answer }> {
  let answer = await get(academy, url, method, cookie);
  cookie = answer.cookie ?? cookie;
  for (let hops = 0; answer.status === 302 && answer.location && hops < 10; hops++) {
    url = new URL(answer.location, url).href;
    answer = await get(academy, url, 'GET', cookie);
    cookie = answer.cookie ?? cookie;
  }
  return { url, answer };
}

const dom = (html: string) => {
  const w = new Window();
  w.document.write(html);
  return w.document;
};

let academy: Academy | undefined;
afterEach(async () => {
  await academy?.close();
  academy = undefined;
});

describe('fixture worlds', () => {
  it.each(WORLDS.filter((w) => w.startsWith('webmail-')))('%s: the direct path goes from the typed address through a login form to an inbox the pack recognises', async (world) => {
    academy = await startAcademy({ world: world as World });
    const path = directPath(world as World);
    const login = await follow(academy, academy.url('webmail.ac-lyon.fr', path.start));
    expect(login.answer.status).toBe(200);
    expect(new URL(login.url).hostname).toBe(path.loginHost);
    const doc = dom(login.answer.body);
    for (const sel of [path.user, path.password, path.submit]) expect(doc.querySelector(sel), sel).not.toBeNull();
    expect(doc.querySelector(path.password)?.getAttribute('type')).toBe('password');
    const action = doc.querySelector(path.password)?.closest('form')?.getAttribute('action') ?? '';
    const inbox = await follow(academy, new URL(action, login.url).href, 'POST');
    expect(inbox.answer.status).toBe(200);
    const at = new URL(inbox.url);
    expect(at.hostname).toBe('webmail.ac-lyon.fr');
    expect(at.pathname).toBe(path.inboxPath);
    // What the extension sees: the inbox by its URL (the port left out, as the pack's hosts have none), or by a marker.
    const byUrl = matcher.classify(`https://webmail.ac-lyon.fr${at.pathname}${at.search}`).role === 'inbox';
    const byMarker = webmailInboxMarkers(pack).some((sel) => dom(inbox.answer.body).querySelector(sel) !== null);
    expect(byUrl || byMarker).toBe(true);
    // The login page is not the inbox by either.
    expect(webmailInboxMarkers(pack).some((sel) => doc.querySelector(sel) !== null)).toBe(false);
  });

  it('drane-takes-login lands in the member space, drane-refuses-login shows the form again', async () => {
    academy = await startAcademy({ world: 'drane-takes-login' });
    expect((await follow(academy, academy.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'), 'POST')).url).toMatch(/\/spip\/espace$/);
    await academy.close();
    academy = await startAcademy({ world: 'drane-refuses-login' });
    const back = await follow(academy, academy.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'), 'POST');
    expect(back.answer.status).toBe(200);
    expect(dom(back.answer.body).querySelector('input[type="password"]')).not.toBeNull();
  });

  it('portal-links-webmail: the DRANE home links to the webmail', async () => {
    academy = await startAcademy({ world: 'portal-links-webmail' });
    const home = await follow(academy, academy.url('drane.ac-lyon.fr', '/spip/'));
    expect(dom(home.answer.body).querySelector('#lien-messagerie')?.getAttribute('href')).toBe(academy.url('webmail.ac-lyon.fr', '/'));
  });

  it('today is the fixture as it was: the webmail on Convergence, the DRANE login form a static page', async () => {
    academy = await startAcademy();
    expect(academy.world).toBe('today');
    expect((await follow(academy, academy.url('webmail.ac-lyon.fr', '/'))).url).toContain('/iwc_static/layout/login.html');
    expect((await get(academy, academy.url('drane.ac-lyon.fr', '/spip/spip.php?page=login'), 'POST')).status).toBe(405);
  });
});

describe('the second académie (nantes.ts, tests/fixtures/packs/nantes.json)', () => {
  const nantes = Pack.parse(nantesRaw);
  const its = compileMatcher(nantes);
  /** The URL as its pack sees it: https, without the fixture's port. */
  const bare = (url: string) => {
    const u = new URL(url);
    return `https://${u.hostname}${u.pathname}${u.search}`;
  };

  it("the direct path: its webmail's address → its CAS (returning to the webmail) → POST → an inbox its pack recognises", async () => {
    academy = await startAcademy();
    const login = await follow(academy, academy.url(NANTES.webmail, NANTES_PATH.start));
    expect(login.answer.status).toBe(200);
    const at = new URL(login.url);
    expect(`${at.hostname}${at.pathname}`).toBe(`${NANTES.cas}${NANTES_PATH.loginPath}`);
    expect(new URL(at.searchParams.get('service') ?? '').hostname).toBe(NANTES.webmail);
    expect(its.classify(bare(login.url))).toMatchObject({ academy: true, role: 'login' });
    expect(its.classify(bare(login.url)).portal?.id).toBe('cas');
    const doc = dom(login.answer.body);
    for (const sel of [NANTES_PATH.user, NANTES_PATH.password, NANTES_PATH.submit]) expect(doc.querySelector(sel), sel).not.toBeNull();
    expect(doc.querySelector(NANTES_PATH.password)?.getAttribute('type')).toBe('password');
    const action = doc.querySelector(NANTES_PATH.password)?.closest('form')?.getAttribute('action') ?? '';
    const inbox = await follow(academy, new URL(action, login.url).href, 'POST');
    expect(inbox.answer.status).toBe(200);
    expect(new URL(inbox.url).hostname).toBe(NANTES.webmail);
    expect(new URL(inbox.url).pathname).toBe(NANTES_PATH.inboxPath);
    expect(its.classify(bare(inbox.url)).role).toBe('inbox');
    expect(webmailInboxMarkers(nantes).some((sel) => dom(inbox.answer.body).querySelector(sel) !== null)).toBe(true);
  });

  it('its CAS without a return to the webmail keeps the user there; its DANE asks for a password and holds no mailbox', async () => {
    academy = await startAcademy();
    const alone = await follow(academy, academy.url(NANTES.cas, NANTES_PATH.loginPath), 'POST');
    expect(new URL(alone.url).hostname).toBe(NANTES.cas);
    const elsewhere = await follow(academy, academy.url(NANTES.cas, `${NANTES_PATH.loginPath}?service=${encodeURIComponent('http://evil.example/')}`), 'POST');
    expect(new URL(elsewhere.url).hostname).toBe(NANTES.cas);
    const dane = await follow(academy, academy.url(NANTES.dane, '/wp-login.php'));
    expect(dane.answer.status).toBe(200);
    expect(dom(dane.answer.body).querySelector('input[type="password"]')).not.toBeNull();
    const c = its.classify(bare(dane.url));
    expect(c).toMatchObject({ academy: true, role: 'login' });
    expect(c.portal).toMatchObject({ id: 'dane', hasMailbox: { value: false } });
  });

  it("its hosts are no Lyon site, and Lyon's are none of its", () => {
    for (const host of Object.values(NANTES)) expect(matcher.classify(`https://${host}/`), host).toMatchObject({ academy: false, portal: null });
    expect(its.classify('https://webmail.ac-lyon.fr/')).toMatchObject({ academy: false, portal: null });
  });
});
