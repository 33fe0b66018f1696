import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { FIRST_RUN_WAIT_MS } from './first-run';
import { fakePlatform } from './testing/fake-platform';

const FIRST_RUN = 'chrome-extension://aiguilleur/first-run.html';

/** The browser of one test; `managed` is what storage.managed answers now (the browser may hand it over late). */
let managed: () => unknown;
let reads: number;
let world: ReturnType<typeof fakePlatform>;

function install(reason: 'install' | 'update' | 'browser_update' = 'install') {
  const bg = createBackground(world.platform, bundledPack);
  bg.installed(reason);
  return bg;
}
const firstRunTabs = () => world.opened.filter((o) => o.url === FIRST_RUN);

describe('the first-run page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    reads = 0;
    managed = () => ({});
    world = fakePlatform({
      managed: () => {
        reads++;
        return managed();
      },
    });
  });

  it('opens once, in the foreground, after an install without a policy, once the wait for one is over', async () => {
    install();
    await world.clock.advance(FIRST_RUN_WAIT_MS - 600);
    expect(firstRunTabs()).toEqual([]); // the policy may still come
    await world.clock.advance(1_000);
    expect(firstRunTabs()).toEqual([{ url: FIRST_RUN, disposition: 'newForegroundTab' }]);
    await world.clock.advance(60_000);
    expect(firstRunTabs()).toHaveLength(1);
    expect(world.clock.pending()).toBe(0); // nothing keeps polling
  });

  it('never opens at an update, of the extension or of the browser', async () => {
    install('update');
    install('browser_update');
    await world.clock.advance(60_000);
    expect(firstRunTabs()).toEqual([]);
  });

  it('a policy handed over two seconds after start-up that switches it off: never opened', async () => {
    install();
    await world.clock.advance(2_000);
    managed = () => ({ disabledFeatures: ['first-run'], language: 'fr' });
    await world.clock.advance(60_000);
    expect(firstRunTabs()).toEqual([]);
  });

  it('a policy handed over late that does not switch it off: opened as soon as it is known, not at the end of the wait', async () => {
    install();
    await world.clock.advance(1_000);
    managed = () => ({ disabledFeatures: ['reminders'] });
    await world.clock.advance(600);
    expect(firstRunTabs()).toHaveLength(1);
  });

  it('a policy there from the start that switches it off: decided at the first read', async () => {
    managed = () => ({ disabledFeatures: ['banner', 'first-run'] });
    install();
    await world.clock.advance(60_000);
    expect(firstRunTabs()).toEqual([]);
    expect(reads).toBeLessThanOrEqual(3); // the first-run read, and the configuration's own
  });

  it('a malformed disabledFeatures is ignored as a whole, as everywhere: the page opens', async () => {
    managed = () => ({ disabledFeatures: ['first-run', 'telemetry'] });
    install();
    await world.clock.advance(100);
    expect(firstRunTabs()).toHaveLength(1);
  });

  it('Firefox without a policy (storage.managed rejects): opened after the wait', async () => {
    managed = () => {
      throw new Error('Managed storage manifest not found');
    };
    world = fakePlatform({ browser: 'firefox', managed: () => managed() });
    world.platform.readManaged = async () => managed();
    install();
    await world.clock.advance(FIRST_RUN_WAIT_MS + 500);
    expect(firstRunTabs()).toHaveLength(1);
  });
});

describe("the first-run page's view and the language choice", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    managed = () => ({});
    world = fakePlatform({ managed: () => managed() });
  });

  it('gives the webmail in force, the language, and the user\'s choice', async () => {
    managed = () => ({ webmailUrl: 'https://messagerie.ac-lyon.fr/' });
    const bg = createBackground(world.platform, bundledPack);
    expect(await bg.handle({ type: 'first-run-view' }, {})).toEqual({
      lang: 'fr',
      webmailUrl: 'https://messagerie.ac-lyon.fr/',
      webmailConfirmed: true,
      language: 'auto',
      languageByPolicy: false,
    });
  });

  it('the user picks English: the page, the default title and open academy tabs are told in it', async () => {
    world.shown.set(4, { url: 'https://drane.ac-lyon.fr/spip/' });
    const bg = createBackground(world.platform, bundledPack);
    await bg.refreshDefaultBadge();
    const before = world.titles.get(-1);
    await bg.handle({ type: 'set-language', language: 'en' }, {});
    expect(await bg.handle({ type: 'first-run-view' }, {})).toMatchObject({ lang: 'en', language: 'en' });
    expect(world.titles.get(-1)).not.toBe(before);
    expect(world.refreshed).toContain(4); // its banner, if any, asked again in English
    // kept for the next worker
    expect(await createBackground(world.platform, bundledPack).handle({ type: 'first-run-view' }, {})).toMatchObject({ lang: 'en' });
  });

  it('refuses what is no language setting, and keeps the choice', async () => {
    const bg = createBackground(world.platform, bundledPack);
    await bg.handle({ type: 'set-language', language: 'en' }, {});
    await expect(bg.handle({ type: 'set-language', language: 'de' as 'en' }, {})).rejects.toThrow('not a language setting');
    expect(await bg.handle({ type: 'first-run-view' }, {})).toMatchObject({ lang: 'en', language: 'en' });
  });

  it("a policy's language wins and is said to be the institution's", async () => {
    managed = () => ({ language: 'fr' });
    const bg = createBackground(world.platform, bundledPack);
    await bg.handle({ type: 'set-language', language: 'en' }, {});
    expect(await bg.handle({ type: 'first-run-view' }, {})).toMatchObject({ lang: 'fr', language: 'en', languageByPolicy: true });
  });
});
