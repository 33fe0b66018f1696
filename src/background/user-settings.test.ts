import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECEIVED_ON_KEY } from '../identity/reminder';
import { userSettings } from './user-settings';

/** storage.local with a count of reads, the way the worker sees it. */
function countedLocal() {
  const area = fakeBrowser.storage.local;
  let reads = 0;
  return {
    reads: () => reads,
    area: { get: (k: string | string[] | null) => (reads++, area.get(k)), set: (v: Record<string, unknown>) => area.set(v), onChanged: area.onChanged },
  };
}

describe('user settings in the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are read from storage once, not on every page view', async () => {
    const local = countedLocal();
    const settings = userSettings(local.area);
    for (let i = 0; i < 5; i++) await settings.read();
    expect(local.reads()).toBe(1);
  });

  it('see at once what the account page wrote, and the user\'s own dismissals', async () => {
    const settings = userSettings(countedLocal().area);
    expect((await settings.read()).tempPasswordReceivedOn).toBeUndefined();
    await fakeBrowser.storage.local.set({ [RECEIVED_ON_KEY]: '2026-11-02' }); // the account page, another context
    expect((await settings.read()).tempPasswordReceivedOn).toBe('2026-11-02');
    await settings.dismiss('drane', new Date('2026-11-24T08:00:00Z'));
    expect(Object.keys((await settings.read()).dismissed)).toEqual(['drane']);
  });

  it('a change to another key keeps the cache', async () => {
    const local = countedLocal();
    const settings = userSettings(local.area);
    await settings.read();
    await fakeBrowser.storage.local.set({ 'diag:recent': [] });
    await settings.read();
    expect(local.reads()).toBe(1);
  });
});
