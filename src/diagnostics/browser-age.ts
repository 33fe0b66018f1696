/**
 * Outdated browser or system: an advisory (severity `info`), shown as an extra line
 * in the popup and the guide, never as a tab's verdict. An old browser carries an
 * old list of trusted certificates and TLS settings; an old system stops getting
 * the browser's updates. The minimums are the pack's (`diagnostics`).
 *
 * Reading the version honestly: Chromium freezes its user agent (Windows NT 10.0,
 * Mac OS X 10_15_7, Android 10; K), so an OS version is only trusted from UA client
 * hints (`navigator.userAgentData.getHighEntropyValues(['platformVersion'])`) or from
 * a user agent value that cannot be frozen. Unknown stays unknown: no advice.
 */
import { localize, type Lang } from '../i18n/lang';
import { t } from '../strings';
import type { OsName } from '../rules/diagnostics-schema';
import type { Pack, Text } from '../rules/schema';
import { isConfirmed } from '../model/confidence';
import { own } from '../own';

export type BrowserFamily = 'chromium' | 'firefox' | 'other';

/** What is known of the browser and system; `null` where it cannot be told. */
export interface ClientInfo {
  name: BrowserFamily;
  /** As users know it: Chrome, Chromium, Edge, Firefox… */
  product: string;
  /** Full version when known ("156.0.8078.79"), else the major ("156"), else "". */
  version: string;
  major: number | null;
  os: OsName | 'other';
  /** "10", "11", "8.1", "14.5"…; null when the browser hides it. */
  osVersion: string | null;
}

export interface BrowserAdviceInput {
  name: BrowserFamily;
  major: number | null;
  os: OsName | 'other';
  osVersion: string | null;
}

export interface OutdatedAdvice {
  /** `os` when the system is past its support (the browser may then not be updatable either). */
  reason: 'browser' | 'os';
  browser?: { family: 'chromium' | 'firefox'; major: number; minimum: number };
  os?: { os: OsName; version: string; label: Text; detail?: Text; confirmed: boolean };
}

/** Compares dotted versions number by number ("8.1" < "10"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Null when browser and system are recent enough (or cannot be told), else what to say. */
export function browserAdvice(info: BrowserAdviceInput, pack: Pack): OutdatedAdvice | null {
  const diag = pack.diagnostics;
  if (!diag) return null;
  let browser: OutdatedAdvice['browser'];
  if ((info.name === 'chromium' || info.name === 'firefox') && info.major !== null) {
    const minimum = diag.minBrowser.value[info.name];
    if (info.major < minimum) browser = { family: info.name, major: info.major, minimum };
  }
  let os: OutdatedAdvice['os'];
  if (info.os !== 'other' && info.osVersion !== null && /^\d+(\.\d+)*$/.test(info.osVersion)) {
    // The lowest matching threshold is the most specific rule (Windows 8.1 before Windows 10).
    const matching = diag.unsupportedOs
      .filter((r) => r.value.os === info.os && compareVersions(info.osVersion!, r.value.below) < 0)
      .sort((a, b) => compareVersions(a.value.below, b.value.below));
    const rule = matching[0];
    if (rule) {
      os = {
        os: rule.value.os,
        version: info.osVersion,
        label: rule.value.label,
        ...(rule.value.detail ? { detail: rule.value.detail } : {}),
        confirmed: isConfirmed(rule),
      };
    }
  }
  if (os) return { reason: 'os', os, ...(browser ? { browser } : {}) };
  if (browser) return { reason: 'browser', browser };
  return null;
}

/** The advice as one line, in the user's language (the popup and the guide show it under the verdict). */
export function outdatedLine(advice: OutdatedAdvice, lang: Lang): string {
  const parts: string[] = [];
  if (advice.os) {
    const os = advice.os;
    parts.push(t(lang, 'diag_outdatedOs', localize(os.label, lang)) + (os.confirmed ? '' : ` (${t(lang, 'toConfirm')})`));
    if (os.detail) parts.push(localize(os.detail, lang));
    parts.push(t(lang, 'diag_outdatedOsWhat'));
  }
  if (advice.browser) {
    const b = advice.browser;
    parts.push(t(lang, 'diag_outdatedBrowser', b.major, b.minimum));
    if (!advice.os) parts.push(t(lang, b.family === 'firefox' ? 'diag_updateFirefox' : 'diag_updateChromium'));
  }
  parts.push(t(lang, 'diag_outdatedSchoolComputer'));
  return parts.join(' ');
}

