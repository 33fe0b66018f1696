/**
 * The rules pack the institution hosts (`rulesUrl`): fetched over https only,
 * size-capped while it is read, checked by the same schema as the bundled pack,
 * and kept as last-known-good in storage.local with its date and URL. A failed
 * fetch or an invalid pack never replaces the last good one: it is recorded as
 * the last attempt, for the options page to show.
 */
import type { Pack } from '../rules/schema';
import { checkPackBytes, type PackScope } from '../rules/validate';
import type { MessageRef } from '../rules/messages';
import { isPlainObject } from './managed-schema';

export const HOSTED_MAX_BYTES = 512 * 1024;
export const HOSTED_TIMEOUT_MS = 10_000;

/** A reason the hosted pack could not be used: `rulesUrl` for the request, a JSON path for the content. */
export interface HostedError {
  path: string;
  reason: string;
  /** The validator's message (key and values), for the options page to say in the user's language. */
  ref?: MessageRef;
  /** Where the field is in the pack's text. */
  line?: number;
  column?: number;
}

export type FetchResult =
  | { ok: true; pack: Pack; fetchedAt: string }
  | { ok: false; error: HostedError; errors: HostedError[] };

export interface FetchOptions {
  fetch: typeof globalThis.fetch;
  now(): Date;
  maxBytes?: number;
  timeoutMs?: number;
  /** How the pack is checked: in the worker, held to the built-in pack (policy/layers.ts `remoteScope`), as effectiveConfig will check it. */
  scope?: PackScope;
}

const fail = (path: string, reason: string): FetchResult => ({ ok: false, error: { path, reason }, errors: [{ path, reason }] });
const kib = (n: number) => `${Math.round(n / 1024)} KiB`;

class TooBig extends Error {}

/** Reads a body up to `max` bytes; throws TooBig as soon as it is over, cancelling the rest. */
async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      void reader.cancel().catch(() => {});
      throw new TooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fetches and checks the hosted pack. Never throws. */
export async function fetchHostedPack(url: string, opts: FetchOptions): Promise<FetchResult> {
  const maxBytes = opts.maxBytes ?? HOSTED_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? HOSTED_TIMEOUT_MS;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('rulesUrl', 'not a valid URL');
  }
  if (parsed.protocol !== 'https:') return fail('rulesUrl', 'must be an https:// URL; nothing was requested');
  if (parsed.username || parsed.password) return fail('rulesUrl', 'must not contain a user name or password; nothing was requested');

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });

  const attempt = async (): Promise<FetchResult> => {
    let res: Response;
    try {
      // No cookies or referrer: the request says nothing about the user.
      // Called unbound: `opts.fetch(…)` would run the browser's fetch with `this` = opts ("Illegal invocation").
      const doFetch = opts.fetch;
      res = await doFetch(parsed.href, {
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-cache',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
      });
    } catch (e) {
      // fetch does not say why: name the usual causes, CORS first (the one an administrator can fix on the server).
      return fail(
        'rulesUrl',
        `the request failed (${(e as Error).message || String(e)}): server unreachable, certificate refused, or no "Access-Control-Allow-Origin: *" header`,
      );
    }
    if (res.url && !res.url.startsWith('https:')) {
      void res.body?.cancel().catch(() => {});
      return fail('rulesUrl', `redirected to a non-https address (${res.url})`);
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      return fail('rulesUrl', `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void res.body?.cancel().catch(() => {});
      return fail('(root)', `the pack is too large: ${kib(declared)} announced, at most ${kib(maxBytes)}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(res, maxBytes);
    } catch (e) {
      if (e instanceof TooBig) return fail('(root)', `the pack is too large: over ${kib(maxBytes)}`);
      return fail('rulesUrl', `the download failed: ${(e as Error).message || String(e)}`);
    }
    // The same reader as `npm run validate-rules` (UTF-8, a byte-order mark skipped), so both agree on every file.
    const checked = checkPackBytes(bytes, opts.scope);
    if (!checked.ok) {
      const errors = checked.errors.map((e): HostedError => ({
        path: e.path,
        reason: e.message,
        ref: e.ref,
        ...(e.line === undefined ? {} : { line: e.line, column: e.column }),
      }));
      return { ok: false, error: errors[0]!, errors };
    }
    return { ok: true, pack: checked.value, fetchedAt: opts.now().toISOString() };
  };

  try {
    const result = await Promise.race([attempt(), timeout]);
    return result === 'timeout' ? fail('rulesUrl', `no complete answer within ${timeoutMs / 1000} s`) : result;
  } finally {
    clearTimeout(timer);
  }
}

