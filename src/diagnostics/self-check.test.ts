import { describe, expect, it, vi } from 'vitest';
import { bundledPack as pack } from '../rules/bundled';
import {
  checklist,
  parseSelfCheckResult,
  probe,
  runSelfCheck,
  selfCheckTargets,
  SELF_CHECK_TIMEOUT_MS,
  summarize,
  type ProbeResult,
  type SelfCheckDeps,
} from './self-check';

const targets = selfCheckTargets(pack);

/** A fake fetch answering per host: a Response-like object, or an error to throw. */
function fakeFetch(answers: Record<string, { status?: number; type?: ResponseType } | Error>) {
  return vi.fn(async (url: string, _init: RequestInit) => {
    const a = answers[new URL(url).hostname];
    if (a === undefined) throw new TypeError('Failed to fetch');
    if (a instanceof Error) throw a;
    return { status: a.status ?? 200, type: a.type ?? 'basic' };
  });
}

function deps(fetch: SelfCheckDeps['fetch'], online = true): SelfCheckDeps & { signals: number[] } {
  let clock = 1_000;
  const signals: number[] = [];
  return {
    fetch,
    online: () => online,
    now: () => (clock += 100),
    timeoutSignal: (ms) => {
      signals.push(ms);
      return new AbortController().signal;
    },
    signals,
  };
}

const timeoutError = () => Object.assign(new Error('signal timed out'), { name: 'TimeoutError' });

describe('self-check targets', () => {
  it('probes the webmail then the staff portal, at their HTTPS root only', () => {
    expect(targets).toEqual([
      { id: 'webmail', host: 'webmail.ac-lyon.fr', url: 'https://webmail.ac-lyon.fr/' },
      { id: 'staff-portal', host: 'portail.ac-lyon.fr', url: 'https://portail.ac-lyon.fr/' },
    ]);
  });
});

describe('self-check probes', () => {
  it('asks with HEAD, no credentials, no cache, no redirect following, an 8 s timeout', async () => {
    const fetch = fakeFetch({ 'webmail.ac-lyon.fr': { status: 200 } });
    const d = deps(fetch);
    await probe(targets[0]!, d);
    expect(fetch).toHaveBeenCalledWith('https://webmail.ac-lyon.fr/', expect.objectContaining({ method: 'HEAD', credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer' }));
    expect(d.signals).toEqual([SELF_CHECK_TIMEOUT_MS]);
    expect(SELF_CHECK_TIMEOUT_MS).toBe(8000);
  });

  it.each<[string, { status?: number; type?: ResponseType } | Error, Partial<ProbeResult>]>([
    ['a 200', { status: 200 }, { outcome: 'reached', status: 200 }],
    ['a 405 to HEAD (still an answer)', { status: 405 }, { outcome: 'reached', status: 405 }],
    ['an opaque redirect', { status: 0, type: 'opaqueredirect' }, { outcome: 'reached', status: 0 }],
    ['a 503', { status: 503 }, { outcome: 'server-error', status: 503 }],
    ['a TypeError (network or certificate)', new TypeError('Failed to fetch'), { outcome: 'network-or-certificate' }],
    ['a timeout', timeoutError(), { outcome: 'timeout' }],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' }), { outcome: 'timeout' }],
  ])('%s', async (_, answer, expected) => {
    const r = await probe(targets[0]!, deps(fakeFetch({ 'webmail.ac-lyon.fr': answer })));
    expect(r).toMatchObject({ id: 'webmail', host: 'webmail.ac-lyon.fr', ...expected });
    expect(r.ms).toBe(100);
  });

  it('a failure while the device went offline is "offline"', async () => {
    const r = await probe(targets[0]!, deps(fakeFetch({}), false));
    expect(r.outcome).toBe('offline');
  });
});

describe('self-check run', () => {
  it('both reached → ok', async () => {
    const r = await runSelfCheck(targets, deps(fakeFetch({ 'webmail.ac-lyon.fr': { status: 302, type: 'opaqueredirect' }, 'portail.ac-lyon.fr': { status: 200 } })));
    expect(r.network).toBe('ok');
    expect(r.online).toBe(true);
    expect(r.probes.map((p) => p.outcome)).toEqual(['reached', 'reached']);
  });

  it('offline from the start: no request at all', async () => {
    const fetch = fakeFetch({});
    const r = await runSelfCheck(targets, deps(fetch, false));
    expect(fetch).not.toHaveBeenCalled();
    expect(r).toMatchObject({ online: false, network: 'offline' });
    expect(r.probes.every((p) => p.outcome === 'offline')).toBe(true);
  });

  it.each<[string, Record<string, { status?: number } | Error>, string]>([
    ['one refused', { 'webmail.ac-lyon.fr': { status: 200 } }, 'partial'],
    ['none reached', {}, 'failed'],
    ['both time out', { 'webmail.ac-lyon.fr': timeoutError(), 'portail.ac-lyon.fr': timeoutError() }, 'timeout'],
    ['one times out, one fails', { 'webmail.ac-lyon.fr': timeoutError() }, 'failed'],
    ['a server error', { 'webmail.ac-lyon.fr': { status: 502 }, 'portail.ac-lyon.fr': { status: 200 } }, 'server'],
  ])('%s → %s', async (_, answers, network) => {
    expect((await runSelfCheck(targets, deps(fakeFetch(answers)))).network).toBe(network);
  });

  it('summarize handles the empty case', () => {
    expect(summarize(true, [])).toBe('failed');
    expect(summarize(false, [])).toBe('offline');
  });

  it('a result survives the message round trip, and garbage does not', async () => {
    const r = await runSelfCheck(targets, deps(fakeFetch({ 'webmail.ac-lyon.fr': { status: 200 } })));
    expect(parseSelfCheckResult(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(parseSelfCheckResult(null)).toBeNull();
    expect(parseSelfCheckResult({ ...r, network: 'great' })).toBeNull();
    expect(parseSelfCheckResult({ ...r, probes: [{ id: 'other', host: 'x', outcome: 'reached', ms: 1 }] })).toBeNull();
  });
});

describe('the three checks', () => {
  it('before anything: the portal to read, the rest to do', () => {
    expect(checklist(null, null)).toEqual([
      { id: 'portal', state: 'info' },
      { id: 'password', state: 'todo' },
      { id: 'network', state: 'todo' },
    ]);
  });

  it.each<['yes' | 'no' | 'unknown', string]>([
    ['yes', 'ok'],
    ['no', 'warning'],
    ['unknown', 'info'],
  ])('password answer %s → %s', (answer, state) => {
    expect(checklist(null, answer)[1]).toEqual({ id: 'password', state, password: answer });
  });

  it('the network check is only to read about when a policy disabled the self-check', () => {
    expect(checklist(null, null, false)[2]).toEqual({ id: 'network', state: 'info' });
  });

  it('the network check follows the probes', async () => {
    const ok = await runSelfCheck(targets, deps(fakeFetch({ 'webmail.ac-lyon.fr': {}, 'portail.ac-lyon.fr': {} })));
    expect(checklist(ok, null)[2]).toEqual({ id: 'network', state: 'ok', network: 'ok' });
    const bad = await runSelfCheck(targets, deps(fakeFetch({})));
    expect(checklist(bad, null)[2]).toEqual({ id: 'network', state: 'warning', network: 'failed' });
  });
});
