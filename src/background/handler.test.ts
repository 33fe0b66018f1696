import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileMatcher } from '../match/compile';
import { bundledPack } from '../rules/bundled';
import type { PageReply, TabView } from '../messages';
import { createHandler } from './handler';
import { tabStore } from './tab-store';
import { userSettings } from './user-settings';

const pack = bundledPack;
const matcher = compileMatcher(pack);
const badges = new Map<number, string>();
const titles = new Map<number, string>();

function setup(ui = 'fr-FR') {
  badges.clear();
  titles.clear();
  const settings = userSettings(fakeBrowser.storage.local);
  const tabs = tabStore(fakeBrowser.storage.session);
  return {
    tabs,
    settings,
    ...createHandler({
      config: async () => ({ pack, matcher }),
      tabs,
      settings,
      action: {
        setBadgeText: async ({ tabId, text }) => void badges.set(tabId, text),
        setTitle: async ({ tabId, title }) => void titles.set(tabId, title),
        setBadgeBackgroundColor: async () => {},
      },
      uiLanguage: () => ui,
      tabUrl: async () => undefined,
      now: () => new Date('2026-11-24T08:00:00Z'),
    }),
  };
}

const NONE = { passwordField: false, inboxMarkers: false };
const PWD = { passwordField: true, inboxMarkers: false };
const sender = (id: number) => ({ tab: { id }, frameId: 0 });

describe('background handler', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the DRANE page to watch for a password field, then answers with the banner and a "!" badge', async () => {
    const { handle } = setup();
    const url = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
    const first = (await handle({ type: 'page', url, signals: NONE }, sender(7))) as PageReply;
    expect(first.watch).toEqual({ passwordField: true, inboxMarkers: [] });
    expect(first.banner).toBeNull();
    expect(badges.get(7)).toBe('');

    const second = (await handle({ type: 'page', url, signals: PWD }, sender(7))) as PageReply;
    expect(second.banner).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'drane', webmailUrl: 'https://webmail.ac-lyon.fr/' });
    expect(second.banner!.headline).toContain('Ce site ne donne pas accès à votre messagerie académique');
    expect(second.banner!.lines.join(' ')).toContain('à confirmer');
    expect(badges.get(7)).toBe('!');
    expect(titles.get(7)).toContain('DRANE');
  });

  it('the webmail page watches for the inbox markers and gets no banner', async () => {
    const { handle } = setup();
    const reply = (await handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/', signals: NONE }, sender(1))) as PageReply;
    expect(reply.watch.inboxMarkers).toEqual(['#qa_NewMail']);
    const inbox = (await handle({ type: 'page', url: 'https://webmail.ac-lyon.fr/', signals: { passwordField: false, inboxMarkers: true } }, sender(1))) as PageReply;
    expect(inbox.banner).toBeNull();
    const view = (await handle({ type: 'tab-view', tabId: 1 }, {})) as TabView;
    expect(view.verdict).toBe('webmail-inbox');
  });

  it('a dismissed portal shows no banner any more, another portal still does, and the choice is stored locally', async () => {
    const { handle, settings } = setup();
    await handle({ type: 'dismiss', portal: 'drane' }, sender(3));
    const drane = (await handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/ecrire/', signals: PWD }, sender(3))) as PageReply;
    expect(drane.banner).toBeNull();
    const arena = (await handle({ type: 'page', url: 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', signals: PWD }, sender(4))) as PageReply;
    expect(arena.banner?.portal).toBe('staff-portal');
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

  it('the guide gets the pack in force', async () => {
    const { handle } = setup();
    const view = (await handle({ type: 'guide-view' }, {})) as { pack: typeof pack; lang: string };
    expect(view.pack.portals.length).toBe(pack.portals.length);
    expect(view.lang).toBe('fr');
  });
});
