/**
 * The privacy promise, checked on everything the background writes: of a visited page, only its
 * origin, its path (a user-name segment as `*`) and the query pairs the pack's patterns name are
 * ever stored; never a fragment, never another parameter or value, never user info. The
 * background is driven on the fake platform through page reports, login journeys (both
 * browsers' events), load failures, slow loads, a false-warning mark and a dismissal, every
 * address bearing secrets; then every value in storage.session and storage.local is scanned.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../src/background/create-background';
import { fakePlatform } from '../../src/background/testing/fake-platform';
import { keptPage, MAX_PAGE_LENGTH } from '../../src/journey/tracker';
import { patternQuery } from '../../src/match/kept-url';
import { bundledPack as pack } from '../../src/rules/bundled';

/** Every secret a hostile or careless address carries: none may reach storage. */
const SECRETS = ['S3CR3T', 'jean.dupont', 'hunter2', 'reset-7f3a9c', 'SESSIONID', 'frag'];
const withSecrets = (url: string) => `${url}${url.includes('?') ? '&' : '?'}token=S3CR3T&jsessionid=SESSIONID&pwreset=reset-7f3a9c#frag-S3CR3T`;

const PAGES = [
  'https://drane.ac-lyon.fr/spip/spip.php?page=login',
  'https://drane.ac-lyon.fr/spip/spip.php?page=reset-7f3a9c',
  'https://jean.dupont:hunter2@webmail.ac-lyon.fr/owa/',
  'https://webmail.ac-lyon.fr/SOGo/so/jean.dupont/Mail/view',
  'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=https%3A%2F%2Fwebmail.ac-lyon.fr%2F%3Fticket%3DS3CR3T',
  'https://portail.ac-lyon.fr/arena/',
  'https://www.ac-lyon.fr/',
].map(withSecrets);

