import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStore } from './tab-store';

const PAGE = { url: 'https://drane.ac-lyon.fr/spip/', signals: { passwordField: true, inboxMarkers: false }, at: 1 };
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('tab reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a forgotten report is gone at once for the worker, and from session storage a little later', async () => {
    const tabs = tabStore(fakeBrowser.storage.session, 20);
    await tabs.set(4, PAGE);
    await tabs.forget(4);
    expect(await tabs.get(4)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get('tab:4')).toEqual({ 'tab:4': PAGE }); // not during the load
    await later(40);
    expect(await fakeBrowser.storage.session.get('tab:4')).toEqual({});
    expect(await tabStore(fakeBrowser.storage.session).get(4)).toBeUndefined(); // a restarted worker
  });

  it('the new page reported before that moment is kept', async () => {
    const tabs = tabStore(fakeBrowser.storage.session, 20);
    await tabs.set(4, PAGE);
    await tabs.forget(4);
    const next = { ...PAGE, url: 'https://drane.ac-lyon.fr/spip/espace', at: 2 };
    await tabs.set(4, next);
    await later(40);
    expect(await tabStore(fakeBrowser.storage.session).get(4)).toEqual(next);
  });
});
