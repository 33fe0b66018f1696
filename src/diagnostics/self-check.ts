/**
 * "Vérifier ma connexion": run only when the user asks. Probes the webmail and the
 * staff portal over HTTPS — no cookies, no credentials, no cache, nothing but the
 * site's root — and says whether this device and network reach the academy.
 *
 * `fetch` never says why a request failed: a refused connection, a proxy, an
 * unknown name and a certificate the browser rejects all surface as the same
 * TypeError. The outcome is therefore "network or certificate", and the page
 * explains how to tell them apart (open the site: a security warning means the
 * certificate). A timeout is told apart (AbortSignal.timeout), and so is being
 * offline (`navigator.onLine`).
 */
import type { Pack } from '../rules/schema';

export const SELF_CHECK_TIMEOUT_MS = 8000;

export type ProbeId = 'webmail' | 'staff-portal';

export interface ProbeTarget {
  id: ProbeId;
  host: string;
  /** `https://<host>/`: the root only, never a path or query from anywhere. */
  url: string;
}

/**
 * reached: the server answered (any status, a redirect included);
 * server-error: it answered 5xx (reached, but the service is unwell);
 * network-or-certificate: the connection failed (fetch does not say why);
 * timeout: no answer within the time limit (typical of a filtering network);
 * offline: the device has no network.
 */
export type ProbeOutcome = 'reached' | 'server-error' | 'network-or-certificate' | 'timeout' | 'offline';

export interface ProbeResult {
  id: ProbeId;
  host: string;
  outcome: ProbeOutcome;
  /** HTTP status when reached (0 for a redirect, which `redirect: 'manual'` keeps opaque). */
  status?: number;
  ms: number;
}

/** ok: every site answered; server: they answered, one with an error; partial: some did not; failed / timeout: none did; offline. */
export type NetworkSummary = 'ok' | 'server' | 'partial' | 'failed' | 'timeout' | 'offline';

export interface SelfCheckResult {
  at: number;
  online: boolean;
  probes: ProbeResult[];
  network: NetworkSummary;
}

const httpsRoot = (url: string): ProbeTarget['url'] | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `https://${u.hostname}/` : null;
  } catch {
    return null;
  }
};

/** The webmail, then the staff portal (the first `staff-portal` of the pack with an address). */
export function selfCheckTargets(pack: Pack): ProbeTarget[] {
  const out: ProbeTarget[] = [];
  const add = (id: ProbeId, url: string | undefined) => {
    const root = url ? httpsRoot(url) : null;
    if (root && !out.some((t) => t.url === root)) out.push({ id, host: new URL(root).hostname, url: root });
  };
  add('webmail', pack.webmail.url.value);
  const staff = pack.portals.find((p) => p.kind === 'staff-portal' && (p.home || p.urls.value[0]));
  if (staff) add('staff-portal', staff.home?.value ?? (staff.urls.value[0] ? `https://${staff.urls.value[0].host}/` : undefined));
  return out;
}

