import { describe, expect, it } from 'vitest';
import { bundledPack as pack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import {
  browserAdvice,
  clientInfo,
  collectClientInfo,
  compareVersions,
  osLabel,
  outdatedLine,
  parseUserAgent,
  windowsFromPlatformVersion,
  type BrowserAdviceInput,
} from './browser-age';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  chromeWin7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefoxWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) Gecko/20100101 Firefox/144.0',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:150.0) Gecko/20100101 Firefox/150.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 12; Mobile; rv:150.0) Gecko/150.0 Firefox/150.0',
  cros: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
};

describe('the pack’s diagnostics', () => {
  it('holds the slow-load threshold, the minimum browsers and the unsupported systems', () => {
    const d = pack.diagnostics!;
    expect(d.slowLoadMs.value).toBe(20_000);
    expect(d.minBrowser.value).toEqual({ chromium: 142, firefox: 145 });
    expect(d.minBrowser.confidence).toBe('guess');
    expect(d.minBrowser.note).toBeTruthy();
    expect(d.unsupportedOs.map((r) => `${r.value.os}<${r.value.below}`)).toEqual(['win<10', 'win<11', 'mac<14', 'android<13']);
  });
});

describe('reading the user agent', () => {
  it.each<[string, Partial<ReturnType<typeof parseUserAgent>>]>([
    [UA.chromeLinux, { name: 'chromium', product: 'Chrome', major: 156, os: 'linux', osVersion: null }],
    [UA.chromeWin, { name: 'chromium', major: 120, os: 'win', osVersion: null }], // NT 10.0: 10 or 11, unknown
    [UA.chromeWin7, { name: 'chromium', major: 109, os: 'win', osVersion: '7' }],
    [UA.chromeMac, { name: 'chromium', os: 'mac', osVersion: null }], // frozen 10_15_7
    [UA.chromeAndroid, { name: 'chromium', os: 'android', osVersion: null }], // frozen "Android 10; K"
    [UA.edge, { name: 'chromium', product: 'Edge', major: 150 }],
    [UA.firefoxLinux, { name: 'firefox', product: 'Firefox', version: '153.0', major: 153, os: 'linux' }],
    [UA.firefoxWin, { name: 'firefox', major: 144, os: 'win', osVersion: null }],
    [UA.firefoxMac, { name: 'firefox', os: 'mac', osVersion: null }], // capped at 10.15
    [UA.firefoxAndroid, { name: 'firefox', os: 'android', osVersion: '12' }],
    [UA.cros, { name: 'chromium', os: 'cros' }],
    ['curl/8.0', { name: 'other', major: null, os: 'other' }],
  ])('%s', (ua, expected) => {
    expect(parseUserAgent(ua)).toMatchObject(expected);
  });

  it.each<[string, string | null]>([
    ['0.1.0', '7'],
    ['0.2.0', '8'],
    ['0.3.0', '8.1'],
    ['1.0.0', '10'],
    ['10.0.0', '10'],
    ['13.0.0', '11'],
    ['19.0.0', '11'],
    ['x', null],
  ])('Windows platformVersion %s → %s', (pv, v) => {
    expect(windowsFromPlatformVersion(pv)).toBe(v);
  });

  it('client hints give the real system and full version', () => {
    const info = clientInfo({
      userAgent: UA.chromeWin,
      uaData: { platform: 'Windows', platformVersion: '10.0.0', fullVersionList: [{ brand: 'Not=A?Brand', version: '24.0.0.0' }, { brand: 'Chromium', version: '120.0.6099.71' }, { brand: 'Google Chrome', version: '120.0.6099.71' }] },
    });
    expect(info).toMatchObject({ name: 'chromium', product: 'Chrome', version: '120.0.6099.71', major: 120, os: 'win', osVersion: '10' });
    expect(clientInfo({ userAgent: UA.chromeMac, uaData: { platform: 'macOS', platformVersion: '13.6.1' } }).osVersion).toBe('13.6.1');
    expect(clientInfo({ userAgent: UA.chromeAndroid, uaData: { platform: 'Android', platformVersion: '14.0.0' } }).osVersion).toBe('14');
  });

  it('Firefox’s getBrowserInfo gives the full version', () => {
    expect(clientInfo({ userAgent: UA.firefoxLinux, browserInfo: { name: 'Firefox', version: '153.7.0' } })).toMatchObject({ version: '153.7.0', major: 153 });
  });

  it('getPlatformInfo corrects the system', () => {
    expect(clientInfo({ userAgent: UA.chromeLinux, platformOs: 'cros' }).os).toBe('cros');
    expect(clientInfo({ userAgent: UA.chromeLinux, platformOs: 'nonsense' }).os).toBe('linux');
  });

  it('collects from injected browser objects and never throws', async () => {
    const info = await collectClientInfo({
      navigator: {
        userAgent: UA.chromeWin,
        userAgentData: { platform: 'Windows', getHighEntropyValues: async () => ({ platform: 'Windows', platformVersion: '15.0.0' }) },
      },
      runtime: { getPlatformInfo: async () => ({ os: 'win' }), getBrowserInfo: () => Promise.reject(new Error('no')) },
    });
    expect(info).toMatchObject({ name: 'chromium', os: 'win', osVersion: '11', major: 120 });
    const bare = await collectClientInfo({ navigator: { userAgent: UA.firefoxLinux } });
    expect(bare).toMatchObject({ name: 'firefox', major: 153 });
  });

  it('labels the system for the report', () => {
    expect(osLabel({ os: 'win', osVersion: '10' })).toBe('Windows 10');
    expect(osLabel({ os: 'linux', osVersion: null })).toBe('Linux');
  });
});

