/**
 * What a browser's load error means for the user: a certificate the computer does
 * not trust, a network that filters, a name that does not resolve, no network at
 * all, or nothing worth telling (the user stopped the load, another extension
 * blocked it).
 *
 * Every mapping is data: to add a string observed in a real browser, add a row to
 * one of the tables below (CHROMIUM_ERRORS, CHROMIUM_PREFIXES, NSS_NAMES,
 * NETWORK_NSRESULTS, FIREFOX_MESSAGES) — never a branch.
 *
 * Where the strings come from:
 * - Chromium: `webNavigation.onErrorOccurred` and `webRequest.onErrorOccurred` give
 *   `net::ERR_*` (names from net/base/net_error_list.h).
 * - Firefox `webNavigation.onErrorOccurred` gives `Error code <decimal nsresult>`
 *   (WebNavigation.sys.mjs). A security error is nsresult 0x805A0000 + (−NSS code)
 *   (NS_ERROR_MODULE_SECURITY = 21, PSM's GetXPCOMFromNSSError); network errors are
 *   0x804B0000 + n (NS_ERROR_MODULE_NETWORK = 6, xpcom/base/ErrorList.py).
 * - Firefox `webRequest.onErrorOccurred` gives ChannelWrapper::GetErrorString: the
 *   NSS error's *localised message* for a certificate error ("Peer's Certificate
 *   issuer is not recognized.", "Unable to communicate securely with peer: …"),
 *   otherwise the nsresult's name (`NS_ERROR_NET_TIMEOUT`, `SEC_ERROR_…`).
 */
import type { FailureKind } from './facts';
import { own } from '../own';

export type LoadErrorBrowser = 'chromium' | 'firefox';
/** `ignore`: not a failure to tell (stopped by the user, blocked by another extension…); `unknown`: not in the tables. */
export type LoadErrorClass = FailureKind | 'ignore' | 'unknown';

/**
 * A more precise reading of a certificate failure, when the code says it:
 * `clock` (a date check failed: first suspect the computer's date and time),
 * `outdated` (no common TLS version or cipher: an old browser or system),
 * `interception` (something on the computer or network re-signs connections).
 */
export type CertificateHint = 'clock' | 'outdated' | 'interception';

export interface ErrorRow {
  kind: LoadErrorClass;
  hint?: CertificateHint;
}

export interface LoadErrorDescription {
  kind: LoadErrorClass;
  /** A stable name for the support report: `ERR_CERT_DATE_INVALID`, `SEC_ERROR_UNKNOWN_ISSUER`, `NS_ERROR_NET_TIMEOUT`, `NSS -8100`… */
  name: string;
  hint?: CertificateHint;
}

const row = (kind: LoadErrorClass, hint?: CertificateHint): ErrorRow => (hint ? { kind, hint } : { kind });
const CERT = row('certificate-error');
const BLOCKED = row('network-blocked');
const DNS = row('dns-error');
const OFFLINE = row('offline');
const IGNORE = row('ignore');
const UNKNOWN = row('unknown');

// ---------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------

