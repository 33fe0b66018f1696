import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import {
  applyLoadEvent,
  beforeNavigateEvent,
  createSlowLoads,
  DEFAULT_SLOW_LOAD_MS,
  loadEndedEvent,
  parseSlowLoadsSnapshot,
  slowFailure,
  slowLoadMs,
} from './load-timer';

const academy = (h: string) => h === 'ac-lyon.fr' || h.endsWith('.ac-lyon.fr');

describe('slow loads', () => {
  it('the pack sets 20 s', () => {
    expect(slowLoadMs(bundledPack)).toBe(20_000);
    expect(DEFAULT_SLOW_LOAD_MS).toBe(20_000);
    const { diagnostics: _, ...withoutDiagnostics } = bundledPack;
    expect(slowLoadMs(withoutDiagnostics)).toBe(20_000);
  });

  it('19 999 ms is not due, 20 000 ms is', () => {
    const loads = createSlowLoads(20_000);
    loads.start(7, 'webmail.ac-lyon.fr', 1_000);
    expect(loads.due(1_000 + 19_999)).toEqual([]);
    expect(loads.due(1_000 + 20_000)).toEqual([{ tabId: 7, host: 'webmail.ac-lyon.fr', startedAt: 1_000, reportedAt: 21_000 }]);
  });

  it('a load is reported once', () => {
    const loads = createSlowLoads(20_000);
    loads.start(1, 'webmail.ac-lyon.fr', 0);
    expect(loads.due(25_000)).toHaveLength(1);
    expect(loads.due(30_000)).toEqual([]);
    expect(loads.nextDueAt()).toBeNull();
  });

  it('a load that completes or fails in time is never due', () => {
    const loads = createSlowLoads(20_000);
    loads.start(1, 'webmail.ac-lyon.fr', 0);
    loads.start(2, 'portail.ac-lyon.fr', 0);
    expect(loads.stop(1)).toEqual({ tabId: 1, host: 'webmail.ac-lyon.fr', startedAt: 0 });
    expect(loads.due(19_999)).toEqual([]);
    loads.stop(2);
    expect(loads.due(60_000)).toEqual([]);
  });

  it('stopping a reported load tells it had been reported (to clear the slow verdict)', () => {
    const loads = createSlowLoads(20_000);
    loads.start(3, 'webmail.ac-lyon.fr', 0);
    loads.due(20_000);
    expect(loads.stop(3)?.reportedAt).toBe(20_000);
    expect(loads.stop(3)).toBeUndefined();
  });

  it('a new navigation restarts the clock of the tab', () => {
    const loads = createSlowLoads(20_000);
    loads.start(1, 'webmail.ac-lyon.fr', 0);
    loads.start(1, 'portail.ac-lyon.fr', 15_000);
    expect(loads.due(20_000)).toEqual([]);
    expect(loads.due(35_000).map((l) => l.host)).toEqual(['portail.ac-lyon.fr']);
  });

  it('tells when the next load becomes due, per tab', () => {
    const loads = createSlowLoads(20_000);
    expect(loads.nextDueAt()).toBeNull();
    loads.start(1, 'a.ac-lyon.fr', 5_000);
    loads.start(2, 'b.ac-lyon.fr', 2_000);
    expect(loads.nextDueAt()).toBe(22_000);
    expect(loads.due(22_000).map((l) => l.tabId)).toEqual([2]);
    expect(loads.nextDueAt()).toBe(25_000);
  });

  it('the threshold is the one given', () => {
    const loads = createSlowLoads(5_000);
    loads.start(1, 'a.ac-lyon.fr', 0);
    expect(loads.thresholdMs).toBe(5_000);
    expect(loads.due(5_000)).toHaveLength(1);
  });

  it('survives a worker restart through its snapshot (JSON round trip)', () => {
    const before = createSlowLoads(20_000);
    before.start(9, 'webmail.ac-lyon.fr', 100);
    before.start(4, 'portail.ac-lyon.fr', 0);
    before.due(20_000); // tab 4 reported
    const stored = JSON.parse(JSON.stringify(before.snapshot())) as unknown;
    const after = createSlowLoads(20_000, stored);
    expect(after.pending()).toHaveLength(2);
    expect(after.due(20_099)).toEqual([]);
    expect(after.due(20_100).map((l) => l.tabId)).toEqual([9]);
    expect(after.snapshot()).toEqual({ v: 1, loads: expect.objectContaining({ '4': expect.objectContaining({ reportedAt: 20_000 }) }) });
  });

  it('drops a malformed snapshot', () => {
    expect(parseSlowLoadsSnapshot(null)).toEqual({ v: 1, loads: {} });
    expect(parseSlowLoadsSnapshot({ v: 2, loads: {} })).toEqual({ v: 1, loads: {} });
    expect(
      parseSlowLoadsSnapshot({
        v: 1,
        loads: {
          '1': { tabId: 1, host: 'a.ac-lyon.fr', startedAt: 0 },
          '2': { tabId: 3, host: 'b.ac-lyon.fr', startedAt: 0 },
          '4': { tabId: 4, host: '', startedAt: 0 },
          '5': { tabId: 5, host: 'c.ac-lyon.fr', startedAt: 'now' },
        },
      }).loads,
    ).toEqual({ '1': { tabId: 1, host: 'a.ac-lyon.fr', startedAt: 0 } });
  });

  it('a due load becomes a network-slow failure', () => {
    expect(slowFailure({ tabId: 1, host: 'webmail.ac-lyon.fr', startedAt: 1_000 }, 20_000)).toEqual({
      kind: 'network-slow',
      code: 'LOAD_INCOMPLETE_20S',
      host: 'webmail.ac-lyon.fr',
      at: 21_000,
    });
  });
});

