/**
 * The institution's configuration as the background uses it: reads the managed
 * settings and the cached hosted pack, layers them over the bundled pack, and
 * keeps the hosted pack fresh. Browser APIs come in through `deps`, so this runs
 * the same in the worker and in unit tests; the wiring is in src/background/create-background.ts.
 *
 * It writes one storage.local key only (HOSTED_KEY); the user's own settings are
 * never read or written here.
 */
import { compileMatcher, type CompiledMatcher } from '../match/compile';
import type { Pack } from '../rules/schema';
import { effectiveConfig, policyScope, remoteScope, type EffectiveConfig } from './layers';
import { fetchHostedPack, hostedCache, hostedLayer, nextRefresh, RETRY_FIRST_MS, type HostedState, type LocalArea } from './hosted-pack';
import { validateManaged, type ManagedResult } from './managed-schema';
import { keptPromise } from '../kept-promise';

export interface InstitutionDeps {
  bundled: Pack;
  /** `browser.storage.managed.get()`; may reject (Firefox without policy): that is "no policy". */
  readManaged(): Promise<unknown>;
  local: LocalArea;
  fetch: typeof globalThis.fetch;
  now(): Date;
  /** `browser.alarms.create(REFRESH_ALARM, { when })`: the next hosted-pack refresh. */
  schedule(when: Date): void;
  /** `browser.alarms.clear(REFRESH_ALARM)`: no hosted pack any more. */
  unschedule(): void;
}

/** Everything the background and the options page need; `pack` + `matcher` make it a handler `Config`. */
export interface InstitutionState extends EffectiveConfig {
  matcher: CompiledMatcher;
  managed: ManagedResult;
  hosted: HostedState;
  /** The URL the policy names now, if any. */
  rulesUrl: string | undefined;
  /** When the hosted pack is next due, if there is one. */
  nextRefresh: string | undefined;
  bundled: { packVersion: string; updated: string };
}

export function institution(deps: InstitutionDeps) {
  const cache = hostedCache(deps.local);
  // Hosted packs and policy values are held to the built-in pack (the worker has no public-suffix list).
  const scope = remoteScope(deps.bundled);
  const managedScope = policyScope(deps.bundled);
  const current = keptPromise(() => build());
  let refreshing: Promise<void> | undefined;
  // The matcher is the costly part: compile it again only when the pack changed.
  let compiled: { pack: string; matcher: CompiledMatcher } | undefined;

  async function readManaged(): Promise<ManagedResult> {
    let raw: unknown;
    try {
      raw = await deps.readManaged();
    } catch {
      raw = undefined; // Firefox rejects when no policy names the extension.
    }
    return validateManaged(raw, managedScope);
  }

  async function build(): Promise<InstitutionState> {
    // An unreadable cache is no hosted pack: the bundled one and the policy still apply.
    const [managed, hosted] = await Promise.all([readManaged(), cache.read().catch((): HostedState => ({}))]);
    const rulesUrl = managed.values.rulesUrl;
    const effective = effectiveConfig({ bundled: deps.bundled, hosted: hostedLayer(hosted, rulesUrl), managed: managed.values });
    const key = JSON.stringify(effective.pack);
    if (compiled?.pack !== key) compiled = { pack: key, matcher: compileMatcher(effective.pack) };
    return {
      ...effective,
      matcher: compiled.matcher,
      managed,
      hosted,
      rulesUrl,
      nextRefresh: rulesUrl ? nextRefresh(hosted, rulesUrl, deps.now()).toISOString() : undefined,
      bundled: { packVersion: deps.bundled.packVersion, updated: deps.bundled.updated },
    };
  }

  async function doRefresh(force: boolean): Promise<void> {
    const { values } = await readManaged();
    const url = values.rulesUrl;
    if (!url) {
      await cache.clear();
      deps.unschedule();
      invalidate();
      return;
    }
    let state = await cache.read();
    const due = nextRefresh(state, url, deps.now());
    if (force || due.getTime() <= deps.now().getTime()) {
      // Should the worker be stopped mid-fetch, this provisional alarm still brings it back.
      deps.schedule(new Date(deps.now().getTime() + RETRY_FIRST_MS));
      const result = await fetchHostedPack(url, { fetch: deps.fetch, now: deps.now, scope });
      state = await cache.record(url, result, deps.now());
      invalidate();
    }
    deps.schedule(nextRefresh(state, url, deps.now()));
  }

  function invalidate(): void {
    current.forget();
  }

  return {
    /** The configuration in force (cached until `invalidate`). */
    config(): Promise<InstitutionState> {
      return current.get();
    },
    /**
     * Fetches the hosted pack if it is due (or `force`), records the result and
     * schedules the next refresh. One at a time: a call during a refresh waits for it.
     */
    refresh(opts: { force?: boolean } = {}): Promise<void> {
      refreshing ??= doRefresh(opts.force === true).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    /** Forget the cached configuration (managed settings or the hosted pack changed). */
    invalidate,
  };
}
export type Institution = ReturnType<typeof institution>;
