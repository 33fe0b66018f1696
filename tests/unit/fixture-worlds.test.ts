/**
 * The fixture academy's variant worlds (tests/fixtures/academy/worlds.ts), walked over plain HTTP:
 * each webmail family's world is the family as the pack describes it (login page with a password
 * field → POST → an inbox the pack recognises, by its URL or its markers), and every world leaves
 * today's pages alone where it flips nothing. The browsers walk the same paths in tests/e2e/worlds.e2e.ts.
 */
// @vitest-environment node
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import raw from '../../rules/lyon.json';
import { compileMatcher } from '../../src/match/compile';
import { Pack } from '../../src/rules/schema';
import { webmailInboxMarkers } from '../../src/rules/webmail';
import { directPath, startAcademy, WORLDS, type Academy, type World } from '../fixtures/academy/server';

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
