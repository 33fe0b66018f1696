import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../rules/bundled';
import { sendRequest } from './send';

describe('sendRequest', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the request and resolves with the reply', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      seen.push(msg);
      return Promise.resolve({ lang: 'fr', pack: bundledPack });
    });
    const reply = await sendRequest({ type: 'guide-view' });
    expect(seen).toEqual([{ type: 'guide-view' }]);
    expect(reply.pack.packVersion).toBe(bundledPack.packVersion);
  });

  it('rejects when the background reports an error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ error: 'Error: boom' }));
    await expect(sendRequest({ type: 'tab-view', tabId: 1 })).rejects.toThrow(/boom/);
  });

  it('rejects when nobody answers', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(sendRequest({ type: 'guide-view' })).rejects.toThrow(/no reply/);
  });
});
