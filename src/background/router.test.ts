import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GuideView, PageReply, Request, TabView } from '../messages';
import type { DiagnosticsView } from '../diagnostics/report';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { fakePlatform } from './testing/fake-platform';

describe('request routing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an unknown or inherited request type is refused with its name, and the worker goes on answering', async () => {
    const bg = createBackground(fakePlatform().platform, bundledPack);
    await expect(bg.handle({ type: 'steal-passwords' } as unknown as Request, {})).rejects.toThrow('unknown request "steal-passwords"');
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      await expect(bg.handle({ type } as unknown as Request, {})).rejects.toThrow(`unknown request "${type}"`);
    }
    await expect(bg.handle({} as unknown as Request, {})).rejects.toThrow('unknown request undefined');
    expect((await bg.handle({ type: 'guide-view' }, {})).lang).toBe('fr');
  });

  it("a page report from a sub-frame gets its answer but changes nothing of the tab's state or badge", async () => {
    const world = fakePlatform();
    const bg = createBackground(world.platform, bundledPack);
    const reply = await bg.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: { passwordField: true, inboxMarkers: false } }, { tab: { id: 5 }, frameId: 2 });
    expect(reply.watch.passwordField).toBe(true);
    expect(await bg.tabs.get(5)).toBeUndefined();
    expect(world.badges.has(5)).toBe(false);
  });
});

describe("the institution's footer", () => {
  beforeEach(() => fakeBrowser.reset());
  const DRANE_LOGIN = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
  const report = { type: 'page', url: DRANE_LOGIN, signals: { passwordField: true, inboxMarkers: false } } as const;

  it('the banner and the popup carry the name and support contact the policy sets, and nothing when it sets none', async () => {
    const plain = createBackground(fakePlatform().platform, bundledPack);
    expect(((await plain.handle(report, { tab: { id: 3 }, frameId: 0 })) as PageReply).banner!.institution).toBeUndefined();
    expect(((await plain.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView).institution).toBeUndefined();

    const managed = { institutionName: 'Académie de Lyon', supportContact: { label: 'Assistance informatique', email: 'assistance@ac-lyon.fr' } };
    const bg = createBackground(fakePlatform({ managed: () => managed }).platform, bundledPack);
    const want = { name: 'Académie de Lyon', support: { label: 'Assistance informatique', links: [{ kind: 'email', href: 'mailto:assistance@ac-lyon.fr', text: 'assistance@ac-lyon.fr' }] } };
    expect(((await bg.handle(report, { tab: { id: 3 }, frameId: 0 })) as PageReply).banner!.institution).toEqual(want);
    expect(((await bg.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView).institution).toEqual(want);
  });
});

describe('« Cet avertissement est faux »', () => {
  const DRANE_LOGIN = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
  const WARNING = { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' } as const;
  const PWD = { passwordField: true, inboxMarkers: false };
  let world: ReturnType<typeof fakePlatform>;
  let bg: ReturnType<typeof createBackground>;
  /** A tab's page reports, as its content script does; the tab is then one of the open academy tabs. */
  const show = async (tabId: number, url: string) => {
    world.shown.set(tabId, { url });
    return (await bg.handle({ type: 'page', url, signals: PWD }, { tab: { id: tabId }, frameId: 0 })) as PageReply;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    world = fakePlatform();
    bg = createBackground(world.platform, bundledPack);
  });

  it('on the DRANE login page: the banner offers it, and once clicked that site gets no banner and no "!", told neutrally in the popup', async () => {
    const before = await show(7, DRANE_LOGIN);
    expect(before.banner).toMatchObject({ ...WARNING, wrongLabel: 'Cet avertissement est faux', dismissLabel: 'Ne plus afficher pour ce site' });
    expect(world.badges.get(7)).toBe('!');
    expect(((await bg.handle({ type: 'tab-view', tabId: 7 }, {})) as TabView).markable).toEqual(WARNING);

    await bg.handle({ type: 'false-warning', ...WARNING }, { tab: { id: 7 }, frameId: 0 });
    // The open tab is told at once: its badge now, its banner by the page's new report.
    expect(world.badges.get(7)).toBe('');
    expect(world.refreshed).toContain(7);
    expect((await show(7, DRANE_LOGIN)).banner).toBeNull();
    const view = (await bg.handle({ type: 'tab-view', tabId: 7 }, {})) as TabView;
    expect(view).toMatchObject({ verdict: 'portal', severity: 'info', markedWrong: { ...WARNING, on: '2026-11-24' } });
    expect(view.markedWrong!.line).toContain('24 novembre 2026');
    expect(view.markable).toBeUndefined();
    // Not a dismissal: nothing else of the portal is switched off.
    expect((await bg.settings.read()).dismissed).toEqual({});
  });

  it("silences that site only, not every banner of the portal: DRANE's other host still warns", async () => {
    await bg.handle({ type: 'false-warning', ...WARNING }, {});
    const dane = await show(8, 'https://dane.ac-lyon.fr/spip/spip.php?page=login');
    expect(dane.banner).toMatchObject({ portal: 'drane', host: 'dane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' });
    expect(world.badges.get(8)).toBe('!');
  });

  it('the guide lists it with its site, the support report too, and restoring brings the banner and the "!" back', async () => {
    await show(7, DRANE_LOGIN);
    await bg.handle({ type: 'false-warning', ...WARNING }, {});
    const guide = (await bg.handle({ type: 'guide-view' }, {})) as GuideView;
    expect(guide.falseWarnings).toEqual([{ ...WARNING, on: '2026-11-24', site: expect.stringContaining('DRANE') }]);
    const diag = (await bg.handle({ type: 'diagnostics-view' }, {})) as DiagnosticsView;
    expect(diag.falseWarnings).toEqual([{ ...WARNING, on: '2026-11-24' }]);

    await bg.handle({ type: 'restore-warning', ...WARNING }, {});
    expect(world.badges.get(7)).toBe('!');
    expect((await show(7, DRANE_LOGIN)).banner?.verdict).toBe('portal-login-no-mailbox');
    expect(((await bg.handle({ type: 'guide-view' }, {})) as GuideView).falseWarnings).toEqual([]);
  });

  it.each([
    ['a site outside the academy', { host: 'example.org', verdict: 'portal-login-no-mailbox' }],
    ['a URL rather than a host', { host: 'drane.ac-lyon.fr/spip', verdict: 'portal-login-no-mailbox' }],
    ['an unknown verdict', { host: 'drane.ac-lyon.fr', verdict: 'anything' }],
    ['a failure the browser observed', { host: 'webmail.ac-lyon.fr', verdict: 'certificate-error' }],
    ['a verdict that is no warning', { host: 'drane.ac-lyon.fr', verdict: 'portal' }],
  ])('refuses %s, and stores nothing', async (_, req) => {
    await expect(bg.handle({ type: 'false-warning', ...req }, {})).rejects.toThrow();
    expect((await bg.settings.read()).falseWarnings).toEqual([]);
  });
});
