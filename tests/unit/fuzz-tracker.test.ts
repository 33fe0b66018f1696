/**
 * Seeded fuzz of the login-journey tracker and its store: random event sequences over many tabs,
 * with reloads, back/forward, client redirects, landings, closed tabs, hosts at and beyond DNS
 * limits, long landing pages, and hostile times (NaN, ±Infinity, negative, far future, going
 * back). At every step: no throw, every count under its cap, the serialised snapshot under its
 * byte bound (and under the tracker's own count of it), and a snapshot read back is the same
 * state. The store is driven the same way and what it writes is checked. Fixed seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyStore } from '../../src/background/journey-store';
import { DEFAULT_LIMITS, JourneyTracker, MAX_PAGE_LENGTH, type JourneyEvent, type TrackerLimits, type Transition } from '../../src/journey/tracker';

const TRACKER_RUNS = 200;
const STORE_RUNS = 40;
/** Tight limits, so that a few hundred events reach every bound (the defaults are checked too). */
const TIGHT: TrackerLimits = { ...DEFAULT_LIMITS, maxHosts: 6, maxJourneys: 5, maxChain: 4, maxChains: 12, maxBytes: 2 * 1024 };

const long = (n: number) => `${String(n).padStart(8, '0')}${'a'.repeat(55)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(51)}.ac-lyon.fr`; // 253 characters
const HUGE_HOST = `${'a.'.repeat(1024 * 1024 - 8)}ac-lyon.fr`; // 2 MB, built once
const hostArb = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('drane.ac-lyon.fr', 'portail.ac-lyon.fr', 'webmail.ac-lyon.fr', 'www.ac-lyon.fr', 'cas.ent.auvergnerhonealpes.fr') },
  { weight: 6, arbitrary: fc.nat(50).map(long) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_HOST, 'x'.repeat(64), '', 'a"b', 'a\\b', 'é.fr', 'a b', `${'a.'.repeat(127)}fr`) },
);
const timeArb = fc.oneof(
  { weight: 12, arbitrary: fc.nat(400_000) }, // an offset from the base: in order, or going back a little
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -1, 1e300, Number.MAX_VALUE, -0, 8.64e15 + 1) },
);
const tabArb = fc.oneof({ weight: 20, arbitrary: fc.nat(60) }, { weight: 10, arbitrary: fc.nat(400) }, { weight: 1, arbitrary: fc.constantFrom(-1, NaN, 2 ** 60, 1.5) });
const pageArb = fc.oneof(
  fc.constant(null),
  fc.constantFrom('https://drane.ac-lyon.fr/spip/espace', 'https://webmail.ac-lyon.fr/SOGo/so/*/Mail/view'),
  fc.constantFrom(...[1_000, 1_100, 200_000].map((n) => `https://drane.ac-lyon.fr/${'p'.repeat(n)}`)),
  fc.string({ maxLength: 10 }),
);
const transitionArb = fc.constantFrom<Transition>('link', 'typed', 'reload', 'form_submit', 'auto', 'other');

const eventArb: fc.Arbitrary<(base: number) => JourneyEvent | JourneyEvent[]> = fc.oneof(
  fc.record({ tabId: tabArb, host: hostArb, at: timeArb }).map((e) => (b: number): JourneyEvent => ({ kind: 'login-submit', ...e, at: b + e.at }) as JourneyEvent),
  fc.record({ tabId: tabArb, host: hostArb, at: timeArb }).map((e) => (b: number): JourneyEvent => ({ kind: 'start', ...e, at: b + e.at }) as JourneyEvent),
  fc.record({ tabId: tabArb, fromHost: hostArb, toHost: hostArb, at: timeArb }).map((e) => (b: number): JourneyEvent => ({ kind: 'redirect', ...e, at: b + e.at }) as JourneyEvent),
  fc
    .record({ tabId: tabArb, host: hostArb, at: timeArb, transition: transitionArb, clientRedirect: fc.boolean(), backForward: fc.boolean() })
    .map((e) => (b: number): JourneyEvent => ({ kind: 'commit', ...e, at: b + e.at }) as JourneyEvent),
  fc.record({ tabId: tabArb, host: fc.option(hostArb), page: pageArb, at: timeArb }).map((e) => (b: number): JourneyEvent => ({ kind: 'complete', ...e, at: b + e.at }) as JourneyEvent),
  fc.record({ tabId: tabArb, at: timeArb }).map((e) => (b: number): JourneyEvent => ({ kind: 'tab-removed', ...e, at: b + e.at }) as JourneyEvent),
  // A server redirect chain through long hosts in one tab: journeys and chains grow to their caps.
  fc.record({ tabId: tabArb, hops: fc.array(fc.nat(50), { maxLength: 30 }), at: timeArb }).map(
    (e) => (b: number) => e.hops.map((n, i): JourneyEvent => ({ kind: 'redirect', tabId: e.tabId, fromHost: long(n), toHost: long(n + i + 1), at: b + e.at })),
  ),
);
/** A sequence with its times spread from a base, so that timeouts and continuations happen. */
const sequenceArb = fc.array(eventArb, { minLength: 1, maxLength: 300, size: 'max' }).map((makers) => makers.flatMap((make, i) => make(1_700_000_000_000 + i * 1_000)));