describe('outdated browser or system', () => {
  const input = (p: Partial<BrowserAdviceInput>): BrowserAdviceInput => ({ name: 'chromium', major: 156, os: 'linux', osVersion: null, ...p });

  it('up-to-date or unknown: no advice', () => {
    expect(browserAdvice(input({}), pack)).toBeNull();
    expect(browserAdvice(input({ name: 'firefox', major: 153 }), pack)).toBeNull(); // ESR 153
    expect(browserAdvice(input({ major: null }), pack)).toBeNull();
    expect(browserAdvice(input({ name: 'other', major: 3 }), pack)).toBeNull();
    expect(browserAdvice(input({ os: 'win', osVersion: null }), pack)).toBeNull();
    expect(browserAdvice(input({ os: 'win', osVersion: '11' }), pack)).toBeNull();
    expect(browserAdvice(input({ os: 'mac', osVersion: '14.5' }), pack)).toBeNull();
    const { diagnostics: _, ...noDiagnostics } = pack;
    expect(browserAdvice(input({ major: 100 }), noDiagnostics as Pack)).toBeNull();
  });

  it('boundaries: the minimum itself is fine, one below is not', () => {
    expect(browserAdvice(input({ major: 142 }), pack)).toBeNull();
    expect(browserAdvice(input({ major: 141 }), pack)).toEqual({ reason: 'browser', browser: { family: 'chromium', major: 141, minimum: 142 } });
    expect(browserAdvice(input({ name: 'firefox', major: 145 }), pack)).toBeNull();
    expect(browserAdvice(input({ name: 'firefox', major: 144 }), pack)?.browser).toEqual({ family: 'firefox', major: 144, minimum: 145 });
  });

  it('picks the most specific system rule, with its confidence', () => {
    const w81 = browserAdvice(input({ os: 'win', osVersion: '8.1' }), pack)!;
    expect(w81.reason).toBe('os');
    expect(w81.os).toMatchObject({ os: 'win', version: '8.1', label: { fr: 'Windows 8.1 ou antérieur' }, confirmed: false });
    const w10 = browserAdvice(input({ os: 'win', osVersion: '10' }), pack)!;
    expect(w10.os?.label.fr).toBe('Windows 10');
    expect(w10.os?.detail?.fr).toContain('ESU');
    expect(browserAdvice(input({ os: 'mac', osVersion: '13.6.1' }), pack)?.os?.label.en).toBe('macOS 13 (Ventura) or earlier');
    expect(browserAdvice(input({ os: 'android', osVersion: '12' }), pack)?.os?.os).toBe('android');
  });

  it('an old system with an old browser says both, the system first', () => {
    const a = browserAdvice(input({ major: 109, os: 'win', osVersion: '7' }), pack)!;
    expect(a.reason).toBe('os');
    expect(a.browser).toEqual({ family: 'chromium', major: 109, minimum: 142 });
  });

  it('compares versions number by number', () => {
    expect(compareVersions('8.1', '10')).toBe(-1);
    expect(compareVersions('10', '10.0.0')).toBe(0);
    expect(compareVersions('14.5', '14')).toBe(1);
  });

  it('tells how to update, in both languages', () => {
    const chromeOld = browserAdvice(input({ major: 120 }), pack)!;
    expect(outdatedLine(chromeOld, 'fr')).toBe(
      "Votre navigateur est ancien (version 120\u202f; version 142 ou plus récente conseillée)\u00a0: il peut ne plus reconnaître les certificats de sécurité récents. Pour le mettre à jour\u00a0: menu ⋮ › Aide › À propos de Google Chrome (ou la page «\u00a0À propos\u00a0» du navigateur)\u202f; la mise à jour se lance d'elle-même. Sur un ordinateur de l'établissement, demandez la mise à jour au référent numérique.",
    );
    expect(outdatedLine(chromeOld, 'en')).toContain('Help › About Google Chrome');
    const ffOld = browserAdvice(input({ name: 'firefox', major: 144 }), pack)!;
    expect(outdatedLine(ffOld, 'fr')).toContain('À propos de Firefox');
    const win10 = browserAdvice(input({ os: 'win', osVersion: '10' }), pack)!;
    const fr = outdatedLine(win10, 'fr');
    expect(fr).toContain('Votre système (Windows 10) ne reçoit plus de mises à jour de sécurité');
    expect(fr).toContain('(à confirmer)');
    expect(fr).toContain('ESU');
    expect(outdatedLine(win10, 'en')).toContain('Your system (Windows 10) no longer receives security updates');
    // With an old system, the browser line does not pretend the browser can be updated there.
    const both = outdatedLine(browserAdvice(input({ major: 109, os: 'win', osVersion: '7' }), pack)!, 'fr');
    expect(both).toContain('Windows 8.1 ou antérieur');
    expect(both).toContain('version 109');
    expect(both).not.toContain('À propos de Google Chrome');
  });
});

describe('client hints naming Object.prototype’s members', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('platform %s is no system: the user agent’s stays', (platform) => {
    const info = clientInfo({ userAgent: UA.chromeLinux, uaData: { platform, platformVersion: '1.0.0' } });
    expect(info.os).toBe('linux');
    expect(clientInfo({ userAgent: UA.chromeLinux, platformOs: platform }).os).toBe('linux');
  });
});
