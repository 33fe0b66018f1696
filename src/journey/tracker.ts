/**
 * The login-journey tracker: from a login submission on an academy page,
 * through every server and client redirect, to the page where the tab lands.
 *
 * Pure and event-driven: the background turns browser events into
 * `JourneyEvent`s (hosts already parsed) and persists `snapshot()` in session
 * storage, because Chrome stops an idle worker even in the middle of a redirect
 * chain. Work per event is a few map operations; state is bounded per tab and
 * overall, in entries and in serialised bytes, on every path (reloads and back/forward included,
 * and whatever the times: NaN, Infinity or negative), and dropped when a tab closes or a
 * journey times out.
 *
 * Only hosts and the landing page's origin+path are kept: never a query string.
 */

import { withinDnsLimits } from '../match/normalize';

export type Transition = 'link' | 'typed' | 'reload' | 'form_submit' | 'auto' | 'other';

export type JourneyEvent =
  /** A POST from a page with a password field, or to a login endpoint the pack names. */
  | { kind: 'login-submit'; tabId: number; host: string; at: number }
  /**
   * A main-frame navigation starts (its first URL's host): with the commit, the path of a
   * navigation where no redirect is reported hop by hop (Chromium, which is not given webRequest).
   */
  | { kind: 'start'; tabId: number; host: string; at: number }
  /** A server redirect of the main frame (hop by hop; Firefox). */
  | { kind: 'redirect'; tabId: number; fromHost: string; toHost: string; at: number }
  /**
   * A main-frame document committed; `clientRedirect` when the browser says a page script or meta
   * refresh caused it, `serverRedirect` when the server redirected it on its way here.
   */
  | { kind: 'commit'; tabId: number; host: string; at: number; transition: Transition; clientRedirect: boolean; backForward: boolean; serverRedirect?: boolean }
  /** The main frame finished loading; `page` is origin+path, null when the browser does not let us see the URL. */
  | { kind: 'complete'; tabId: number; host: string | null; page: string | null; at: number }
  | { kind: 'tab-removed'; tabId: number; at: number };

export interface Journey {
  startedAt: number;
  lastAt: number;
  phase: 'running' | 'landed';
  /** Every host in order, starting with the redirect chain that led to the login page. */
  hosts: string[];
  /** Index in `hosts` of the host where the credentials were submitted. */
  loginAt: number;
  landing: { host: string; page: string | null; at: number } | null;
}

export interface TrackerSnapshot {
  journeys: Record<string, Journey>;
  /** Hosts of each tab's current navigation chain (what led to the page now shown). */
  chains: Record<string, string[]>;
  /** Server-redirect hops of the navigation in flight, before it commits. */
  pending: Record<string, string[]>;
}

