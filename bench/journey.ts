/**
 * Journey tracker bench: tracker work per navigation event, and the state it
 * retains, over 100,000 synthetic events on 50 tabs that keep closing and
 * reopening (logins, redirect chains across hosts, client redirects, landings).
 *
 * Targets: well under 1 µs of tracker work per event (we require ≤ 1 µs), and
 * flat memory: the retained state after 100,000 events is no larger than after
 * 10,000. Figures go to stdout and to .output/bench/journey.json.
 *
 * Run alone with `npx tsx bench/journey.ts`, or with every bench via `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JourneyTracker, type JourneyEvent } from '../src/journey/tracker';

export const TARGET_NS_PER_EVENT = 1000;
const EVENTS = 100_000;
const TABS = 50;
const OUT = fileURLToPath(new URL('../.output/bench/journey.json', import.meta.url));
const HOSTS = ['drane.ac-lyon.fr', 'portail.ac-lyon.fr', 'webmail.ac-lyon.fr', 'maths.enseigne.ac-lyon.fr', 'www.ac-lyon.fr', 'cas.ent.auvergnerhonealpes.fr'];

/** A deterministic stream: each tab runs login journeys; every 40th journey its tab closes and a new one opens. */
function events(count: number): JourneyEvent[] {
  let seed = 20261124;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const out: JourneyEvent[] = [];
  let at = 1_700_000_000_000;
  let nextTab = TABS;
  const tabs = Array.from({ length: TABS }, (_, i) => i);
  while (out.length < count) {
    const slot = rnd(TABS);
    const tabId = tabs[slot]!;
    const host = () => HOSTS[rnd(HOSTS.length)]!;
    at += 1 + rnd(50);
    const start = host();
    out.push({ kind: 'commit', tabId, host: start, at, transition: 'link', clientRedirect: false, backForward: false });
    out.push({ kind: 'redirect', tabId, fromHost: start, toHost: 'portail.ac-lyon.fr', at: at + 1 });
    out.push({ kind: 'login-submit', tabId, host: 'portail.ac-lyon.fr', at: at + 2 });
    for (let hop = rnd(4); hop >= 0; hop--) out.push({ kind: 'redirect', tabId, fromHost: 'portail.ac-lyon.fr', toHost: host(), at: at + 3 });
    out.push({ kind: 'commit', tabId, host: host(), at: at + 4, transition: 'form_submit', clientRedirect: false, backForward: false });
    if (rnd(3) === 0) out.push({ kind: 'commit', tabId, host: host(), at: at + 5, transition: 'link', clientRedirect: true, backForward: false });
    out.push({ kind: 'complete', tabId, host: host(), page: 'https://drane.ac-lyon.fr/spip/espace', at: at + 6 });
    if (rnd(5) === 0) out.push({ kind: 'commit', tabId, host: host(), at: at + 7, transition: 'reload', clientRedirect: false, backForward: false });
    if (rnd(40) === 0) {
      out.push({ kind: 'tab-removed', tabId, at: at + 8 });
      tabs[slot] = nextTab++;
    }
  }
  return out.slice(0, count);
}

const retained = (t: JourneyTracker) => JSON.stringify(t.snapshot()).length;

export function run(): boolean {
  const stream = events(EVENTS);
  // Warm-up on a separate tracker so the JIT has seen every path.
  const warm = new JourneyTracker();
  for (const e of stream) warm.apply(e);

  const samples: number[] = [];
  const sizes: { events: number; bytes: number; journeys: number; chains: number }[] = [];
  let tracker = new JourneyTracker();
  for (let rep = 0; rep < 7; rep++) {
    tracker = new JourneyTracker();
    const t0 = process.hrtime.bigint();
    for (const e of stream) tracker.apply(e);
    samples.push(Number(process.hrtime.bigint() - t0) / stream.length);
  }
  // Retained state along the way (measured apart from the timed runs).
  const probe = new JourneyTracker();
  stream.forEach((e, i) => {
    probe.apply(e);
    if ((i + 1) % 10_000 === 0) sizes.push({ events: i + 1, ...probe.size(), bytes: retained(probe) });
  });
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const first = sizes[0]!;
  const last = sizes[sizes.length - 1]!;
  const flat = last.bytes <= first.bytes * 1.5 && last.journeys <= 50;
  const fast = median <= TARGET_NS_PER_EVENT;

  console.log(`events: ${EVENTS} over ${TABS} open tabs (tabs closing and reopening)`);
  console.log(`tracker work per event: median ${median.toFixed(0)} ns (runs: ${samples.map((s) => s.toFixed(0)).join(', ')}) — target ≤ ${TARGET_NS_PER_EVENT} ns: ${fast ? 'met' : 'MISSED'}`);
  console.log('retained state (snapshot JSON) every 10,000 events:');
  for (const s of sizes) console.log(`  ${String(s.events).padStart(7)} events: ${String(s.bytes).padStart(7)} bytes, ${s.journeys} journeys, ${s.chains} chains`);
  console.log(`memory flat (last ≤ 1.5 × first, ≤ 50 journeys): ${flat ? 'met' : 'MISSED'}`);
  mkdirSync(fileURLToPath(new URL('../.output/bench/', import.meta.url)), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ events: EVENTS, tabs: TABS, nsPerEventMedian: median, samples, sizes }, null, 2)}\n`);
  return fast && flat;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = run() ? 0 : 1;
