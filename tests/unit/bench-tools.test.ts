/**
 * The benches' own tools, where a mistake would silently skew a figure: the instrumented
 * background (bench/extensions.ts) must time the first event without changing what the
 * background hears, bench/options.ts must refuse what it does not understand, and the load order
 * (bench/order.ts) must give no setup the quiet places more often than another.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTUP_KEY, instrumentedBuild, type StartupRecord } from '../../bench/extensions';
import { parseBenchOptions } from '../../bench/options';
import { balancedRounds } from '../../bench/order';
import { markdownTable, type PageResult } from '../../bench/page-load';
import { median, ratioInterval } from '../../bench/stats';
import { prng } from '../../src/match/synthetic';

/** An event as the browsers expose it: addListener, removeListener, hasListener, and a way to fire it. */
function fakeEvent() {
  const listeners = new Set<(...args: unknown[]) => unknown>();
  return {
    addListener: (fn: (...args: unknown[]) => unknown) => void listeners.add(fn),
    removeListener: (fn: (...args: unknown[]) => unknown) => void listeners.delete(fn),
    hasListener: (fn: (...args: unknown[]) => unknown) => listeners.has(fn),
    fire: (...args: unknown[]) => [...listeners].map((fn) => fn(...args)),
    get size() {
      return listeners.size;
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function runInstrumented(background: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-tools-'));
  dirs.push(tmp);
  mkdirSync(join(tmp, 'build'));
  writeFileSync(join(tmp, 'build', 'background.js'), background);
  const out = instrumentedBuild(join(tmp, 'build'), join(tmp, 'copy'));
  const saved: unknown[] = [];
  const chrome = {
    runtime: { id: 'x', onMessage: fakeEvent() },
    webNavigation: { onBeforeNavigate: fakeEvent(), onCommitted: fakeEvent() },
    tabs: { onUpdated: fakeEvent() },
    storage: { session: { set: (v: unknown) => saved.push(v) }, onChanged: fakeEvent() },
  };
  const context: Record<string, unknown> = { chrome, performance, globalThis: undefined };
  context.globalThis = context;
  runInNewContext(readFileSync(join(out, 'background.js'), 'utf8'), context);
  return { chrome, saved, record: context[STARTUP_KEY] as StartupRecord, original: readFileSync(join(tmp, 'build', 'background.js'), 'utf8') };
}

describe('instrumentedBuild', () => {
  it('times the first event a listener is handed, saves it once, and passes every event and reply through', () => {
    const { chrome, saved, record } = runInstrumented(`
      globalThis.heard = [];
      chrome.webNavigation.onBeforeNavigate.addListener((d) => { globalThis.heard.push(d.url); return 'reply'; }, { url: [] });
      chrome.runtime.onMessage.addListener(() => true);
    `);
    expect(record.firstEvent).toBeNull();
    expect(record.codeEnd).toBeGreaterThanOrEqual(record.codeStart);
    expect(chrome.webNavigation.onBeforeNavigate.fire({ url: 'http://drane.ac-lyon.fr/' })).toEqual(['reply']);
    expect(chrome.runtime.onMessage.fire({})).toEqual([true]);
    expect(record.firstEvent?.name).toBe('webNavigation.onBeforeNavigate');
    expect(record.firstEvent!.end).toBeGreaterThanOrEqual(record.firstEvent!.start);
    expect(saved).toEqual([{ [STARTUP_KEY]: record }]);
  });

  it('removes a listener added through the wrapper (journeys add and remove theirs)', () => {
    const { chrome } = runInstrumented(`
      const follow = () => {};
      chrome.tabs.onUpdated.addListener(follow);
      globalThis.had = chrome.tabs.onUpdated.hasListener(follow);
      chrome.tabs.onUpdated.removeListener(follow);
    `);
    expect(chrome.tabs.onUpdated.size).toBe(0);
  });

  it('leaves the build it copies untouched', () => {
    const { original } = runInstrumented('chrome.tabs.onUpdated.addListener(() => {});');
    expect(original).toBe('chrome.tabs.onUpdated.addListener(() => {});');
  });
});

describe('parseBenchOptions', () => {
  it('defaults to 25 loads per setup in each of 3 instances, in both browsers, warm and cold; --quick to 3 loads in one', () => {
    expect(parseBenchOptions([])).toMatchObject({ loads: 25, sessions: 3, browsers: ['chromium', 'firefox'], modes: ['warm', 'cold'], quick: false });
    expect(parseBenchOptions(['--quick'])).toMatchObject({ loads: 3, sessions: 1 });
    expect(parseBenchOptions(['--sessions', '1']).sessions).toBe(1);
    expect(parseBenchOptions(['--quick', '--loads', '7']).loads).toBe(7);
    expect(parseBenchOptions(['--loads=9', '--browsers', 'firefox', '--modes=cold']).browsers).toEqual(['firefox']);
    expect(parseBenchOptions([]).pages).toEqual(['academy', 'webmail', 'non-academy']);
    expect(parseBenchOptions(['--pages', 'non-academy']).pages).toEqual(['non-academy']);
  });

  it('refuses a bad value or an unknown option, naming it', () => {
    expect(() => parseBenchOptions(['--loads', '0'])).toThrow('--loads');
    expect(() => parseBenchOptions(['--browsers', 'safari'])).toThrow('--browsers');
    expect(() => parseBenchOptions(['--lods', '3'])).toThrow('--lods');
    expect(() => parseBenchOptions(['--pages', 'example.org'])).toThrow('--pages');
  });
});

describe('ratioInterval', () => {
  // Loads spread like the bench's: centre ± 20 %, drawn uniformly.
  const around = (centre: number, n: number, seed: number) => {
    const random = prng(seed);
    return Array.from({ length: n }, () => centre * (0.8 + 0.4 * random()));
  };

  it('holds the ratio of the medians, and is the same interval for the same samples', () => {
    const a = around(27, 25, 1);
    const b = around(25, 25, 2);
    const { low, high } = ratioInterval(a, b);
    expect(low).toBeLessThan(median(a) / median(b));
    expect(high).toBeGreaterThan(median(a) / median(b));
    expect(ratioInterval(a, b)).toEqual({ low, high });
  });

  it('narrows as loads are added: 75 loads tell apart what 25 cannot', () => {
    const width = (n: number) => {
      const { low, high } = ratioInterval(around(26, n, 3), around(25, n, 4));
      return high - low;
    };
    expect(width(75)).toBeLessThan(width(25) * 0.75);
  });

  it('is a single point for samples without spread, and unknown for an empty one', () => {
    expect(ratioInterval([30, 30, 30], [25, 25])).toEqual({ low: 1.2, high: 1.2 });
    expect(ratioInterval([], [25]).low).toBeNaN();
  });
});

describe('the page-load table', () => {
  const spread = (median: number) => ({ n: 75, median, p25: median - 3, p75: median + 3, settled: { n: 75, median: median + 30, p25: median + 27, p75: median + 33 } });
  const ratio = (toNone: number, low: number, high: number, target: number | null) => ({
    toControl: toNone,
    toNone,
    interval: { low, high },
    target,
    baseline: 'none' as const,
    met: target === null ? null : toNone <= target,
  });
  const row = (page: PageResult['page'], warm: ReturnType<typeof ratio>, cold: ReturnType<typeof ratio>): PageResult => ({
    page,
    url: '',
    setups: { none: spread(30), control: spread(30), warm: spread(30 * warm.toNone), cold: spread(30 * cold.toNone) },
    ratios: { warm, cold },
    loads: {},
  });

  it('says a miss whose interval holds the target apart from a settled one, and gives a page given apart no verdict', () => {
    const table = markdownTable(
      {
        chromium: {
          pages: [row('non-academy', ratio(1.055, 0.98, 1.18, 1.05), ratio(1.2, 1.1, 1.3, 1.05)), row('webmail', ratio(2.1, 1.9, 2.3, null), ratio(1.0, 0.9, 1.1, null))],
          cpuMsPerLoad: {},
          offMode: { warm: 0, cold: 0 },
          restops: 0,
          wakes: { timed: 0, stopped: 0 },
          late: 0,
        },
      },
      ['warm', 'cold'],
    );
    const [nonAcademy, webmail] = table.split('\n').slice(2);
    expect(nonAcademy).toContain('**×1.055** [0.980–1.180] (missed; its interval holds the target)');
    expect(nonAcademy).toMatch(/\*\*×1\.200\*\* \[1\.100–1\.300\] \(missed\) \|/);
    expect(webmail).not.toContain('missed');
    expect(webmail).toMatch(/given apart \|$/);
  });
});

/** How many times each ordered pair (a right before b) occurs inside the rounds. */
function adjacentPairs(rounds: number[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const round of rounds)
    for (let i = 1; i < round.length; i++) {
      const key = `${round[i - 1]}>${round[i]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

describe('balancedRounds', () => {
  it.each([2, 3, 4, 5, 6])('gives each of %i setups every place in the round, and every other setup just before it, equally often', (n) => {
    const rounds = balancedRounds(n);
    expect(rounds).toHaveLength(n % 2 ? 2 * n : n);
    for (const round of rounds) expect([...round].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (let place = 0; place < n; place++) {
      const atPlace = rounds.map((r) => r[place]!);
      for (let s = 0; s < n; s++) expect(atPlace.filter((x) => x === s)).toHaveLength(rounds.length / n);
    }
    // Every ordered pair of two different setups the same number of times; never a setup right after itself.
    const counts = adjacentPairs(rounds);
    expect(counts.size).toBe(n * (n - 1));
    expect(new Set(counts.values()).size).toBe(1);
    for (const key of counts.keys()) expect(key.split('>')[0]).not.toBe(key.split('>')[1]);
  });

  it('refuses a count that is not a whole number of setups, naming it', () => {
    expect(() => balancedRounds(0)).toThrow(/≥ 1, got 0/);
    expect(() => balancedRounds(2.5)).toThrow(/got 2.5/);
  });
});
