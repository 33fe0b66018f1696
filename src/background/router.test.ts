import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Request } from '../messages';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { fakePlatform } from './testing/fake-platform';

describe('request routing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an unknown or inherited request type is refused with its name, and the worker goes on answering', async () => {
    const bg = createBackground(fakePlatform().platform, bundledPack);
    await expect(bg.handle({ type: 'steal-passwords' } as unknown as Request, {})).rejects.toThrow('unknown request "steal-passwords"');
    await expect(bg.handle({ type: 'toString' } as unknown as Request, {})).rejects.toThrow('unknown request "toString"');
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