/** Every string held anywhere in a stored value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, strings(k, out));
  return out;
}

async function everythingStored(): Promise<string[]> {
  const [session, local] = await Promise.all([fakeBrowser.storage.session.get(null), fakeBrowser.storage.local.get(null)]);
  return strings([session, local]);
}

/** What a stored string may hold of an address: no fragment, no user info, only named query pairs. */
function leaks(s: string): string[] {
  const found = SECRETS.filter((secret) => s.includes(secret));
  if (s.includes('#')) found.push(`a fragment in ${s}`);
  for (const m of s.matchAll(/https?:\/\/[^\s"]+/g)) {
    const u = new URL(m[0]);
    if (u.username || u.password) found.push(`user info in ${s}`);
    for (const [k, v] of u.searchParams) if (!patternQuery(pack).get(k)?.has(v)) found.push(`query ${k}=${v} in ${s}`);
  }
  if (/[?&][^=&]+=/.test(s) && !/^https?:/.test(s)) found.push(`a query outside an address: ${s}`);
  return found;
}

describe('what the background stores of visited pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds no fragment, no user info, no query pair the pack does not name, whatever the addresses carry', async () => {
    const world = fakePlatform({ browser: 'firefox' });
    const bg = createBackground(world.platform, pack);
    const at = world.clock.now();
    const sender = (id: number) => ({ tab: { id }, frameId: 0 });
    const nav = (tabId: number, url: string, dt: number, more: object = {}) => ({ tabId, frameId: 0, url, timeStamp: at + dt, ...more });

    // Page reports from the content script, on every tab.
    for (const [i, url] of PAGES.entries()) {
      world.shown.set(i, { url });
      await bg.handle({ type: 'page', url, signals: { passwordField: true, inboxMarkers: false } }, sender(i));
    }
    // A login journey: commits, redirects, a login request and the page's own report, a landing with secrets.
    const tab = 40;
    const [drane, , , , portal] = PAGES as [string, string, string, string, string];
    bg.beforeNavigate(nav(tab, drane, 0));
    bg.committed(nav(tab, drane, 1, { transitionType: 'link' }));
    bg.completed(nav(tab, drane, 2));
    bg.redirected({ tabId: tab, type: 'main_frame', url: drane, redirectUrl: portal, timeStamp: at + 3 });
    bg.committed(nav(tab, portal, 4, { transitionType: 'link' }));
    await bg.handle({ type: 'login-submit', url: portal, at: at + 5 }, sender(tab));
    bg.loginRequest({ tabId: tab, type: 'main_frame', method: 'POST', url: withSecrets('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp'), timeStamp: at + 5 });
    bg.redirected({ tabId: tab, type: 'main_frame', url: portal, redirectUrl: PAGES[1]!, timeStamp: at + 6 });
    bg.committed(nav(tab, PAGES[1]!, 7, { transitionType: 'form_submit' }));
    bg.committed(nav(tab, PAGES[3]!, 8, { transitionType: 'link', transitionQualifiers: ['client_redirect'] }));
    world.shown.set(tab, { url: PAGES[3]! });
    bg.completed(nav(tab, PAGES[3]!, 9));
    await world.clock.advance(10);
    await bg.handle({ type: 'page', url: PAGES[3]!, signals: { passwordField: false, inboxMarkers: false } }, sender(tab));
    // The journey landed, and its landing page is kept as the tab's page is.
    const journeys = JSON.stringify((await fakeBrowser.storage.session.get('journeys')).journeys);
    expect(journeys).toContain('"page":"https://webmail.ac-lyon.fr/SOGo/so/*/Mail/view"');
    expect((await everythingStored()).flatMap(leaks)).toEqual([]);
    // Reloads and back/forward.
    bg.committed(nav(tab, PAGES[3]!, 20, { transitionType: 'reload' }));
    bg.committed(nav(tab, PAGES[0]!, 21, { transitionType: 'link', transitionQualifiers: ['forward_back'] }));
    // Load failures (both APIs) and a load that never ends.
    bg.navigationError({ ...nav(50, PAGES[2]!, 30), error: 'net::ERR_CERT_AUTHORITY_INVALID' });
    bg.requestError({ tabId: 51, type: 'main_frame', url: PAGES[4]!, error: 'NS_ERROR_NET_TIMEOUT', timeStamp: at + 31 });
    world.shown.set(52, { url: PAGES[6]!, status: 'loading' });
    bg.beforeNavigate(nav(52, PAGES[6]!, 32));
    await world.clock.advance(25_000);
    // The user's marks: a false warning, a dismissal (a message carrying an address is refused).
    await bg.handle({ type: 'false-warning', host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' }, sender(0));
    await bg.handle({ type: 'dismiss', portal: 'drane' }, sender(0));
    await expect(bg.handle({ type: 'dismiss', portal: PAGES[0]! }, sender(0))).rejects.toThrow();
    await expect(bg.handle({ type: 'false-warning', host: PAGES[0]!, verdict: 'portal-login-no-mailbox' }, sender(0))).rejects.toThrow();
    // The popup and the support page read it all back (and may write the recent verdicts).
    for (const id of [0, 3, tab, 50, 51, 52]) await bg.handle({ type: 'tab-view', tabId: id }, {});
    await bg.handle({ type: 'diagnostics-view' }, {});
    await world.clock.advance(10_000); // lazy writes

    const stored = await everythingStored();
    // The drive reached storage: pages, the journey, failures, slow loads, recent verdicts, marks.
    const keys = Object.keys({ ...(await fakeBrowser.storage.session.get(null)), ...(await fakeBrowser.storage.local.get(null)) });
    expect(keys).toEqual(expect.arrayContaining(['tab:0', 'tab:3', 'journeys', 'diag:failures', 'diag:slowLoads', 'diag:recent', 'falseWarnings', 'dismissed']));
    expect(stored).toContain('https://drane.ac-lyon.fr/spip/spip.php?page=login');
    expect(stored).toContain('https://webmail.ac-lyon.fr/SOGo/so/*/Mail/view');
    expect(stored.flatMap(leaks)).toEqual([]);
  });
});

describe('docs/privacy.md', () => {
  it('tells what a long landing page is shortened to, as keptPage does it', () => {
    const page = `https://www.ac-lyon.fr/${'a'.repeat(3 * MAX_PAGE_LENGTH)}/${'z'.repeat(40)}`;
    const [head, tail, length] = keptPage(page)!.split('~') as [string, string, string];
    expect(page.startsWith(head) && page.endsWith(tail) && length === String(page.length)).toBe(true);
    const doc = readFileSync('docs/privacy.md', 'utf8').replace(/\s+/g, ' ');
    const told = `at most ${MAX_PAGE_LENGTH.toLocaleString('en')} characters; a longer one is kept as its first ${head.length} characters, its last ${tail.length} and its length in characters`;
    expect(doc).toContain(told);
  });
});
