import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ERRORS,
  certificateHint,
  classifyLoadError,
  decodeNsresult,
  describeLoadError,
  describeNsresult,
  FIREFOX_MESSAGES,
  NETWORK_NSRESULTS,
  NSS_NAMES,
  nsresultOfNss,
  type LoadErrorClass,
} from './load-errors';

const chromium = (e: string) => classifyLoadError('chromium', e);
const firefox = (e: string) => classifyLoadError('firefox', e);
const ffCode = (n: number) => `Error code ${n >>> 0}`;

describe('Chromium net::ERR_* strings', () => {
  // The list, written out independently of the table.
  it.each<[string, LoadErrorClass]>([
    ['net::ERR_CERT_AUTHORITY_INVALID', 'certificate-error'],
    ['net::ERR_CERT_DATE_INVALID', 'certificate-error'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'certificate-error'],
    ['net::ERR_CERT_REVOKED', 'certificate-error'],
    ['net::ERR_CERT_SYMANTEC_LEGACY', 'certificate-error'],
    ['net::ERR_CERT_NON_UNIQUE_NAME', 'certificate-error'],
    ['net::ERR_CERT_VALIDITY_TOO_LONG', 'certificate-error'],
    ['net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'certificate-error'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'certificate-error'],
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'certificate-error'],
    ['net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'certificate-error'],
    ['net::ERR_SSL_UNRECOGNIZED_NAME_ALERT', 'certificate-error'],
    ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'certificate-error'],
    ['net::ERR_CONNECTION_REFUSED', 'network-blocked'],
    ['net::ERR_CONNECTION_RESET', 'network-blocked'],
    ['net::ERR_CONNECTION_CLOSED', 'network-blocked'],
    ['net::ERR_CONNECTION_ABORTED', 'network-blocked'],
    ['net::ERR_CONNECTION_FAILED', 'network-blocked'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'network-blocked'],
    ['net::ERR_TIMED_OUT', 'network-blocked'],
    ['net::ERR_ADDRESS_UNREACHABLE', 'network-blocked'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'network-blocked'],
    ['net::ERR_PROXY_AUTH_UNSUPPORTED', 'network-blocked'],
    ['net::ERR_PROXY_CERTIFICATE_INVALID', 'network-blocked'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'network-blocked'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'network-blocked'],
    ['net::ERR_EMPTY_RESPONSE', 'network-blocked'],
    ['net::ERR_NAME_NOT_RESOLVED', 'dns-error'],
    ['net::ERR_NAME_RESOLUTION_FAILED', 'dns-error'],
    ['net::ERR_DNS_TIMED_OUT', 'dns-error'],
    ['net::ERR_DNS_MALFORMED_RESPONSE', 'dns-error'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['net::ERR_ABORTED', 'ignore'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'ignore'],
    ['net::ERR_BLOCKED_BY_RESPONSE', 'ignore'],
    ['net::ERR_TOO_MANY_REDIRECTS', 'unknown'],
    ['net::ERR_SOMETHING_NEW', 'unknown'],
  ])('%s → %s', (error, kind) => {
    expect(chromium(error)).toBe(kind);
  });

  it.each(Object.entries(CHROMIUM_ERRORS))('table row %s', (name, row) => {
    expect(chromium(`net::${name}`)).toBe(row.kind);
    expect(chromium(name)).toBe(row.kind); // without the net:: prefix too
    expect(describeLoadError('chromium', `net::${name}`)).toEqual({ kind: row.kind, name, ...(row.hint ? { hint: row.hint } : {}) });
  });

  it('names the error without net:: and trims', () => {
    expect(describeLoadError('chromium', '  net::ERR_CERT_DATE_INVALID ')).toEqual({ kind: 'certificate-error', name: 'ERR_CERT_DATE_INVALID', hint: 'clock' });
  });

  it('an exact row wins over a prefix (ERR_SSL_PINNED_KEY… keeps its interception hint)', () => {
    expect(describeLoadError('chromium', 'net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN').hint).toBe('interception');
  });

  it('empty or garbage is unknown, and garbage is cleaned for the report', () => {
    expect(describeLoadError('chromium', '')).toEqual({ kind: 'unknown', name: '' });
    const d = describeLoadError('chromium', 'weird <script>https://x/?u=jdupont</script>');
    expect(d.kind).toBe('unknown');
    expect(d.name).not.toMatch(/[<>/?=]/);
  });
});

describe('Firefox nsresult decoding', () => {
  it('decodes SEC_ERROR_UNKNOWN_ISSUER (-8179) as 2153390067', () => {
    expect(nsresultOfNss(-8179)).toBe(2153390067);
    expect(decodeNsresult(2153390067)).toEqual({ value: 2153390067, failure: true, module: 21, code: 8179 });
    expect(describeLoadError('firefox', 'Error code 2153390067')).toEqual({ kind: 'certificate-error', name: 'SEC_ERROR_UNKNOWN_ISSUER' });
  });

  it('accepts the signed form of the same value', () => {
    expect(describeLoadError('firefox', `Error code ${2153390067 - 2 ** 32}`).name).toBe('SEC_ERROR_UNKNOWN_ISSUER');
    expect(decodeNsresult(-2142568435)).toMatchObject({ module: 6, code: 0x0d });
  });

  it('rejects non-integers and out-of-range values', () => {
    expect(decodeNsresult(1.5)).toBeNull();
    expect(decodeNsresult(2 ** 32)).toBeNull();
    expect(describeNsresult(Number.NaN).kind).toBe('unknown');
  });

  it('a success code is ignored', () => {
    expect(describeNsresult(0).kind).toBe('ignore');
  });

  it.each(Object.entries(NSS_NAMES).map(([code, e]) => [Number(code), e.name, e.hint] as const))('NSS %i is %s', (code, name, hint) => {
    const d = describeLoadError('firefox', ffCode(nsresultOfNss(code)));
    expect(d).toEqual({ kind: 'certificate-error', name, ...(hint ? { hint } : {}) });
    // Firefox webRequest can give the NSS name itself.
    expect(describeLoadError('firefox', name)).toEqual(d);
  });

  it.each<[string, number, string]>([
    ['SEC_ERROR_EXPIRED_CERTIFICATE', -8181, 'clock'],
    ['SSL_ERROR_BAD_CERT_DOMAIN', -12276, ''],
    ['MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', -16370, ''],
    ['SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', -8162, 'clock'],
    ['MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', -16379, 'clock'],
    ['SSL_ERROR_NO_CYPHER_OVERLAP', -12286, 'outdated'],
    ['SSL_ERROR_UNSUPPORTED_VERSION', -12279, 'outdated'],
  ])('%s is NSS %i', (name, code, hint) => {
    const d = describeNsresult(nsresultOfNss(code));
    expect(d.name).toBe(name);
    expect(d.hint ?? '').toBe(hint);
  });

  it('any other security-module code is still a certificate error, named by its NSS number', () => {
    for (const code of [-8100, -12200, -16300]) {
      expect(describeNsresult(nsresultOfNss(code))).toEqual({ kind: 'certificate-error', name: `NSS ${code}` });
    }
  });

  it.each(Object.entries(NETWORK_NSRESULTS).map(([code, e]) => [Number(code), e.name, e.kind] as const))('network 0x804B%s is %s', (code, name, kind) => {
    const value = 0x804b0000 + code;
    expect(describeLoadError('firefox', ffCode(value))).toMatchObject({ kind, name });
    expect(describeLoadError('firefox', name)).toMatchObject({ kind, name });
  });

  it.each<[number, LoadErrorClass, string]>([
    [0x804b000d, 'network-blocked', 'NS_ERROR_CONNECTION_REFUSED'],
    [0x804b000e, 'network-blocked', 'NS_ERROR_NET_TIMEOUT'],
    [0x804b0014, 'network-blocked', 'NS_ERROR_NET_RESET'],
    [0x804b0047, 'network-blocked', 'NS_ERROR_NET_INTERRUPT'],
    [0x804b0048, 'network-blocked', 'NS_ERROR_PROXY_CONNECTION_REFUSED'],
    [0x804b002a, 'network-blocked', 'NS_ERROR_UNKNOWN_PROXY_HOST'],
    [0x804b001e, 'dns-error', 'NS_ERROR_UNKNOWN_HOST'],
    [0x804b0010, 'offline', 'NS_ERROR_OFFLINE'],
    [0x804b0002, 'ignore', 'NS_BINDING_ABORTED'],
  ])('the issue\'s 0x%s → %s', (value, kind, name) => {
    expect(describeLoadError('firefox', ffCode(value))).toMatchObject({ kind, name });
  });

  it('NS_ERROR_PROXY_<HTTP status> codes are a blocking proxy', () => {
    expect(describeNsresult(0x804b0000 + 1502)).toEqual({ kind: 'network-blocked', name: 'NS_ERROR_PROXY_502' });
    expect(describeNsresult(0x804b0000 + 1407)).toEqual({ kind: 'network-blocked', name: 'NS_ERROR_PROXY_407' });
    expect(firefox('NS_ERROR_PROXY_BAD_GATEWAY')).toBe('network-blocked');
    expect(firefox('NS_ERROR_PROXY_AUTHENTICATION_FAILED')).toBe('network-blocked');
  });

  it('unknown network and other modules are unknown, named in hex', () => {
    expect(describeNsresult(0x804b0063)).toEqual({ kind: 'unknown', name: '0x804B0063' });
    expect(describeNsresult(0x80004005)).toEqual({ kind: 'unknown', name: '0x80004005' }); // NS_ERROR_FAILURE (base module)
  });
});

describe('Firefox webRequest text forms', () => {
  it.each(FIREFOX_MESSAGES.map(([fragment, name, row]) => [fragment, name, row.kind] as const))('"%s"', (fragment, name, kind) => {
    const d = describeLoadError('firefox', `Some prefix: ${fragment}.`);
    expect(d.kind).toBe(kind);
    if (name) expect(d.name).toBe(name);
  });

  it.each<[string, string]>([
    ["Peer's Certificate issuer is not recognized.", 'SEC_ERROR_UNKNOWN_ISSUER'],
    ['Peer’s Certificate has expired.', 'SEC_ERROR_EXPIRED_CERTIFICATE'],
    ["Unable to communicate securely with peer: requested domain name does not match the server's certificate.", 'SSL_ERROR_BAD_CERT_DOMAIN'],
    ['Cannot communicate securely with peer: no common encryption algorithm(s).', 'SSL_ERROR_NO_CYPHER_OVERLAP'],
    ['Peer using unsupported version of security protocol.', 'SSL_ERROR_UNSUPPORTED_VERSION'],
  ])('NSS message %s', (message, name) => {
    expect(describeLoadError('firefox', message)).toMatchObject({ kind: 'certificate-error', name });
  });

  it('a localised (French) certificate message is still a certificate error', () => {
    expect(firefox("Le certificat de l'émetteur du pair n'est pas reconnu.")).toBe('certificate-error');
    expect(firefox('Impossible de communiquer de façon sécurisée avec le pair.')).toBe('certificate-error');
  });

  it('an unnamed security error (ErrorNames fallback) is decoded', () => {
    expect(describeLoadError('firefox', 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, 8179)').name).toBe('SEC_ERROR_UNKNOWN_ISSUER');
  });

  it('an unknown NS_ name or text is unknown', () => {
    expect(firefox('NS_ERROR_SOMETHING_ELSE')).toBe('unknown');
    expect(firefox('something happened')).toBe('unknown');
  });

  it('each browser also reads the other one’s vocabulary', () => {
    expect(firefox('net::ERR_CONNECTION_RESET')).toBe('network-blocked');
    expect(chromium('Error code 2153390067')).toBe('certificate-error');
  });
});

describe('certificate hints', () => {
  it.each<[string, string | undefined]>([
    ['ERR_CERT_DATE_INVALID', 'clock'],
    ['SEC_ERROR_EXPIRED_CERTIFICATE', 'clock'],
    ['MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'clock'],
    ['ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'outdated'],
    ['SSL_ERROR_NO_CYPHER_OVERLAP', 'outdated'],
    ['MOZILLA_PKIX_ERROR_MITM_DETECTED', 'interception'],
    ['ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'interception'],
    ['ERR_CERT_AUTHORITY_INVALID', undefined],
    ['SEC_ERROR_UNKNOWN_ISSUER', undefined],
  ])('%s → %s', (code, hint) => {
    expect(certificateHint(code)).toBe(hint);
  });
});

describe('names that Object.prototype holds', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('net::%s is an unknown error, not a row of the table', (name) => {
    expect(describeLoadError('chromium', `net::${name}`).kind).toBe('unknown');
    expect(describeLoadError('chromium', name).kind).toBe('unknown');
    expect(describeLoadError('firefox', name).kind).toBe('unknown');
  });
});