export interface SelfCheckDeps {
  fetch: (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'type'>>;
  /** `navigator.onLine`. */
  online(): boolean;
  now(): number;
  timeoutMs?: number;
  /** `AbortSignal.timeout`, injectable for tests. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

/** The request every probe makes: nothing personal can travel with it. */
export const probeInit = (signal: AbortSignal): RequestInit => ({
  method: 'HEAD',
  credentials: 'omit',
  cache: 'no-store',
  redirect: 'manual',
  referrerPolicy: 'no-referrer',
  signal,
});

const isTimeout = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'name' in e && ((e as { name: unknown }).name === 'TimeoutError' || (e as { name: unknown }).name === 'AbortError');

export async function probe(target: ProbeTarget, deps: SelfCheckDeps): Promise<ProbeResult> {
  const ms = deps.timeoutMs ?? SELF_CHECK_TIMEOUT_MS;
  const signal = (deps.timeoutSignal ?? ((n: number) => AbortSignal.timeout(n)))(ms);
  const start = deps.now();
  const base = { id: target.id, host: target.host };
  try {
    const res = await deps.fetch(target.url, probeInit(signal));
    const elapsed = deps.now() - start;
    const status = res.type === 'opaqueredirect' ? 0 : res.status;
    return { ...base, outcome: status >= 500 ? 'server-error' : 'reached', status, ms: elapsed };
  } catch (e) {
    const elapsed = deps.now() - start;
    if (isTimeout(e)) return { ...base, outcome: 'timeout', ms: elapsed };
    return { ...base, outcome: deps.online() ? 'network-or-certificate' : 'offline', ms: elapsed };
  }
}

export function summarize(online: boolean, probes: readonly ProbeResult[]): NetworkSummary {
  if (!online || (probes.length > 0 && probes.every((p) => p.outcome === 'offline'))) return 'offline';
  const reached = probes.filter((p) => p.outcome === 'reached' || p.outcome === 'server-error');
  if (probes.length > 0 && reached.length === probes.length) return reached.some((p) => p.outcome === 'server-error') ? 'server' : 'ok';
  if (reached.length > 0) return 'partial';
  return probes.length > 0 && probes.every((p) => p.outcome === 'timeout') ? 'timeout' : 'failed';
}

/** Runs the probes (in parallel); offline from the start means no probe at all. */
export async function runSelfCheck(targets: readonly ProbeTarget[], deps: SelfCheckDeps): Promise<SelfCheckResult> {
  const at = deps.now();
  if (!deps.online()) {
    return { at, online: false, probes: targets.map((t) => ({ id: t.id, host: t.host, outcome: 'offline', ms: 0 })), network: 'offline' };
  }
  const probes = await Promise.all(targets.map((t) => probe(t, deps)));
  const online = deps.online();
  return { at, online, probes, network: summarize(online, probes) };
}

// ---------------------------------------------------------------------------
// The three checks before calling support
// ---------------------------------------------------------------------------

/** The user's answer to "is your password the active one (not the temporary one)?" — nothing is typed. */
export type PasswordAnswer = 'yes' | 'no' | 'unknown';

export type CheckState = 'todo' | 'ok' | 'info' | 'warning';

export interface ChecklistItem {
  id: 'portal' | 'password' | 'network';
  state: CheckState;
  /** For `network`, the summary that decides the text. */
  network?: NetworkSummary;
  password?: PasswordAnswer;
}

/** The right portal (read in the guide), an active password (the user's answer), a device and network that reach the academy (the probes). */
export function checklist(result: SelfCheckResult | null, password: PasswordAnswer | null, selfCheckEnabled = true): ChecklistItem[] {
  const passwordState: CheckState = password === null ? 'todo' : password === 'yes' ? 'ok' : password === 'no' ? 'warning' : 'info';
  const networkState: CheckState = !selfCheckEnabled ? 'info' : result === null ? 'todo' : result.network === 'ok' ? 'ok' : 'warning';
  return [
    { id: 'portal', state: 'info' },
    { id: 'password', state: passwordState, ...(password ? { password } : {}) },
    { id: 'network', state: networkState, ...(result ? { network: result.network } : {}) },
  ];
}

/** Reads a self-check result coming back from the background (a message is untyped JSON). */
export function parseSelfCheckResult(v: unknown): SelfCheckResult | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Partial<SelfCheckResult>;
  const outcomes: ProbeOutcome[] = ['reached', 'server-error', 'network-or-certificate', 'timeout', 'offline'];
  const summaries: NetworkSummary[] = ['ok', 'server', 'partial', 'failed', 'timeout', 'offline'];
  if (typeof r.at !== 'number' || typeof r.online !== 'boolean' || !Array.isArray(r.probes) || !summaries.includes(r.network as NetworkSummary)) return null;
  const probes: ProbeResult[] = [];
  for (const p of r.probes as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const q = p as Partial<ProbeResult>;
    if ((q.id !== 'webmail' && q.id !== 'staff-portal') || typeof q.host !== 'string' || !outcomes.includes(q.outcome as ProbeOutcome) || typeof q.ms !== 'number') return null;
    probes.push({ id: q.id, host: q.host, outcome: q.outcome as ProbeOutcome, ms: q.ms, ...(typeof q.status === 'number' ? { status: q.status } : {}) });
  }
  return { at: r.at, online: r.online, probes, network: r.network as NetworkSummary };
}