// ---------------------------------------------------------------------------
// Reading the client
// ---------------------------------------------------------------------------

const WINDOWS_NT: Record<string, string | null> = {
  '5.1': 'XP',
  '6.0': 'Vista',
  '6.1': '7',
  '6.2': '8',
  '6.3': '8.1',
  // Windows 10 and 11 both say 10.0: only client hints tell them apart.
  '10.0': null,
};

/** What a user agent string says; frozen values are reported as unknown. */
export function parseUserAgent(ua: string): ClientInfo {
  let name: BrowserFamily = 'other';
  let product = '';
  let version = '';
  const ff = /\bFirefox\/(\d+(?:\.\d+)*)/.exec(ua);
  const chrome = /\b(?:Chrome|Chromium|CriOS)\/(\d+(?:\.\d+)*)/.exec(ua);
  if (ff && !chrome) {
    name = 'firefox';
    product = 'Firefox';
    version = ff[1]!;
  } else if (chrome) {
    name = 'chromium';
    version = chrome[1]!;
    product = /\bEdg\//.test(ua) ? 'Edge' : /\bOPR\//.test(ua) ? 'Opera' : /\bChromium\//.test(ua) ? 'Chromium' : 'Chrome';
  }
  const majorText = /^(\d+)/.exec(version)?.[1];
  const major = majorText ? Number(majorText) : null;

  let os: ClientInfo['os'] = 'other';
  let osVersion: string | null = null;
  const win = /Windows NT (\d+\.\d+)/.exec(ua);
  const android = /Android (\d+(?:\.\d+)*)/.exec(ua);
  const mac = /Mac OS X (\d+)[._](\d+)/.exec(ua);
  if (win) {
    os = 'win';
    osVersion = own(WINDOWS_NT, win[1]!) ?? null;
  } else if (android) {
    os = 'android';
    // Chromium's reduced user agent always says "Android 10; K".
    osVersion = name === 'chromium' && /Android 10; K\b/.test(ua) ? null : android[1]!;
  } else if (/\b(iPhone|iPad|iPod)\b/.test(ua)) {
    os = 'ios';
  } else if (mac) {
    os = 'mac';
    const v = `${mac[1]}.${mac[2]}`;
    // Both browsers freeze macOS at 10.15: only older values are real.
    osVersion = compareVersions(v, '10.15') < 0 ? v : null;
  } else if (/\bCrOS\b/.test(ua)) {
    os = 'cros';
  } else if (/\bLinux\b|\bX11\b/.test(ua)) {
    os = 'linux';
  }
  return { name, product, version, major, os, osVersion };
}

/** `navigator.userAgentData` high-entropy values (Chromium). */
export interface UaData {
  platform?: string;
  platformVersion?: string;
  brands?: { brand: string; version: string }[];
  fullVersionList?: { brand: string; version: string }[];
}

const UA_PLATFORMS: Record<string, OsName> = {
  windows: 'win',
  macos: 'mac',
  linux: 'linux',
  android: 'android',
  'chrome os': 'cros',
  chromeos: 'cros',
};

/** Windows' `platformVersion` from client hints: 13+ is Windows 11, 1–12 Windows 10, 0.x older. */
export function windowsFromPlatformVersion(pv: string): string | null {
  const m = /^(\d+)\.(\d+)/.exec(pv);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major >= 13) return '11';
  if (major >= 1) return '10';
  return ({ 1: '7', 2: '8', 3: '8.1' } as Record<number, string>)[minor] ?? null;
}

const trimVersion = (v: string) => v.replace(/(\.0)+$/, '') || v;

