import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabView } from '../messages';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { fakePlatform } from './testing/fake-platform';

let world: ReturnType<typeof fakePlatform>;

describe("the academy's sites withheld by the user", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    world = fakePlatform();
  });

  it('the popup is told, on any tab; and not told once the access is back', async () => {
    world.access = false;
    const bg = createBackground(world.platform, bundledPack);
    const view = (await bg.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView;
    expect(view.siteAccess).toBe('withheld');
    expect(view.webmailUrl).toBe('https://webmail.ac-lyon.fr/'); // the way to the mailbox stays
    expect(await bg.handle({ type: 'first-run-view' }, {})).toMatchObject({ siteAccess: 'withheld' });
    world.access = true;
    expect(((await bg.handle({ type: 'tab-view', tabId: 3 }, {})) as TabView).siteAccess).toBeUndefined();
  });

  it('access given back: open academy tabs get the content script again and are told again', async () => {
    world.shown.set(8, { url: 'https://drane.ac-lyon.fr/spip/', status: 'complete' });
    const bg = createBackground(world.platform, bundledPack);
    await world.clock.advance(10);
    world.injected.length = 0;
    world.refreshed.length = 0;
    bg.siteAccessChanged();
    await world.clock.advance(10);
    expect(world.injected).toContain(8);
    expect(world.refreshed).toContain(8);
  });
});
