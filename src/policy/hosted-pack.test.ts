import { describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../rules/bundled';
import {
  fetchHostedPack,
  hostedCache,
  hostedLayer,
  HOSTED_KEY,
  nextRefresh,
  REFRESH_PERIOD_MS,
  type FetchResult,
  type HostedState,
} from './hosted-pack';
import { memoryArea, streamedResponse } from './testing';

const URL_OK = 'https://rules.ac-lyon.fr/aiguilleur/lyon.json';
const NOW = new Date('2030-05-06T07:08:09.000Z');
const now = () => NOW;
const packText = (patch: (p: any) => void = () => {}) => {
  const p = structuredClone(bundledPack) as any;
  p.packVersion = '9.9.9';
  patch(p);
  return JSON.stringify(p);
};
const json = (text: string, init: ResponseInit = {}) => new Response(text, { status: 200, headers: { 'content-type': 'application/json' }, ...init });
const fetchReturning = (res: Response | (() => Promise<Response>)) =>
  vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => (typeof res === 'function' ? res() : res));
const failed = (r: FetchResult) => {
  if (r.ok) throw new Error('expected a failure');
  return r;
};

describe('fetchHostedPack', () => {
  it('fetches, checks and dates a valid pack, sending no cookies or referrer', async () => {
    const fetch = fetchReturning(json(packText()));
    const r = await fetchHostedPack(URL_OK, { fetch, now });
    expect(r).toMatchObject({ ok: true, fetchedAt: NOW.toISOString(), pack: { packVersion: '9.9.9' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(URL_OK);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it("calls fetch unbound, as the browser's own fetch requires", async () => {
    const fetch = vi.fn(function (this: unknown) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return Promise.resolve(json(packText()));
    });
    expect((await fetchHostedPack(URL_OK, { fetch: fetch as unknown as typeof globalThis.fetch, now })).ok).toBe(true);
  });

  it.each(['http://rules.ac-lyon.fr/lyon.json', 'ftp://rules.ac-lyon.fr/lyon.json', 'javascript:alert(1)', 'not a url', 'https://u:p@rules.ac-lyon.fr/x.json'])(
    'refuses %s without making any request',
    async (url) => {
      const fetch = fetchReturning(json(packText()));
      const r = failed(await fetchHostedPack(url, { fetch, now }));
      expect(r.error.path).toBe('rulesUrl');
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
    [503, ''],
  ])('reports HTTP %i', async (status, statusText) => {
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(new Response('oops', { status, statusText })), now }));
    expect(r.error).toEqual({ path: 'rulesUrl', reason: expect.stringContaining(`answered ${status}`) });
  });

  it('reports a network error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = failed(await fetchHostedPack(URL_OK, { fetch, now }));
    expect(r.error).toEqual({ path: 'rulesUrl', reason: expect.stringMatching(/^the request failed \(Failed to fetch\): .*Access-Control-Allow-Origin/) });
  });

  it('gives up after the timeout when no answer comes, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_u: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    const r = failed(await fetchHostedPack(URL_OK, { fetch, now, timeoutMs: 30 }));
    expect(r.error).toEqual({ path: 'rulesUrl', reason: 'no complete answer within 0.03 s' });
    expect(signal?.aborted).toBe(true);
  });

  it('gives up after the timeout when the body stalls', async () => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"packVersion"')) });
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(new Response(body)), now, timeoutMs: 30 }));
    expect(r.error.reason).toContain('no complete answer');
  });

  it('refuses an oversize pack by its Content-Length, without reading the body', async () => {
    const { response, state } = streamedResponse([new Uint8Array(10)], { headers: { 'content-length': String(600 * 1024) } });
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(response), now }));
    expect(r.error).toEqual({ path: '(root)', reason: 'the pack is too large: 600 KiB announced, at most 512 KiB' });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('refuses an oversize pack while streaming it (no or lying Content-Length), and stops reading', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const { response, state } = streamedResponse(Array.from({ length: 100 }, () => chunk), { headers: { 'content-length': '100' } });
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(response), now }));
    expect(r.error).toEqual({ path: '(root)', reason: 'the pack is too large: over 512 KiB' });
    expect(state.pulled).toBeLessThan(12);
    expect(state.cancelled).toBe(true);
  });

  it('honours a smaller maxBytes', async () => {
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(json(packText())), now, maxBytes: 1024 }));
    expect(r.error.reason).toContain('too large');
  });

  it('reports invalid JSON at the root', async () => {
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(json('{"packVersion": ')), now }));
    expect(r.error.path).toBe('(root)');
    expect(r.error.reason).toMatch(/^not valid JSON/);
  });

  it('reports text that is not UTF-8', async () => {
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))), now }));
    expect(r.error).toEqual({ path: '(root)', reason: 'the pack is not UTF-8 text', ref: { key: 'v_not_utf8' } });
  });

  it('reports schema errors with their paths', async () => {
    const text = packText((p) => {
      p.portals[2].urls.value[0].host = 'https://drane.ac-lyon.fr';
      p.webmail.url.value = 'http://webmail.ac-lyon.fr/';
    });
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(json(text)), now }));
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['portals[2].urls.value[0].host', 'webmail.url.value']));
    expect(r.errors).toContainEqual(expect.objectContaining({ path: 'webmail.url.value', reason: 'must be an https:// URL', ref: { key: 'v_url_https', subs: [] } }));
    expect(r.error).toEqual(r.errors[0]);
  });

  it('refuses a redirect to a non-https address', async () => {
    const res = json(packText());
    Object.defineProperty(res, 'url', { value: 'http://rules.ac-lyon.fr/lyon.json' });
    const r = failed(await fetchHostedPack(URL_OK, { fetch: fetchReturning(res), now }));
    expect(r.error.reason).toContain('non-https');
  });
});

