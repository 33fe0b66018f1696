/**
 * The login-journey tracker: from a login submission on an academy page,
 * through every server and client redirect, to the page where the tab lands.
 *
 * Pure and event-driven: the background turns browser events into
 * `JourneyEvent`s (hosts already parsed) and persists `snapshot()` in session
 * storage, because Chrome stops an idle worker even in the middle of a redirect
 * chain. Work per event is a few map operations; state is bounded per tab and
 * overall, and dropped when a tab closes or a journey times out.
 *
 * Only hosts and the landing page's origin+path are kept: never a query string.
 */

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
  /** A main-frame document committed; `clientRedirect` when the browser says a page script or meta refresh caused it. */
  | { kind: 'commit'; tabId: number; host: string; at: number; transition: Transition; clientRedirect: boolean; backForward: boolean }
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
  maxChain: number;
}

export const DEFAULT_LIMITS: TrackerLimits = {
  timeoutMs: 120_000,
  continueWithinMs: 2_500,
  maxHosts: 24,
  maxJourneys: 50,
  maxChain: 10,
};

const pushBounded = (list: string[], host: string, max: number) => {
  list.push(host);
  if (list.length > max) list.splice(0, list.length - max);
};

export class JourneyTracker {
  private journeys = new Map<number, Journey>();
  private chains = new Map<number, string[]>();
  private pending = new Map<number, string[]>();

  constructor(
    snapshot: TrackerSnapshot = { journeys: {}, chains: {}, pending: {} },
    private readonly limits: TrackerLimits = DEFAULT_LIMITS,
  ) {
    for (const [k, v] of Object.entries(snapshot.journeys)) this.journeys.set(Number(k), v);
    for (const [k, v] of Object.entries(snapshot.chains)) this.chains.set(Number(k), v);
    for (const [k, v] of Object.entries(snapshot.pending ?? {})) this.pending.set(Number(k), v);
  }

  /** Applies one event; returns the tab's journey when this event made it land (the moment to tell the user). */
  apply(e: JourneyEvent): Journey | null {
    const j = this.journeys.get(e.tabId);
    if (j && j.phase === 'running' && e.at - j.startedAt > this.limits.timeoutMs) this.journeys.delete(e.tabId);
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
        this.journeys.set(e.tabId, { startedAt: e.at, lastAt: e.at, phase: 'running', hosts, loginAt: hosts.length - 1, landing: null });
        this.bound();
        return null;
      }

      case 'start': {
        if (journey && journey.phase === 'running') {
          if (journey.hosts[journey.hosts.length - 1] !== e.host) this.addHost(journey, e.host, e.at);
          this.pending.delete(e.tabId);
        } else {
          this.pending.set(e.tabId, [e.host]);
          this.bound();
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
          else {
            this.pending.set(e.tabId, [e.fromHost, e.toHost]);
            this.bound();
          }
        }
        return null;
      }

      case 'commit': {
        const hops = this.pending.get(e.tabId) ?? [];
        this.pending.delete(e.tabId);
        if (e.backForward || e.transition === 'reload') {
          // Reloading the landing page, or going back, is not a login.
          if (journey && journey.phase === 'landed' && e.transition === 'reload') return null;
          this.journeys.delete(e.tabId);
          this.chains.set(e.tabId, [e.host]);
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
            this.chains.set(e.tabId, fold([...hops, e.host]));
            return null;
          }
          if (journey.phase === 'landed') journey.phase = 'running';
          // Redirect hops seen before the login submission was known still belong to the journey.
          for (const h of [...hops, e.host]) if (journey.hosts[journey.hosts.length - 1] !== h) this.addHost(journey, h, e.at);
          journey.lastAt = e.at;
          return null;
        }
        const chain = continues ? [...(this.chains.get(e.tabId) ?? []), ...hops, e.host] : [...hops, e.host];
        this.chains.set(e.tabId, fold(chain).slice(-this.limits.maxChain));
        this.bound();
        return null;
      }

      case 'complete': {
        if (!journey || journey.phase !== 'running') return null;
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

  /** Drops running journeys that never landed. */
  expire(now: number): void {
    for (const [tab, j] of this.journeys) if (j.phase === 'running' && now - j.startedAt > this.limits.timeoutMs) this.journeys.delete(tab);
  }

  snapshot(): TrackerSnapshot {
    return { journeys: Object.fromEntries(this.journeys), chains: Object.fromEntries(this.chains), pending: Object.fromEntries(this.pending) };
  }

  size(): { journeys: number; chains: number; pending: number } {
    return { journeys: this.journeys.size, chains: this.chains.size, pending: this.pending.size };
  }

  private chain(tabId: number): string[] {
    let c = this.chains.get(tabId);
    if (!c) this.chains.set(tabId, (c = []));
    return c;
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

  /** Keeps the state bounded however many tabs come and go without closing. */
  private bound(): void {
    while (this.journeys.size > this.limits.maxJourneys) {
      let oldest: number | undefined;
      let oldestAt = Infinity;
      for (const [tab, j] of this.journeys) if (j.lastAt < oldestAt) (oldest = tab), (oldestAt = j.lastAt);
      if (oldest === undefined) return;
      this.journeys.delete(oldest);
    }
    for (const map of [this.chains, this.pending]) {
      while (map.size > this.limits.maxJourneys * 4) {
        const first = map.keys().next().value;
        if (first === undefined) break;
        map.delete(first);
      }
    }
  }
}

/** Consecutive duplicates folded: drane, portail, portail, drane → drane, portail, drane. */
export const fold = (hosts: readonly string[]): string[] => hosts.filter((h, i) => i === 0 || hosts[i - 1] !== h);
