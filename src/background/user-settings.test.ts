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

  it('keep a warning marked wrong (site, verdict, day) and forget it when restored', async () => {
    const settings = userSettings(countedLocal().area);
    await settings.markWrong('drane.ac-lyon.fr', 'portal-login-no-mailbox', new Date('2026-12-02T13:00:00Z'));
    expect((await settings.read()).falseWarnings).toEqual([{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' }]);
    // What storage holds is exactly that: nothing of the page.
    expect(await fakeBrowser.storage.local.get('falseWarnings')).toEqual({ falseWarnings: [{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' }] });
    await settings.restoreWarning('drane.ac-lyon.fr', 'portal-login-no-mailbox');
    expect((await settings.read()).falseWarnings).toEqual([]);
  });

  it("a malformed stored value is dropped entry by entry, and the user's other settings survive it", async () => {
    await fakeBrowser.storage.local.set({
      falseWarnings: [{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' }, 'garbage', { host: 42 }],
      dismissed: { forum: '2026-11-24T08:00:00.000Z', bad: { nested: true } },
      language: 'en',
      [RECEIVED_ON_KEY]: '2026-11-02',
    });
    const got = await userSettings(countedLocal().area).read();
    expect(got).toEqual({
      falseWarnings: [{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' }],
      dismissed: { forum: '2026-11-24T08:00:00.000Z' },
      language: 'en',
      tempPasswordReceivedOn: '2026-11-02',
    });
    await fakeBrowser.storage.local.set({ falseWarnings: { not: 'a list' }, dismissed: 'nope' });
    expect(await userSettings(countedLocal().area).read()).toMatchObject({ falseWarnings: [], dismissed: {}, language: 'en', tempPasswordReceivedOn: '2026-11-02' });
  });
});