export interface TrackerLimits {
  /** A journey with no landing after this long is dropped. */
  timeoutMs: number;
  /** A navigation this soon after a landing, not typed nor a reload, continues the journey (Firefox omits client_redirect for JS redirects). */
  continueWithinMs: number;
  maxHosts: number;
  maxJourneys: number;
  /** Hosts of one tab's navigation chain, or of its hops in flight. */
  maxChain: number;
  /** Tabs with a navigation chain kept (and, apart, tabs with hops in flight). */
  maxChains: number;
  /** Bound on the serialised snapshot (`JSON.stringify(snapshot()).length`), whatever the events. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: TrackerLimits = {
  timeoutMs: 120_000,
  continueWithinMs: 2_500,
  maxHosts: 24,
  maxJourneys: 50,
  maxChain: 10,
  maxChains: 200,
  maxBytes: 64 * 1024,
};

/** Longest landing page (origin and path) kept as it is; a longer one is kept as `keptPage` shortens it. */
export const MAX_PAGE_LENGTH = 1024;

/** Latest time the tracker takes as given (the last millisecond a `Date` can hold). */
const MAX_TIME = 8.64e15;

/** Printable ASCII that JSON writes as it is (no quote, no backslash): its serialised size is its length and two quotes. */
const PLAIN = /^[!#-[\]-~]+$/;

/** A host the tracker keeps: a host name within DNS limits (253 characters, 63 per label), `PLAIN`. Reads at most 253 characters. */
export const isKeptHost = (host: unknown): host is string => typeof host === 'string' && host !== '' && withinDnsLimits(host) && PLAIN.test(host);

/**
 * The landing page as the tracker keeps it: origin and path (never a query: `pageOf`) up to
 * `MAX_PAGE_LENGTH` characters of printable ASCII; a longer or stranger one is shortened to its
 * beginning, its end and its length (two such pages alike in all three are taken as one). The tab's
 * page is compared with a landing in this form (`tab-state.ts`).
 */
export function keptPage(page: string | null): string | null {
  if (page === null || (page.length <= MAX_PAGE_LENGTH && PLAIN.test(page))) return page;
  return `${page.slice(0, MAX_PAGE_LENGTH - 48)}~${page.slice(-24)}~${page.length}`.replace(/[^!#-[\]-~]/g, '_');
}

/** A time the tracker can compare: finite, from 0 to the last `Date`; anything else is none. */
const saneTime = (at: unknown): number | null => (typeof at === 'number' && at >= 0 && at <= MAX_TIME ? at : null);

const isTabId = (id: unknown): id is number => Number.isSafeInteger(id) && (id as number) >= 0;

// Serialised sizes, as upper bounds: every kept string is printable ASCII without quote or
// backslash (its length + 2 quotes), a number at most 24 characters, a tab id at most 16 digits.
const NUMBER_BYTES = 24;
/** `{"journeys":{},"chains":{},"pending":{}}` and a margin. */
const SNAPSHOT_BYTES = 64;
/** A journey's keys, punctuation, tab id and four numbers. */
const JOURNEY_BYTES = 256;
/** A chain's tab id, key punctuation and brackets. */
const CHAIN_BYTES = 24;
const listBytes = (hosts: readonly string[]): number => {
  let n = 2;
  for (const h of hosts) n += h.length + 3;
  return n;
};
const journeyBytes = (j: Journey): number =>
  JOURNEY_BYTES + listBytes(j.hosts) + (j.landing ? j.landing.host.length + 3 + (j.landing.page?.length ?? 4) + 3 + NUMBER_BYTES : 0);

const pushBounded = (list: string[], host: string, max: number) => {
  list.push(host);
  if (list.length > max) list.splice(0, list.length - max);
};

/**
 * Bounds hold on every path: each event is checked at the door (a tab id, a time that compares,
 * hosts within DNS limits), then applied, then the state is brought back under its caps, counted
 * in entries and in serialised bytes, for the tab the event touched and overall. A snapshot read
 * back from storage goes through the same checks.
 */
export class JourneyTracker {
  private journeys = new Map<number, Journey>();
  private chains = new Map<number, string[]>();
  private pending = new Map<number, string[]>();
  /** Serialised bytes (upper bound) of each tab's journey, chain and hops, and of the whole snapshot. */
  private tabBytes = new Map<number, number>();
  private bytes = SNAPSHOT_BYTES;
  /** The last sane time heard: the time of an event whose own time is not one. */
  private lastAt = 0;

  constructor(
    snapshot?: TrackerSnapshot | unknown,
    private readonly limits: TrackerLimits = DEFAULT_LIMITS,
  ) {
    this.restore(snapshot);
  }

  /** Applies one event; returns the tab's journey when this event made it land (the moment to tell the user). */
  apply(raw: JourneyEvent): Journey | null {
    const e = this.admit(raw);
    if (e === null) return null;
    const landed = this.step(e);
    this.measure(e.tabId);
    this.bound();
    return landed;
  }

  /** The event as the tracker may keep it, or null: a tab id, a time (none: the last one heard), hosts within DNS limits. */
  private admit(e: JourneyEvent): JourneyEvent | null {
    if (typeof e !== 'object' || e === null || !isTabId(e.tabId)) return null;
    const hosts = e.kind === 'redirect' ? [e.fromHost, e.toHost] : e.kind === 'tab-removed' || (e.kind === 'complete' && e.host === null) ? [] : [e.host];
    if (!hosts.every(isKeptHost)) return null;
    const sane = saneTime(e.at);
    if (sane !== null) this.lastAt = sane;
    // A copy only when something had to be mended (a hot path: most events are kept as they come).
    const page = e.kind === 'complete' ? keptPage(typeof e.page === 'string' ? e.page : null) : undefined;
    return sane === null || (e.kind === 'complete' && page !== e.page) ? ({ ...e, at: sane ?? this.lastAt, ...(page === undefined ? {} : { page }) } as JourneyEvent) : e;
  }

  private step(e: JourneyEvent): Journey | null {
    const j = this.journeys.get(e.tabId);
    // A journey started more than the timeout before this event (or after it: a clock set back) is over.
    if (j && j.phase === 'running' && Math.abs(e.at - j.startedAt) > this.limits.timeoutMs) this.journeys.delete(e.tabId);
    const journey = this.journeys.get(e.tabId);
    // Firefox reports a chain's redirect hops (webRequest.onBeforeRedirect) apart from its commit
    // and load (webNavigation): a hop can arrive after the landing it led to. A redirect older than
    // the landing is a hop of the chain the landing has told already: it does not re-open the journey.
    // (Commits and starts come in order with webNavigation's loads; a commit that precedes a landing
    // heard by tabs.onUpdated, timed on arrival, is a client redirect and must continue the journey.)
    if (e.kind === 'redirect' && journey?.landing && e.at < journey.landing.at) return null;

    switch (e.kind) {
      case 'tab-removed':
        this.journeys.delete(e.tabId);
        this.chains.delete(e.tabId);
        this.pending.delete(e.tabId);
        return null;

      case 'login-submit': {
        // The same submission may be reported twice (the page's form and the request to a login endpoint),
        // the second report possibly after the journey it started has landed: a report of the login host
        // made within 5 s of the journey's start, and not after its landing, is that submission again.
        if (journey && journey.hosts[journey.loginAt] === e.host && e.at - journey.startedAt < 5_000 && (journey.landing === null || e.at <= journey.landing.at)) return null;
        const chain = this.chains.get(e.tabId) ?? [];
        const hosts = chain.length && chain[chain.length - 1] === e.host ? [...chain] : [...chain, e.host];
        if (hosts.length > this.limits.maxHosts) hosts.splice(0, hosts.length - this.limits.maxHosts);
        this.journeys.delete(e.tabId); // a new journey is the newest
        this.journeys.set(e.tabId, { startedAt: e.at, lastAt: e.at, phase: 'running', hosts, loginAt: hosts.length - 1, landing: null });
        return null;
      }

      case 'start': {
        if (journey && journey.phase === 'running') {
          if (journey.hosts[journey.hosts.length - 1] !== e.host) this.addHost(journey, e.host, e.at);
          this.pending.delete(e.tabId);
        } else {
          this.setChain(e.tabId, [e.host], this.pending);
        }
        return null;
      }

      case 'redirect': {
        if (journey) {
          if (journey.phase === 'landed') journey.phase = 'running';
          if (journey.hosts[journey.hosts.length - 1] !== e.fromHost) this.addHost(journey, e.fromHost, e.at);
          this.addHost(journey, e.toHost, e.at);
          // The hops are in the journey now: the navigation's start must not come back at its commit.
          this.pending.delete(e.tabId);
        } else {
          const hops = this.pending.get(e.tabId);
          if (hops) pushBounded(hops, e.toHost, this.limits.maxChain);
          else this.setChain(e.tabId, [e.fromHost, e.toHost], this.pending);
        }
        return null;
      }

      case 'commit': {
        let hops = this.pending.get(e.tabId) ?? [];
        // A link followed from a page whose navigations are not heard (any but the mailbox's doors)
        // and redirected here by the server: its start went unheard. The page it was followed
        // from stands for it, as that navigation's first host did when every start was heard.
        const from = this.chains.get(e.tabId)?.at(-1);
        if (!hops.length && e.serverRedirect && e.transition === 'link' && from !== undefined && from !== e.host) hops = [from];
        this.pending.delete(e.tabId);
        if (e.backForward || e.transition === 'reload') {
          // Reloading the landing page, or going back, is not a login.
          if (journey && journey.phase === 'landed' && e.transition === 'reload') return null;
          this.journeys.delete(e.tabId);
          this.setChain(e.tabId, [e.host]);
          return null;
        }
        // Within a journey, anything but a typed address continues it while it runs or just after it landed
        // (SAML auto-posted forms, JS redirects that Firefox does not flag). Outside one, only redirects chain.
        const continues = journey
          ? e.transition !== 'typed' &&
            (journey.phase === 'running' || (journey.landing !== null && e.at - journey.landing.at <= this.limits.continueWithinMs))
          : e.clientRedirect;
        if (journey) {
          if (!continues) {
            this.journeys.delete(e.tabId);
            this.setChain(e.tabId, [...hops, e.host]);
            return null;
          }
          if (journey.phase === 'landed') journey.phase = 'running';
          // Redirect hops seen before the login submission was known still belong to the journey.
          for (const h of [...hops, e.host]) if (journey.hosts[journey.hosts.length - 1] !== h) this.addHost(journey, h, e.at);
          journey.lastAt = e.at;
          return null;
        }
        this.setChain(e.tabId, continues ? [...(this.chains.get(e.tabId) ?? []), ...hops, e.host] : [...hops, e.host]);
        return null;
      }

      case 'complete': {
        if (!journey || journey.phase !== 'running') {
          // Only the mailbox's doors have their start and commit heard: a page whose commit was not
          // heard settles the tab's chain at its load's end, as its commit would have (the hops of a
          // start heard on a door and redirected here by the server, then this host).
          if (e.host !== null && this.chains.get(e.tabId)?.at(-1) !== e.host) {
            const hops = this.pending.get(e.tabId) ?? [];
            this.pending.delete(e.tabId);
            this.setChain(e.tabId, [...hops, e.host]); // setChain folds a repeated host
          }
          return null;
        }
        const host = e.host ?? journey.hosts[journey.hosts.length - 1] ?? '';
        if (e.host && journey.hosts[journey.hosts.length - 1] !== e.host) this.addHost(journey, e.host, e.at);
        journey.phase = 'landed';
        journey.lastAt = e.at;
        journey.landing = { host, page: e.page, at: e.at };
        return journey;
      }
    }
  }

  journey(tabId: number): Journey | undefined {
    return this.journeys.get(tabId);
  }

  /** The hosts that led to the page the tab shows: its journey's, else its navigation chain (server and client redirects). */
  cameFrom(tabId: number): readonly string[] {
    return this.journeys.get(tabId)?.hosts ?? this.chains.get(tabId) ?? [];
  }

  /** Whether a journey runs (has not landed) in some tab. */
  anyRunning(): boolean {
    for (const j of this.journeys.values()) if (j.phase === 'running') return true;
    return false;
  }

  /** Drops running journeys that never landed (started more than the timeout before `now`, or after it). */
  expire(now: number): void {
    const at = saneTime(now);
    if (at === null) return;
    for (const [tab, j] of this.journeys) {
      if (j.phase === 'running' && Math.abs(at - j.startedAt) > this.limits.timeoutMs) {
        this.journeys.delete(tab);
        this.measure(tab);
      }
    }
  }

  snapshot(): TrackerSnapshot {
    return { journeys: Object.fromEntries(this.journeys), chains: Object.fromEntries(this.chains), pending: Object.fromEntries(this.pending) };
  }

  size(): { journeys: number; chains: number; pending: number; bytes: number } {
    return { journeys: this.journeys.size, chains: this.chains.size, pending: this.pending.size, bytes: this.bytes };
  }

  /** A tab's chain (or hops in flight): consecutive repeats folded, its last `maxChain` hosts, the newest of all. */
  private setChain(tabId: number, hosts: readonly string[], map = this.chains): void {
    map.delete(tabId);
    map.set(tabId, fold(hosts).slice(-this.limits.maxChain));
  }

  private addHost(j: Journey, host: string, at: number): void {
    j.hosts.push(host);
    if (j.hosts.length > this.limits.maxHosts) {
      const drop = j.hosts.length - this.limits.maxHosts;
      j.hosts.splice(0, drop);
      j.loginAt = Math.max(0, j.loginAt - drop);
    }
    j.lastAt = at;
  }

  /** Recounts one tab's serialised bytes (its entries changed). */
  private measure(tabId: number): void {
    const j = this.journeys.get(tabId);
    const c = this.chains.get(tabId);
    const p = this.pending.get(tabId);
    const now = (j ? journeyBytes(j) : 0) + (c ? CHAIN_BYTES + listBytes(c) : 0) + (p ? CHAIN_BYTES + listBytes(p) : 0);
    this.bytes += now - (this.tabBytes.get(tabId) ?? 0);
    if (now === 0) this.tabBytes.delete(tabId);
    else this.tabBytes.set(tabId, now);
  }

  /** Keeps the state bounded in entries and in bytes however many tabs come and go without closing. */
  private bound(): void {
    while (this.journeys.size > this.limits.maxJourneys) this.dropOldestJourney();
    for (const map of [this.chains, this.pending]) while (map.size > this.limits.maxChains) this.dropFirst(map);
    // Over the byte bound: hops in flight go first, then the oldest chains, then the oldest journeys.
    while (this.bytes > this.limits.maxBytes) {
      if (this.pending.size > 0) this.dropFirst(this.pending);
      else if (this.chains.size > 0) this.dropFirst(this.chains);
      else if (this.journeys.size > 0) this.dropOldestJourney();
      else break;
    }
  }

  private dropFirst(map: Map<number, unknown>): void {
    const first = map.keys().next().value as number;
    map.delete(first);
    this.measure(first);
  }

  /** The journey heard of least recently (the first kept, when times do not tell). */
  private dropOldestJourney(): void {
    let oldest = this.journeys.keys().next().value as number;
    let oldestAt = Infinity;
    for (const [tab, j] of this.journeys) if (j.lastAt < oldestAt) (oldest = tab), (oldestAt = j.lastAt);
    this.journeys.delete(oldest);
    this.measure(oldest);
  }

  /**
   * Reads a stored snapshot back through the same checks as events (only this tracker writes it, and
   * `storage.session` does not outlive an update, but it is no reason to trust it): what is malformed
   * is dropped, the rest bounded.
   */
  private restore(value: unknown): void {
    const s = (value ?? {}) as Partial<Record<keyof TrackerSnapshot, unknown>>;
    const each = (o: unknown, keep: (tab: number, v: any) => void) => {
      if (typeof o === 'object' && o !== null) for (const [k, v] of Object.entries(o)) if (isTabId(Number(k))) keep(Number(k), v);
    };
    const hostList = (x: unknown, max: number): string[] => (Array.isArray(x) ? x.slice(-max).filter(isKeptHost) : []);
    each(s.journeys, (tab, j) => {
      const hosts = hostList(j?.hosts, this.limits.maxHosts);
      const l = j?.landing ?? null;
      const landing = l && isKeptHost(l.host) && saneTime(l.at) !== null ? { host: l.host as string, page: keptPage(typeof l.page === 'string' ? l.page : null), at: l.at as number } : null;
      if (hosts.length === 0 || saneTime(j.startedAt) === null || saneTime(j.lastAt) === null || (l !== null && landing === null)) return;
      if (j.phase !== 'running' && !(j.phase === 'landed' && landing)) return;
      const loginAt = Math.min(Math.max(Math.trunc(Number(j.loginAt)) || 0, 0), hosts.length - 1);
      this.journeys.set(tab, { startedAt: j.startedAt, lastAt: j.lastAt, phase: j.phase, hosts, loginAt, landing });
      this.lastAt = Math.max(this.lastAt, j.lastAt);
    });
    const keepList = (map: Map<number, string[]>) => (tab: number, c: unknown) => {
      const hosts = hostList(c, this.limits.maxChain);
      if (hosts.length > 0) map.set(tab, hosts);
    };
    each(s.chains, keepList(this.chains));
    each(s.pending, keepList(this.pending));
    for (const tab of new Set([...this.journeys.keys(), ...this.chains.keys(), ...this.pending.keys()])) this.measure(tab);
    this.bound();
  }
}

/** Consecutive duplicates folded: drane, portail, portail, drane → drane, portail, drane. */
export const fold = (hosts: readonly string[]): string[] => hosts.filter((h, i) => i === 0 || hosts[i - 1] !== h);