/** Exact `net::ERR_*` names (without `net::`). Checked before CHROMIUM_PREFIXES. */
export const CHROMIUM_ERRORS: Readonly<Record<string, ErrorRow>> = {
  // Certificates and TLS handshakes (every ERR_CERT_* and ERR_SSL_* also falls to the prefixes).
  ERR_CERT_DATE_INVALID: row('certificate-error', 'clock'),
  ERR_CERT_AUTHORITY_INVALID: CERT,
  ERR_CERT_COMMON_NAME_INVALID: CERT,
  ERR_CERT_INVALID: CERT,
  ERR_CERT_REVOKED: CERT,
  ERR_CERT_WEAK_SIGNATURE_ALGORITHM: row('certificate-error', 'outdated'),
  ERR_CERT_KNOWN_INTERCEPTION_BLOCKED: row('certificate-error', 'interception'),
  ERR_CERTIFICATE_TRANSPARENCY_REQUIRED: CERT,
  ERR_BAD_SSL_CLIENT_AUTH_CERT: CERT,
  ERR_INSECURE_RESPONSE: CERT,
  ERR_SSL_PROTOCOL_ERROR: CERT,
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: row('certificate-error', 'outdated'),
  ERR_SSL_OBSOLETE_VERSION_OR_CIPHER: row('certificate-error', 'outdated'),
  ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN: row('certificate-error', 'interception'),
  // Refused, reset, timed out, proxy or policy: a filtering network.
  ERR_CONNECTION_REFUSED: BLOCKED,
  ERR_CONNECTION_RESET: BLOCKED,
  ERR_CONNECTION_CLOSED: BLOCKED,
  ERR_CONNECTION_ABORTED: BLOCKED,
  ERR_CONNECTION_FAILED: BLOCKED,
  ERR_CONNECTION_TIMED_OUT: BLOCKED,
  ERR_TIMED_OUT: BLOCKED,
  ERR_ADDRESS_UNREACHABLE: BLOCKED,
  ERR_NETWORK_ACCESS_DENIED: BLOCKED,
  ERR_TUNNEL_CONNECTION_FAILED: BLOCKED,
  ERR_BLOCKED_BY_ADMINISTRATOR: BLOCKED,
  ERR_EMPTY_RESPONSE: BLOCKED,
  // Names that do not resolve.
  ERR_NAME_NOT_RESOLVED: DNS,
  ERR_NAME_RESOLUTION_FAILED: DNS,
  ERR_ICANN_NAME_COLLISION: DNS,
  // No network at all.
  ERR_INTERNET_DISCONNECTED: OFFLINE,
  // Nothing to tell: stopped, replaced, downloaded, or refused by a page/extension rule.
  ERR_ABORTED: IGNORE,
  ERR_BLOCKED_BY_CLIENT: IGNORE,
  ERR_BLOCKED_BY_RESPONSE: IGNORE,
  ERR_BLOCKED_BY_CSP: IGNORE,
  ERR_BLOCKED_BY_ORB: IGNORE,
  ERR_CACHE_MISS: IGNORE,
  ERR_UNKNOWN_URL_SCHEME: IGNORE,
  ERR_HTTP_RESPONSE_CODE_FAILURE: IGNORE,
  // A changed network (Wi-Fi switch) is transient; say nothing rather than guess.
  ERR_NETWORK_CHANGED: UNKNOWN,
};

/** `ERR_*` prefixes, longest first wins; only consulted when CHROMIUM_ERRORS has no row. */
export const CHROMIUM_PREFIXES: readonly (readonly [prefix: string, row: ErrorRow])[] = [
  ['ERR_CERT_', CERT],
  ['ERR_SSL_', CERT],
  ['ERR_PROXY_', BLOCKED],
  ['ERR_DNS_', DNS],
];

// ---------------------------------------------------------------------------
// Firefox: NSS errors (certificates, TLS) in the security module
// ---------------------------------------------------------------------------

export const SEC_ERROR_BASE = -0x2000; // -8192
export const SSL_ERROR_BASE = -0x3000; // -12288
export const MOZILLA_PKIX_ERROR_BASE = -0x4000; // -16384
/** Each NSS family spans 1000 codes from its base (NSS `*_ERROR_LIMIT`). */
export const NSS_FAMILIES: readonly (readonly [base: number, prefix: string])[] = [
  [SEC_ERROR_BASE, 'SEC_ERROR_'],
  [SSL_ERROR_BASE, 'SSL_ERROR_'],
  [MOZILLA_PKIX_ERROR_BASE, 'MOZILLA_PKIX_ERROR_'],
];

