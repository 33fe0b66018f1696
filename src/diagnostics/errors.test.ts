import { describe, expect, it } from 'vitest';
import { failureFromNavigationError, failureFromRequestError } from './errors';

describe('browser events → a tab failure', () => {
  const academy = (h: string) => h === 'ac-lyon.fr' || h.endsWith('.ac-lyon.fr');
  const nav = { tabId: 4, frameId: 0, url: 'https://webmail.ac-lyon.fr/login?user=jdupont', timeStamp: 1000 };

  it('keeps a main-frame academy failure: host only, the error name as code', () => {
    expect(failureFromNavigationError('chromium', { ...nav, error: 'net::ERR_CERT_AUTHORITY_INVALID' }, academy)).toEqual({
      kind: 'certificate-error',
      code: 'ERR_CERT_AUTHORITY_INVALID',
      host: 'webmail.ac-lyon.fr',
      at: 1000,
    });
    expect(failureFromNavigationError('firefox', { ...nav, error: 'Error code 2153390067' }, academy)?.code).toBe('SEC_ERROR_UNKNOWN_ISSUER');
  });

  it('drops sub-frames, prerenders, other hosts, ignored and unknown errors', () => {
    const error = 'net::ERR_CONNECTION_RESET';
    expect(failureFromNavigationError('chromium', { ...nav, error, frameId: 3 }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error, frameType: 'sub_frame' }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error, documentLifecycle: 'prerender' }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error, tabId: -1 }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error, url: 'https://example.org/' }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error: 'net::ERR_ABORTED' }, academy)).toBeNull();
    expect(failureFromNavigationError('chromium', { ...nav, error: 'net::ERR_NEW_THING' }, academy)).toBeNull();
  });

  it('webRequest errors count for main_frame only', () => {
    const d = { tabId: 2, url: 'https://portail.ac-lyon.fr/', error: 'NS_ERROR_NET_TIMEOUT', timeStamp: 5 };
    expect(failureFromRequestError('firefox', { ...d, type: 'main_frame' }, academy)).toEqual({ kind: 'network-blocked', code: 'NS_ERROR_NET_TIMEOUT', host: 'portail.ac-lyon.fr', at: 5 });
    expect(failureFromRequestError('firefox', { ...d, type: 'script' }, academy)).toBeNull();
  });
});
