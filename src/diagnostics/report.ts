/**
 * The support report: a plain text the user reads, then copies or saves, for a
 * helpdesk ticket. Versions, the last academy verdicts (hosts and verdict ids,
 * with the browser's error name), the self-check and the time. No username, no
 * path, no query string: every value is reduced to a host, an id or a short
 * code before it is written. Nothing is sent anywhere.
 *
 * Formatting is shared with the popup's short summary (src/journey/summary.ts).
 */
import { localize, type Lang } from '../i18n/lang';
import { t } from '../strings';
import { helpdeskHeader, time } from '../journey/summary';
import type { Pack } from '../rules/schema';
import type { LoadFailure } from '../model/facts';
import { browserAdvice, osLabel, type ClientInfo, type OutdatedAdvice } from './browser-age';
import type { PasswordAnswer, ProbeOutcome, SelfCheckResult } from './self-check';

/** One verdict the background told on an academy host. */
export interface RecentVerdict {
  host: string;
  verdict: string;
  at: number;
  /** The browser's error name for a failure verdict (`SEC_ERROR_UNKNOWN_ISSUER`, `ERR_CONNECTION_RESET`…). */
  code?: string;
}

/** A warning the user marked wrong on a site (src/diagnostics/false-warnings.ts keeps the list). */
export interface FalseWarning {
  /** The site: a host name only. */
  host: string;
  /** The verdict id that was marked wrong there. */
  verdict: string;
  /** The day it was marked (YYYY-MM-DD, UTC). */
  on: string;
}

export interface ReportInput {
  extensionVersion: string;
  packVersion: string;
  browser: { name: string; version: string };
  os: string;
  verdicts: readonly RecentVerdict[];
  /** What the user marked wrong: which facts of the pack support staff should check. */
  falseWarnings?: readonly FalseWarning[];
  selfCheck?: SelfCheckResult | null;
  password?: PasswordAnswer | null;
  outdated?: OutdatedAdvice | null;
  now: number | Date;
  /** French unless told otherwise: the helpdesk reads French. */
  lang?: Lang;
}

/** How many verdicts the report (and the store behind it) keeps. */
export const RECENT_MAX = 10;

// ---------------------------------------------------------------------------
// Reducing values to what may be written
// ---------------------------------------------------------------------------