/** Common NSS codes by value (lib/util/SECerrs.h, lib/ssl/SSLerrs.h, mozpkix pkixnss.h). All are certificate errors. */
export const NSS_NAMES: Readonly<Record<number, { name: string; hint?: CertificateHint }>> = {
  [SEC_ERROR_BASE + 8]: { name: 'SEC_ERROR_INVALID_TIME', hint: 'clock' },
  [SEC_ERROR_BASE + 10]: { name: 'SEC_ERROR_BAD_SIGNATURE' },
  [SEC_ERROR_BASE + 11]: { name: 'SEC_ERROR_EXPIRED_CERTIFICATE', hint: 'clock' },
  [SEC_ERROR_BASE + 12]: { name: 'SEC_ERROR_REVOKED_CERTIFICATE' },
  [SEC_ERROR_BASE + 13]: { name: 'SEC_ERROR_UNKNOWN_ISSUER' },
  [SEC_ERROR_BASE + 20]: { name: 'SEC_ERROR_UNTRUSTED_ISSUER' },
  [SEC_ERROR_BASE + 21]: { name: 'SEC_ERROR_UNTRUSTED_CERT' },
  [SEC_ERROR_BASE + 30]: { name: 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', hint: 'clock' },
  [SEC_ERROR_BASE + 36]: { name: 'SEC_ERROR_CA_CERT_INVALID' },
  [SEC_ERROR_BASE + 90]: { name: 'SEC_ERROR_INADEQUATE_KEY_USAGE' },
  [SEC_ERROR_BASE + 131]: { name: 'SEC_ERROR_OCSP_FUTURE_RESPONSE', hint: 'clock' },
  [SEC_ERROR_BASE + 132]: { name: 'SEC_ERROR_OCSP_OLD_RESPONSE', hint: 'clock' },
  [SEC_ERROR_BASE + 176]: { name: 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED', hint: 'outdated' },
  [SSL_ERROR_BASE + 2]: { name: 'SSL_ERROR_NO_CYPHER_OVERLAP', hint: 'outdated' },
  [SSL_ERROR_BASE + 4]: { name: 'SSL_ERROR_BAD_CERTIFICATE' },
  [SSL_ERROR_BASE + 9]: { name: 'SSL_ERROR_UNSUPPORTED_VERSION', hint: 'outdated' },
  [SSL_ERROR_BASE + 12]: { name: 'SSL_ERROR_BAD_CERT_DOMAIN' },
  [SSL_ERROR_BASE + 25]: { name: 'SSL_ERROR_RX_RECORD_TOO_LONG' },
  [SSL_ERROR_BASE + 61]: { name: 'SSL_ERROR_HANDSHAKE_FAILURE_ALERT', hint: 'outdated' },
  [SSL_ERROR_BASE + 98]: { name: 'SSL_ERROR_PROTOCOL_VERSION_ALERT', hint: 'outdated' },
  [MOZILLA_PKIX_ERROR_BASE + 0]: { name: 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', hint: 'interception' },
  [MOZILLA_PKIX_ERROR_BASE + 1]: { name: 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY' },
  [MOZILLA_PKIX_ERROR_BASE + 2]: { name: 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', hint: 'outdated' },
  [MOZILLA_PKIX_ERROR_BASE + 5]: { name: 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', hint: 'clock' },
  [MOZILLA_PKIX_ERROR_BASE + 6]: { name: 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE', hint: 'clock' },
  [MOZILLA_PKIX_ERROR_BASE + 12]: { name: 'MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME' },
  [MOZILLA_PKIX_ERROR_BASE + 14]: { name: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT' },
  [MOZILLA_PKIX_ERROR_BASE + 15]: { name: 'MOZILLA_PKIX_ERROR_MITM_DETECTED', hint: 'interception' },
};

// ---------------------------------------------------------------------------
// Firefox: network module nsresults (0x804B0000 + n)
// ---------------------------------------------------------------------------

export const NS_ERROR_MODULE_NETWORK = 6;
export const NS_ERROR_MODULE_SECURITY = 21;
const MODULE_BASE_OFFSET = 0x45;

/** Network-module codes by their low 16 bits (xpcom/base/ErrorList.py). */
export const NETWORK_NSRESULTS: Readonly<Record<number, { name: string } & ErrorRow>> = {
  0x01: { name: 'NS_BINDING_FAILED', kind: 'unknown' },
  0x02: { name: 'NS_BINDING_ABORTED', kind: 'ignore' },
  0x03: { name: 'NS_BINDING_REDIRECTED', kind: 'ignore' },
  0x04: { name: 'NS_BINDING_RETARGETED', kind: 'ignore' },
  0x0d: { name: 'NS_ERROR_CONNECTION_REFUSED', kind: 'network-blocked' },
  0x0e: { name: 'NS_ERROR_NET_TIMEOUT', kind: 'network-blocked' },
  0x10: { name: 'NS_ERROR_OFFLINE', kind: 'offline' },
  0x13: { name: 'NS_ERROR_PORT_ACCESS_NOT_ALLOWED', kind: 'network-blocked' },
  0x14: { name: 'NS_ERROR_NET_RESET', kind: 'network-blocked' },
  0x1e: { name: 'NS_ERROR_UNKNOWN_HOST', kind: 'dns-error' },
  0x2a: { name: 'NS_ERROR_UNKNOWN_PROXY_HOST', kind: 'network-blocked' },
  0x2b: { name: 'NS_ERROR_DEFINITIVE_UNKNOWN_HOST', kind: 'dns-error' },
  0x24: { name: 'NS_ERROR_NET_EMPTY_RESPONSE', kind: 'network-blocked' },
  0x47: { name: 'NS_ERROR_NET_INTERRUPT', kind: 'network-blocked' },
  0x48: { name: 'NS_ERROR_PROXY_CONNECTION_REFUSED', kind: 'network-blocked' },
  0x52: { name: 'NS_ERROR_NET_INADEQUATE_SECURITY', kind: 'certificate-error', hint: 'outdated' },
  0x55: { name: 'NS_ERROR_NET_TIMEOUT_EXTERNAL', kind: 'network-blocked' },
  0x59: { name: 'NS_ERROR_BAD_HSTS_CERT', kind: 'certificate-error' },
  0x4d: { name: 'NS_ERROR_LOAD_SHOWED_ERRORPAGE', kind: 'unknown' },
  0x4e: { name: 'NS_ERROR_DOCSHELL_DYING', kind: 'ignore' },
};

/**
 * NS_ERROR_PROXY_* (ErrorList.py: NS_ERROR_PROXY_CODE_BASE = 1000, plus the HTTP status the
 * proxy answered a CONNECT with, e.g. NS_ERROR_PROXY_BAD_GATEWAY = 1502): a proxy stood in the way.
 */
export const PROXY_CODE_RANGE = { from: 1000 + 300, to: 1000 + 599, kind: 'network-blocked' } as const;

/** Network-module names the table above does not hold, by prefix (Firefox `webRequest` gives names). */
export const FIREFOX_NAME_PREFIXES: readonly (readonly [prefix: string, row: ErrorRow])[] = [
  ['NS_ERROR_PROXY_', BLOCKED],
  ['SEC_ERROR_', CERT],
  ['SSL_ERROR_', CERT],
  ['MOZILLA_PKIX_ERROR_', CERT],
];

/**
 * Fragments of the NSS messages Firefox's `webRequest.onErrorOccurred` gives for a certificate
 * error (lowercase, apostrophes straightened). The message is localised: the English texts
 * (NSS's own) come first, then words that survive translation into French.
 */
export const FIREFOX_MESSAGES: readonly (readonly [fragment: string, name: string | null, row: ErrorRow])[] = [
  ["peer's certificate issuer is not recognized", 'SEC_ERROR_UNKNOWN_ISSUER', CERT],
  ["peer's certificate has expired", 'SEC_ERROR_EXPIRED_CERTIFICATE', row('certificate-error', 'clock')],
  ["the certificate issuer's certificate has expired", 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', row('certificate-error', 'clock')],
  ["peer's certificate has been revoked", 'SEC_ERROR_REVOKED_CERTIFICATE', CERT],
  ["requested domain name does not match the server's certificate", 'SSL_ERROR_BAD_CERT_DOMAIN', CERT],
  ['no common encryption algorithm', 'SSL_ERROR_NO_CYPHER_OVERLAP', row('certificate-error', 'outdated')],
  ['unsupported version of security protocol', 'SSL_ERROR_UNSUPPORTED_VERSION', row('certificate-error', 'outdated')],
  ['self-signed', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', CERT],
  ['communicate securely', null, CERT],
  ["peer's certificate", null, CERT],
  ['certificat', null, CERT],
  ['communiquer de façon sécurisée', null, CERT],
];

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

export interface DecodedNsresult {
  /** Unsigned 32-bit value. */
  value: number;
  /** The severity bit is set (a failure). */
  failure: boolean;
  /** XPCOM module number (6 network, 21 security…). */
  module: number;
  /** Low 16 bits. */
  code: number;
}

/** Splits an nsresult (signed or unsigned, as a number) into its parts. */
export function decodeNsresult(n: number): DecodedNsresult | null {
  if (!Number.isInteger(n) || n < -0x80000000 || n > 0xffffffff) return null;
  const value = n >>> 0;
  return {
    value,
    failure: (value & 0x80000000) !== 0,
    module: ((value >>> 16) & 0x1fff) - MODULE_BASE_OFFSET,
    code: value & 0xffff,
  };
}

/** The nsresult Firefox reports for an NSS error code (e.g. −8179 → 2153390067). */
export const nsresultOfNss = (nssCode: number): number => (0x805a0000 + -nssCode) >>> 0;

const hex = (v: number) => `0x${v.toString(16).toUpperCase().padStart(8, '0')}`;

function describeNss(nssCode: number): LoadErrorDescription {
  const known = own(NSS_NAMES, nssCode);
  if (known) return { kind: 'certificate-error', name: known.name, ...(known.hint ? { hint: known.hint } : {}) };
  // Any other code of the security module still failed the secure connection.
  return { kind: 'certificate-error', name: `NSS ${nssCode}` };
}

function describeNetwork(code: number, value: number): LoadErrorDescription {
  const known = own(NETWORK_NSRESULTS, code);
  if (known) return { kind: known.kind, name: known.name, ...(known.hint ? { hint: known.hint } : {}) };
  if (code >= PROXY_CODE_RANGE.from && code <= PROXY_CODE_RANGE.to) return { kind: PROXY_CODE_RANGE.kind, name: `NS_ERROR_PROXY_${code - 1000}` };
  return { kind: 'unknown', name: hex(value) };
}

/** Reads a Firefox nsresult number. */
export function describeNsresult(n: number): LoadErrorDescription {
  const d = decodeNsresult(n);
  if (!d) return { kind: 'unknown', name: String(n) };
  if (!d.failure) return { kind: 'ignore', name: hex(d.value) };
  if (d.module === NS_ERROR_MODULE_SECURITY) return describeNss(-d.code);
  if (d.module === NS_ERROR_MODULE_NETWORK) return describeNetwork(d.code, d.value);
  return { kind: 'unknown', name: hex(d.value) };
}

const byName = (name: string): LoadErrorDescription | null => {
  for (const [code, entry] of Object.entries(NETWORK_NSRESULTS)) {
    if (entry.name === name) return describeNetwork(Number(code), 0);
  }
  for (const [nss, entry] of Object.entries(NSS_NAMES)) {
    if (entry.name === name) return describeNss(Number(nss));
  }
  for (const [prefix, r] of FIREFOX_NAME_PREFIXES) {
    if (name.startsWith(prefix)) return { kind: r.kind, name, ...(r.hint ? { hint: r.hint } : {}) };
  }
  return null;
};

/** Keeps a browser string safe and short for a report: letters, digits and a little punctuation. */
export const cleanErrorText = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N} _:.,'()\-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);

function describeChromium(raw: string): LoadErrorDescription {
  const name = raw.replace(/^net::/, '');
  const exact = own(CHROMIUM_ERRORS, name);
  if (exact) return { kind: exact.kind, name, ...(exact.hint ? { hint: exact.hint } : {}) };
  if (/^ERR_[A-Z0-9_]+$/.test(name)) {
    let best: readonly [string, ErrorRow] | undefined;
    for (const p of CHROMIUM_PREFIXES) if (name.startsWith(p[0]) && (!best || p[0].length > best[0].length)) best = p;
    if (best) return { kind: best[1].kind, name, ...(best[1].hint ? { hint: best[1].hint } : {}) };
    return { kind: 'unknown', name };
  }
  return { kind: 'unknown', name: cleanErrorText(raw) };
}

function describeFirefox(raw: string): LoadErrorDescription {
  // webNavigation: "Error code 2153390067" (decimal, possibly signed).
  const code = /^error code\s+(-?\d{1,10})$/i.exec(raw);
  if (code) return describeNsresult(Number(code[1]));
  // ErrorNames.cpp's fallback for an unnamed security error.
  const generated = /^NS_ERROR_GENERATE_FAILURE\(NS_ERROR_MODULE_SECURITY,\s*(\d{1,5})\)$/.exec(raw);
  if (generated) return describeNss(-Number(generated[1]));
  if (/^(NS_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+|MOZILLA_PKIX_ERROR_[A-Z0-9_]+)$/.test(raw)) {
    return byName(raw) ?? { kind: 'unknown', name: raw };
  }
  const text = raw.toLowerCase().replace(/[’‘]/g, "'");
  for (const [fragment, name, r] of FIREFOX_MESSAGES) {
    if (text.includes(fragment)) return { kind: r.kind, name: name ?? cleanErrorText(raw), ...(r.hint ? { hint: r.hint } : {}) };
  }
  return { kind: 'unknown', name: cleanErrorText(raw) };
}

/** The kind of a load error and a stable name for the support report. */
export function describeLoadError(browser: LoadErrorBrowser, error: string): LoadErrorDescription {
  const raw = String(error ?? '').trim();
  if (!raw) return { kind: 'unknown', name: '' };
  // Both browsers' webRequest may pass the other's vocabulary through (e.g. tests, forks): try both.
  if (browser === 'chromium') {
    const d = describeChromium(raw);
    return d.kind === 'unknown' && !/^net::|^ERR_/.test(raw) ? describeFirefox(raw) : d;
  }
  const d = describeFirefox(raw);
  return d.kind === 'unknown' && /^net::ERR_|^ERR_/.test(raw) ? describeChromium(raw) : d;
}

/** `certificate-error`, `network-blocked`, `dns-error`, `offline`, `ignore` or `unknown`. */
export const classifyLoadError = (browser: LoadErrorBrowser, error: string): LoadErrorClass =>
  describeLoadError(browser, error).kind;

/** Narrows a class to a failure the popup tells. */
export const isFailureKind = (k: LoadErrorClass): k is FailureKind => k !== 'ignore' && k !== 'unknown';

/** The certificate hint of a stored failure code (a name from describeLoadError), if any. */
export const certificateHint = (code: string): CertificateHint | undefined => describeLoadError('chromium', code).hint;
