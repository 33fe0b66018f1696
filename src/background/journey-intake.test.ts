import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../rules/bundled';
import { createBackground } from './create-background';
import { LATE_REFRESH_MS } from './journey-intake';
import { fakePlatform } from './testing/fake-platform';

const T0 = Date.parse('2026-11-24T08:00:00Z');
const landedJourney = (tabId: number) =>
  [
    { kind: 'commit', tabId, host: 'drane.ac-lyon.fr', at: T0, transition: 'link', clientRedirect: false, backForward: false },
    { kind: 'login-submit', tabId, host: 'drane.ac-lyon.fr', at: T0 + 1000 },
    { kind: 'commit', tabId, host: 'drane.ac-lyon.fr', at: T0 + 1030, transition: 'form_submit', clientRedirect: false, backForward: false },
    { kind: 'complete', tabId, host: 'drane.ac-lyon.fr', page: 'https://drane.ac-lyon.fr/spip/espace', at: T0 + 1100 },
  ] as const;

describe('journey intake', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a landing asks the page to report again, and once more a second later (its script may not listen yet)', async () => {
    const world = fakePlatform();
    const bg = createBackground(world.platform, bundledPack);
    for (const e of landedJourney(3)) await bg.onJourneyEvent(e);
    expect(world.refreshed).toEqual([3]);
    await world.clock.advance(LATE_REFRESH_MS - 10);
    expect(world.refreshed).toEqual([3]);
    await world.clock.advance(20);
    expect(world.refreshed).toEqual([3, 3]);
  });

  it('journeys switched off by the institution: no journey is kept, but a closed tab is still forgotten', async () => {
    const world = fakePlatform({ managed: () => ({ disabledFeatures: ['journeys'] }) });
    const bg = createBackground(world.platform, bundledPack);
    for (const e of landedJourney(4)) await bg.onJourneyEvent(e);
    expect(world.refreshed).toEqual([]);
    await bg.handle({ type: 'page', url: 'https://drane.ac-lyon.fr/spip/espace', signals: { passwordField: false, inboxMarkers: false } }, { tab: { id: 4 }, frameId: 0 });
    expect(await bg.tabs.get(4)).toBeDefined();
    await bg.onJourneyEvent({ kind: 'tab-removed', tabId: 4, at: T0 + 5000 });
    expect(await bg.tabs.get(4)).toBeUndefined();
  });

  it('followers hear at once whether a journey runs (a worker restarted mid-journey), then after each event', async () => {
    const world = fakePlatform();
    const first = createBackground(world.platform, bundledPack);
    for (const e of landedJourney(5).slice(0, 2)) await first.onJourneyEvent(e); // a login submitted, not landed yet
    const heard: boolean[] = [];
    const restarted = createBackground(world.platform, bundledPack);
    restarted.followRunning((r) => void heard.push(r));
    await world.clock.advance(0);
    expect(heard).toEqual([true]);
    await restarted.onJourneyEvent({ kind: 'tab-removed', tabId: 5, at: T0 + 10 });
    expect(heard).toEqual([true, false]);
  });
});