/** Combines the user agent with what the browser APIs say (they win over the user agent). */
export function clientInfo(input: {
  userAgent: string;
  uaData?: UaData | null;
  /** Firefox `runtime.getBrowserInfo()`. */
  browserInfo?: { name?: string; version?: string } | null;
  /** `runtime.getPlatformInfo().os`. */
  platformOs?: string | null;
}): ClientInfo {
  const info = parseUserAgent(input.userAgent);
  const ua = input.uaData;
  if (ua) {
    const list = ua.fullVersionList ?? ua.brands ?? [];
    const real = list.filter((b) => !/not.?a.?brand/i.test(b.brand));
    const pick = real.find((b) => /Edge/i.test(b.brand)) ?? real.find((b) => b.brand === 'Google Chrome') ?? real.find((b) => b.brand === 'Chromium') ?? real[0];
    if (pick) {
      info.name = 'chromium';
      info.product = pick.brand === 'Google Chrome' ? 'Chrome' : pick.brand.replace(/^Microsoft /, '');
      if (/^\d/.test(pick.version) && (pick.version.includes('.') || !info.version)) info.version = pick.version;
      const m = /^(\d+)/.exec(info.version)?.[1];
      if (m) info.major = Number(m);
    }
    const platform = own(UA_PLATFORMS, String(ua.platform ?? '').toLowerCase());
    if (platform) info.os = platform;
    if (ua.platformVersion && /^\d+(\.\d+)*$/.test(ua.platformVersion)) {
      if (info.os === 'win') info.osVersion = windowsFromPlatformVersion(ua.platformVersion);
      else if (info.os === 'mac' || info.os === 'android') info.osVersion = trimVersion(ua.platformVersion);
    }
  }
  const bi = input.browserInfo;
  if (bi?.version && /^\d+(\.\d+)*/.test(bi.version)) {
    if (bi.name && /firefox/i.test(bi.name)) {
      info.name = 'firefox';
      info.product = 'Firefox';
    }
    info.version = bi.version;
    info.major = Number(/^(\d+)/.exec(bi.version)![1]);
  }
  const p = (input.platformOs ?? '') as OsName;
  if (p && p !== info.os && ['win', 'mac', 'linux', 'android', 'cros', 'openbsd', 'fuchsia'].includes(p)) {
    info.os = p;
    info.osVersion = null;
  }
  return info;
}

/** The browser objects `collectClientInfo` reads (injected, so tests and pages pass their own). */
export interface ClientEnv {
  navigator: {
    userAgent: string;
    userAgentData?: { getHighEntropyValues?(hints: string[]): Promise<UaData> } & UaData;
  };
  runtime?: {
    getBrowserInfo?(): Promise<{ name?: string; version?: string }>;
    getPlatformInfo?(): Promise<{ os?: string }>;
  };
}

/** Reads what the browser tells of itself; never throws (what fails stays unknown). */
export async function collectClientInfo(env: ClientEnv): Promise<ClientInfo> {
  const soft = async <T>(f: (() => Promise<T>) | undefined): Promise<T | null> => {
    try {
      return f ? await f() : null;
    } catch {
      return null;
    }
  };
  const uad = env.navigator.userAgentData;
  const [uaData, browserInfo, platform] = await Promise.all([
    soft(uad?.getHighEntropyValues ? () => uad.getHighEntropyValues!(['platformVersion', 'fullVersionList']) : undefined),
    soft(env.runtime?.getBrowserInfo ? () => env.runtime!.getBrowserInfo!() : undefined),
    soft(env.runtime?.getPlatformInfo ? () => env.runtime!.getPlatformInfo!() : undefined),
  ]);
  return clientInfo({
    userAgent: env.navigator.userAgent,
    uaData: uaData ?? (uad ? { platform: uad.platform, brands: uad.brands } : null),
    browserInfo,
    platformOs: platform?.os ?? null,
  });
}

/** "Windows 10", "macOS 14.5", "Linux"… for the report. */
export function osLabel(info: Pick<ClientInfo, 'os' | 'osVersion'>): string {
  const names: Record<ClientInfo['os'], string> = {
    win: 'Windows',
    mac: 'macOS',
    linux: 'Linux',
    android: 'Android',
    cros: 'ChromeOS',
    openbsd: 'OpenBSD',
    fuchsia: 'Fuchsia',
    ios: 'iOS',
    other: '?',
  };
  return info.osVersion ? `${names[info.os]} ${info.osVersion}` : names[info.os];
}