const written = (t: JourneyTracker) => JSON.stringify(t.snapshot());

/** Every count under its cap; with `bytes`, the serialised snapshot under its bound and under the tracker's own count. Plain throws: this runs at every step. */
function checkBounds(t: JourneyTracker, limits: TrackerLimits, bytes: boolean): void {
  const fail = (what: string) => {
    throw new Error(`${what}: ${JSON.stringify(t.size())}`);
  };
  const size = t.size();
  if (size.journeys > limits.maxJourneys || size.chains > limits.maxChains || size.pending > limits.maxChains) fail('too many entries');
  if (size.bytes > limits.maxBytes) fail('counted bytes over the bound');
  const snap = t.snapshot();
  for (const j of Object.values(snap.journeys)) {
    if (j.hosts.length > limits.maxHosts || j.hosts.length === 0) fail('journey hosts');
    if (!Number.isFinite(j.startedAt) || !Number.isFinite(j.lastAt) || (j.landing && !Number.isFinite(j.landing.at))) fail('a time that does not compare');
    if (j.landing?.page && j.landing.page.length > MAX_PAGE_LENGTH) fail('landing page');
  }
  for (const c of [...Object.values(snap.chains), ...Object.values(snap.pending)]) if (c.length > limits.maxChain) fail('chain length');
  if (!bytes) return;
  const json = written(t);
  if (json.length > limits.maxBytes || json.length > size.bytes) fail(`serialised ${json.length} bytes`);
}

describe('fuzz: journey tracker and store (seeded)', () => {
  it(`${TRACKER_RUNS} random sequences of up to 300 events: no throw, counts and bytes bounded at every step`, () => {
    let events = 0;
    const nearest = { tight: 0, default: 0 };
    fc.assert(
      fc.property(sequenceArb, fc.boolean(), (sequence, tight) => {
        const limits = tight ? TIGHT : DEFAULT_LIMITS;
        const t = new JourneyTracker(undefined, limits);
        sequence.forEach((e, i) => {
          t.expire(e.at);
          t.apply(e);
          events++;
          // Serialising 64 KiB at every step would take the suite's time: every step under tight limits, every 16th under the defaults.
          checkBounds(t, limits, tight || i % 16 === 0);
          if (tight) nearest.tight = Math.max(nearest.tight, t.size().bytes);
          else nearest.default = Math.max(nearest.default, t.size().bytes);
        });
        checkBounds(t, limits, true);
        // Read back from storage, the state is the same and as bounded.
        const stored = JSON.parse(written(t));
        const back = new JourneyTracker(stored, limits);
        expect(back.snapshot()).toEqual(stored);
        checkBounds(back, limits, true);
      }),
      { seed: 17, numRuns: TRACKER_RUNS },
    );
    console.log(`fuzz-tracker: ${events} events in ${TRACKER_RUNS} sequences; largest counted state ${nearest.tight} B (tight, bound ${TIGHT.maxBytes}), ${nearest.default} B (defaults, bound ${DEFAULT_LIMITS.maxBytes})`);
    expect(events).toBeGreaterThan(TRACKER_RUNS * 100);
    expect(nearest.tight).toBeGreaterThan(TIGHT.maxBytes * 0.8); // the fuzz reached the byte bound
  });

  it(`${STORE_RUNS} random sequences through the journey store: what it writes stays bounded`, async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArb, async (sequence) => {
        const data: Record<string, unknown> = {};
        let largest = 0;
        const area = {
          get: async (key: string) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {}),
          set: async (items: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(items)) {
              const json = JSON.stringify(v);
              largest = Math.max(largest, json.length);
              data[k] = JSON.parse(json);
            }
          },
        };
        let store = journeyStore(area);
        for (const [i, e] of sequence.entries()) {
          await store.apply(e);
          // A worker stopped now and then: the next one reads what was written.
          if (i % 97 === 96) store = journeyStore(area);
        }
        expect(largest).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytes);
      }),
      { seed: 17, numRuns: STORE_RUNS },
    );
  });
});