describe('hostedCache: last known good', () => {
  const good: FetchResult = { ok: true, pack: { ...bundledPack, packVersion: '9.9.9' }, fetchedAt: '2030-05-06T07:00:00.000Z' };
  const bad: FetchResult = { ok: false, error: { path: 'rulesUrl', reason: 'the server answered 404' }, errors: [{ path: 'rulesUrl', reason: 'the server answered 404' }] };

  it('keeps the good pack with its URL and date; a failure keeps it and records why', async () => {
    const { area, data } = memoryArea();
    const cache = hostedCache(area);
    await cache.record(URL_OK, good, NOW);
    let state = await cache.read();
    expect(state.good).toEqual({ url: URL_OK, fetchedAt: good.fetchedAt, pack: good.pack });
    expect(state.lastAttempt).toEqual({ url: URL_OK, at: NOW.toISOString(), ok: true, errors: [] });

    const later = new Date(NOW.getTime() + 1000);
    await cache.record(URL_OK, bad, later);
    await cache.record(URL_OK, bad, later);
    state = await cache.read();
    expect(state.good).toEqual({ url: URL_OK, fetchedAt: good.fetchedAt, pack: good.pack });
    expect(state.lastAttempt).toEqual({ url: URL_OK, at: later.toISOString(), ok: false, errors: bad.errors });
    expect(state.failures).toBe(2);
    expect(Object.keys(data)).toEqual([HOSTED_KEY]);

    await cache.record(URL_OK, good, later);
    expect((await cache.read()).failures).toBe(0);
    await cache.clear();
    expect(data).toEqual({});
  });

  it("never touches the user's own settings", async () => {
    const user = { dismissed: { drane: '2030-01-01T00:00:00.000Z' }, language: 'en', reminder: { at: '2030-02-02' } };
    const { area, data, writes } = memoryArea(user);
    const cache = hostedCache(area);
    await cache.record(URL_OK, good, NOW);
    await cache.record(URL_OK, bad, NOW);
    await cache.clear();
    expect(data).toEqual(user);
    expect(new Set(writes)).toEqual(new Set([HOSTED_KEY]));
  });

  it('reads garbage left in storage as nothing', async () => {
    for (const junk of [null, 'x', 42, [], { good: { url: 1 } }, { lastAttempt: { ok: 'yes' } }]) {
      const { area } = memoryArea({ [HOSTED_KEY]: junk });
      const state = await hostedCache(area).read();
      expect(state.good).toBeUndefined();
      expect(state.lastAttempt).toBeUndefined();
    }
  });

  it('the good pack applies only while the policy names its URL', () => {
    const state: HostedState = { good: { url: URL_OK, fetchedAt: 'x', pack: {} } };
    expect(hostedLayer(state, URL_OK)).toBe(state.good);
    expect(hostedLayer(state, 'https://other.ac-lyon.fr/p.json')).toBeUndefined();
    expect(hostedLayer(state, undefined)).toBeUndefined();
  });
});

describe('nextRefresh', () => {
  const at = (ms: number) => new Date(NOW.getTime() + ms);
  it('is due now without an attempt, or when the URL changed', () => {
    expect(nextRefresh({}, URL_OK, NOW)).toEqual(NOW);
    expect(nextRefresh({ lastAttempt: { url: 'https://old.ac-lyon.fr/p.json', at: NOW.toISOString(), ok: true, errors: [] } }, URL_OK, at(5000))).toEqual(at(5000));
  });
  it('is 6 hours after a success', () => {
    expect(nextRefresh({ lastAttempt: { url: URL_OK, at: NOW.toISOString(), ok: true, errors: [] } }, URL_OK, NOW)).toEqual(at(REFRESH_PERIOD_MS));
  });
  it('retries sooner after failures: 15 min, doubling, at most 6 hours', () => {
    const after = (failures: number) => nextRefresh({ lastAttempt: { url: URL_OK, at: NOW.toISOString(), ok: false, errors: [] }, failures }, URL_OK, NOW);
    expect(after(1)).toEqual(at(15 * 60_000));
    expect(after(2)).toEqual(at(30 * 60_000));
    expect(after(3)).toEqual(at(60 * 60_000));
    expect(after(10)).toEqual(at(REFRESH_PERIOD_MS));
  });
  it('an attempt dated in the future (fetched while the clock said 2036) is due now, never later than now + the delay', () => {
    const future = '2036-01-01T00:00:00.000Z';
    expect(nextRefresh({ lastAttempt: { url: URL_OK, at: future, ok: true, errors: [] } }, URL_OK, NOW)).toEqual(NOW);
    expect(nextRefresh({ lastAttempt: { url: URL_OK, at: future, ok: false, errors: [] }, failures: 1 }, URL_OK, NOW)).toEqual(NOW);
    expect(nextRefresh({ lastAttempt: { url: URL_OK, at: at(1).toISOString(), ok: true, errors: [] } }, URL_OK, NOW)).toEqual(NOW);
    // An attempt a minute ago is still counted from its own time.
    const minuteAgo = new Date(NOW.getTime() - 60_000).toISOString();
    expect(nextRefresh({ lastAttempt: { url: URL_OK, at: minuteAgo, ok: true, errors: [] } }, URL_OK, NOW)).toEqual(at(REFRESH_PERIOD_MS - 60_000));
  });
});