/** A host and nothing else: no scheme, user, port, path, query or fragment. "" when none. */
export function safeHost(value: string): string {
  let s = String(value ?? '').trim();
  // Nothing longer holds a host within DNS limits (and the regexes below need not read a run of dots).
  if (s.length > 2048) return '';
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = new URL(s).hostname;
  } catch {
    /* not a URL: cleaned below */
  }
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  s = s.split(/[/?#\\]/)[0] ?? '';
  s = s.slice(s.lastIndexOf('@') + 1);
  s = s.replace(/:\d*$/, '').toLowerCase().replace(/\.+$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(s) ? s : '';
}

const safeId = (s: string) => String(s ?? '').replace(/[^a-z0-9-]/gi, '').slice(0, 40) || '?';
/** An error name (`ERR_CERT_DATE_INVALID`, `SEC_ERROR_UNKNOWN_ISSUER`, `NSS -8100`, `0x804B0063`), else nothing. */
const safeCode = (s: string) => {
  const v = String(s ?? '').trim();
  return /^(?:[A-Z][A-Z0-9_]{1,63}|NSS -?\d{1,6}|0x[0-9A-F]{8})$/.test(v) ? v : '';
};
/** A version: digits and dots only ("156.0.8078.79"). */
const safeVersion = (s: string) => /^\d{1,6}(\.\d{1,6}){0,3}/.exec(String(s ?? '').trim())?.[0] ?? '';
/** A product or system name: its leading words, then an optional version ("Chrome", "Windows 10", "macOS 14.5"). */
const safeName = (s: string) => {
  const m = /^([A-Za-z][A-Za-z]{0,19}(?: [A-Za-z][A-Za-z]{0,19}){0,2})(?: (\d{1,4}(?:\.\d{1,4}){0,3}))?/.exec(String(s ?? '').trim());
  return m ? [m[1], m[2]].filter(Boolean).join(' ') : '';
};

/** Adds a verdict in front of the list unless it repeats the latest one; keeps RECENT_MAX. */
export function pushRecentVerdict(list: readonly RecentVerdict[], entry: RecentVerdict, max: number = RECENT_MAX): RecentVerdict[] {
  const host = safeHost(entry.host);
  if (!host) return [...list];
  const code = entry.code ? safeCode(entry.code) : '';
  const clean: RecentVerdict = { host, verdict: safeId(entry.verdict), at: entry.at, ...(code ? { code } : {}) };
  const last = list[0];
  if (last && last.host === clean.host && last.verdict === clean.verdict && (last.code ?? '') === (clean.code ?? '')) return [...list];
  return [clean, ...list].slice(0, max);
}

/** The recent-verdict entry for a tab's verdict (the failure's code when there is one). */
export const recentVerdictOf = (host: string, verdict: string, at: number, failure?: LoadFailure): RecentVerdict => ({
  host,
  verdict,
  at,
  ...(failure ? { code: failure.code } : {}),
});

/** Reads a stored list back, dropping what is malformed. */
export function parseRecentVerdicts(value: unknown): RecentVerdict[] {
  if (!Array.isArray(value)) return [];
  const out: RecentVerdict[] = [];
  for (const v of value) {
    if (typeof v !== 'object' || v === null) continue;
    const r = v as Partial<RecentVerdict>;
    if (typeof r.host !== 'string' || typeof r.verdict !== 'string' || typeof r.at !== 'number') continue;
    const host = safeHost(r.host);
    const code = typeof r.code === 'string' ? safeCode(r.code) : '';
    if (host) out.push({ host, verdict: safeId(r.verdict), at: r.at, ...(code ? { code } : {}) });
  }
  return out.slice(0, RECENT_MAX);
}

// ---------------------------------------------------------------------------
// The text
// ---------------------------------------------------------------------------

export const OUTCOME_KEYS = {
  reached: 'diag_report_reached',
  'server-error': 'diag_report_serverError',
  'network-or-certificate': 'diag_report_networkOrCertificate',
  timeout: 'diag_report_timeout',
  offline: 'diag_report_offline',
} as const satisfies Record<ProbeOutcome, string>;

const PASSWORD_KEYS = {
  yes: 'diag_report_passwordYes',
  no: 'diag_report_passwordNo',
  unknown: 'diag_report_passwordUnknown',
} as const satisfies Record<PasswordAnswer, string>;

function outdatedText(a: OutdatedAdvice, lang: Lang): string {
  const parts: string[] = [];
  if (a.os) parts.push(localize(a.os.label, lang));
  if (a.browser) parts.push(t(lang, 'diag_report_browserBelow', a.browser.major, a.browser.minimum));
  return parts.join(t(lang, 'semicolon'));
}

export function supportReport(input: ReportInput): string {
  const lang = input.lang ?? 'fr';
  const now = input.now instanceof Date ? input.now.getTime() : input.now;
  const lines: string[] = [
    helpdeskHeader(safeVersion(input.extensionVersion) || '?', safeVersion(input.packVersion) || '?', now, lang),
    t(lang, 'diag_report_title'),
    `${t(lang, 'diag_report_browser')} ${[safeName(input.browser.name) || '?', safeVersion(input.browser.version)].filter(Boolean).join(' ')}`,
    `${t(lang, 'diag_report_os')} ${safeName(input.os) || '?'}`,
  ];
  if (input.outdated) lines.push(`${t(lang, 'diag_report_outdated')} ${outdatedText(input.outdated, lang)}`);

  lines.push('', t(lang, 'diag_report_verdicts'));
  const verdicts = input.verdicts.map((v) => ({ ...v, host: safeHost(v.host) })).filter((v) => v.host);
  if (verdicts.length === 0) lines.push(`- ${t(lang, 'diag_report_none')}`);
  for (const v of verdicts.slice(0, RECENT_MAX)) {
    const code = v.code ? safeCode(v.code) : '';
    lines.push(`- ${time(v.at)} — ${v.host} — ${safeId(v.verdict)}${code ? ` (${code})` : ''}`);
  }

  const wrong = (input.falseWarnings ?? []).map((w) => ({ ...w, host: safeHost(w.host) })).filter((w) => w.host);
  lines.push('', t(lang, 'diag_report_falseWarnings'));
  if (wrong.length === 0) lines.push(`- ${t(lang, 'diag_report_none')}`);
  for (const w of wrong) lines.push(`- ${/^\d{4}-\d{2}-\d{2}$/.test(w.on) ? w.on : '?'} — ${w.host} — ${safeId(w.verdict)}`);

  lines.push('');
  const sc = input.selfCheck;
  if (!sc) lines.push(t(lang, 'diag_report_selfCheckNotRun'));
  else {
    lines.push(t(lang, 'diag_report_selfCheck', time(sc.at)));
    lines.push(`- ${t(lang, 'diag_report_online')} ${t(lang, sc.online ? 'ui_yes' : 'ui_no')}`);
    for (const p of sc.probes) {
      const host = safeHost(p.host) || '?';
      const detail =
        p.outcome === 'reached' || p.outcome === 'server-error'
          ? t(lang, 'diag_report_httpDetail', p.status === 0 ? t(lang, 'diag_report_redirect') : `HTTP ${p.status ?? '?'}`, Math.round(p.ms))
          : p.outcome === 'offline'
            ? ''
            : t(lang, 'diag_report_msDetail', Math.round(p.ms));
      lines.push(`- ${host}${t(lang, 'colon')}${t(lang, OUTCOME_KEYS[p.outcome])}${detail ? ` ${detail}` : ''}`);
    }
  }
  lines.push(`${t(lang, 'diag_report_password')} ${input.password ? t(lang, PASSWORD_KEYS[input.password]) : t(lang, 'diag_report_notAnswered')}`);
  lines.push('', t(lang, 'diag_report_privacy'));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// What the diagnostics page is given by the background
// ---------------------------------------------------------------------------

/** The background's answer to `{ type: 'diagnostics-view' }`. */
export interface DiagnosticsView {
  lang: Lang;
  extensionVersion: string;
  packVersion: string;
  webmailUrl: string;
  /** Where to ask for help with an account: the policy's `assistanceUrl`, else the pack's `support.resetPortal`. */
  help: { name: string; url: string } | null;
  /** False when a policy switched the `self-check` feature off: the page then offers no probe. */
  selfCheck: boolean;
  client: ClientInfo;
  outdated: OutdatedAdvice | null;
  recent: RecentVerdict[];
  /** The warnings the user marked wrong, for the report. */
  falseWarnings: FalseWarning[];
}

export function diagnosticsView(args: {
  pack: Pack;
  lang: Lang;
  extensionVersion: string;
  client: ClientInfo;
  recent: readonly RecentVerdict[];
  falseWarnings?: readonly FalseWarning[];
  /** `featureEnabled(config, 'self-check')` (src/policy/layers.ts); default true. */
  selfCheck?: boolean;
  /** The policy's `assistanceUrl`, which outranks the pack's help page. */
  assistanceUrl?: string;
}): DiagnosticsView {
  const { pack, lang, client } = args;
  const reset = pack.support?.resetPortal;
  const help = args.assistanceUrl
    ? { name: t(lang, 'diag_assistance'), url: args.assistanceUrl }
    : reset
      ? { name: localize(reset.name, lang), url: reset.url.value }
      : null;
  return {
    lang,
    extensionVersion: args.extensionVersion,
    packVersion: pack.packVersion,
    webmailUrl: pack.webmail.url.value,
    help,
    selfCheck: args.selfCheck ?? true,
    client,
    outdated: browserAdvice(client, pack),
    recent: parseRecentVerdicts(args.recent),
    falseWarnings: [...(args.falseWarnings ?? [])],
  };
}

/** The report for a view, as the page shows it. */
export const reportFor = (view: DiagnosticsView, selfCheck: SelfCheckResult | null, password: PasswordAnswer | null, now: number, lang: Lang = 'fr'): string =>
  supportReport({
    extensionVersion: view.extensionVersion,
    packVersion: view.packVersion,
    browser: { name: view.client.product || view.client.name, version: view.client.version },
    os: osLabel(view.client),
    verdicts: view.recent,
    falseWarnings: view.falseWarnings,
    selfCheck,
    password,
    outdated: view.outdated,
    now,
    lang,
  });