/** What storage.local holds under HOSTED_KEY. */
export interface HostedState {
  /** The last pack that was fetched and valid, with where and when. */
  good?: { url: string; fetchedAt: string; pack: unknown };
  /** The last fetch, successful or not. */
  lastAttempt?: { url: string; at: string; ok: boolean; errors: HostedError[] };
  /** Consecutive failed attempts, for the retry delay. */
  failures?: number;
}

/** The hosted pack's own key in storage.local: nothing else of the user's is ever written. */
export const HOSTED_KEY = 'institution.hostedPack';

export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Reads back a stored state defensively: storage may hold anything an older version wrote. */
function readState(raw: unknown): HostedState {
  if (!isPlainObject(raw)) return {};
  const state: HostedState = {};
  const good = raw.good;
  if (isPlainObject(good) && typeof good.url === 'string' && typeof good.fetchedAt === 'string' && 'pack' in good) {
    state.good = { url: good.url, fetchedAt: good.fetchedAt, pack: good.pack };
  }
  const last = raw.lastAttempt;
  if (isPlainObject(last) && typeof last.url === 'string' && typeof last.at === 'string' && typeof last.ok === 'boolean' && Array.isArray(last.errors)) {
    state.lastAttempt = { url: last.url, at: last.at, ok: last.ok, errors: last.errors as HostedError[] };
  }
  if (typeof raw.failures === 'number' && raw.failures >= 0) state.failures = raw.failures;
  return state;
}

/** The last-known-good hosted pack in storage.local. */
export function hostedCache(area: LocalArea) {
  return {
    async read(): Promise<HostedState> {
      return readState((await area.get(HOSTED_KEY))[HOSTED_KEY]);
    },
    /** Records a fetch: a success replaces the good pack; a failure keeps it and records why. */
    async record(url: string, result: FetchResult, now: Date): Promise<HostedState> {
      const before = await this.read();
      const at = now.toISOString();
      const next: HostedState = result.ok
        ? { good: { url, fetchedAt: result.fetchedAt, pack: result.pack }, lastAttempt: { url, at, ok: true, errors: [] }, failures: 0 }
        : { ...before, lastAttempt: { url, at, ok: false, errors: result.errors.slice(0, 20) }, failures: (before.failures ?? 0) + 1 };
      await area.set({ [HOSTED_KEY]: next });
      return next;
    },
    /** The policy no longer names a hosted pack: forget it. */
    async clear(): Promise<void> {
      await area.remove(HOSTED_KEY);
    },
  };
}
export type HostedCache = ReturnType<typeof hostedCache>;

/** The hosted layer for effectiveConfig: the good pack, only if it came from the URL the policy names now. */
export function hostedLayer(state: HostedState, rulesUrl: string | undefined): { pack: unknown; fetchedAt: string; url: string } | undefined {
  return rulesUrl !== undefined && state.good?.url === rulesUrl ? state.good : undefined;
}

export const REFRESH_ALARM = 'institution-hosted-pack';
export const REFRESH_PERIOD_MS = 6 * 60 * 60 * 1000;
export const RETRY_FIRST_MS = 15 * 60 * 1000;

/**
 * When the hosted pack is next due: 6 h after the last success; after a failure,
 * sooner (15 min, doubling, at most 6 h) so a browser started offline catches up.
 * A URL that changed, no attempt yet, or an attempt dated in the future (a wrong
 * clock), is due now: the next refresh is never later than now + the delay.
 */
export function nextRefresh(state: HostedState, rulesUrl: string, now: Date): Date {
  const last = state.lastAttempt;
  if (!last || last.url !== rulesUrl) return now;
  const at = Date.parse(last.at);
  // A time in the future was written by a wrong clock (set to 2036, say): it says nothing of when
  // the pack was fetched, so the pack is due now. Counting it as "now + delay" instead would move
  // with the clock and never come due while the stored time stays ahead.
  if (Number.isNaN(at) || at > now.getTime()) return now;
  const delay = last.ok ? REFRESH_PERIOD_MS : Math.min(REFRESH_PERIOD_MS, RETRY_FIRST_MS * 2 ** Math.max(0, (state.failures ?? 1) - 1));
  return new Date(at + delay);
}