describe('webNavigation details → load events', () => {
  const base = { tabId: 5, frameId: 0, timeStamp: 10 };

  it('an academy main-frame navigation starts a load (host only)', () => {
    expect(beforeNavigateEvent({ ...base, url: 'https://webmail.ac-lyon.fr/login?x=1' }, academy)).toEqual({ kind: 'start', tabId: 5, host: 'webmail.ac-lyon.fr', at: 10 });
  });

  it('a navigation elsewhere stops the tab’s load', () => {
    expect(beforeNavigateEvent({ ...base, url: 'https://example.org/' }, academy)).toEqual({ kind: 'stop', tabId: 5, at: 10 });
    expect(beforeNavigateEvent({ ...base, url: 'about:blank' }, academy)).toEqual({ kind: 'stop', tabId: 5, at: 10 });
  });

  it('sub-frames, prerender and non-tabs are not loads', () => {
    expect(beforeNavigateEvent({ ...base, frameId: 2, url: 'https://webmail.ac-lyon.fr/' }, academy)).toBeNull();
    expect(beforeNavigateEvent({ ...base, frameType: 'sub_frame', url: 'https://webmail.ac-lyon.fr/' }, academy)).toBeNull();
    expect(beforeNavigateEvent({ ...base, documentLifecycle: 'prerender', url: 'https://webmail.ac-lyon.fr/' }, academy)).toBeNull();
    expect(beforeNavigateEvent({ ...base, tabId: -1, url: 'https://webmail.ac-lyon.fr/' }, academy)).toBeNull();
    expect(loadEndedEvent({ ...base, frameId: 1, url: 'https://webmail.ac-lyon.fr/' })).toBeNull();
  });

  it('completion or error of the main frame stops the load', () => {
    const loads = createSlowLoads(20_000);
    applyLoadEvent(loads, beforeNavigateEvent({ ...base, url: 'https://webmail.ac-lyon.fr/' }, academy));
    expect(loads.pending()).toHaveLength(1);
    expect(applyLoadEvent(loads, loadEndedEvent({ ...base, timeStamp: 500, url: 'https://webmail.ac-lyon.fr/' }))?.host).toBe('webmail.ac-lyon.fr');
    expect(loads.pending()).toEqual([]);
    expect(applyLoadEvent(loads, null)).toBeUndefined();
  });

  it('a start returns the load it replaced', () => {
    const loads = createSlowLoads(20_000);
    applyLoadEvent(loads, { kind: 'start', tabId: 1, host: 'a.ac-lyon.fr', at: 0 });
    expect(applyLoadEvent(loads, { kind: 'start', tabId: 1, host: 'b.ac-lyon.fr', at: 1 })?.host).toBe('a.ac-lyon.fr');
  });
});
