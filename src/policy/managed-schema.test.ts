import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { MANAGED_KEY_NAMES, validateManaged } from './managed-schema';

const portal = (id: string) => ({ ...structuredClone(bundledPack.portals.find((p) => p.id !== bundledPack.webmail.portal)!), id });

/** One good and some bad values per key. */
const CASES: Record<string, { good: unknown[]; bad: [unknown, string][] }> = {
  webmailUrl: {
    good: ['https://webmail.ac-lyon.fr/', 'https://webmail.ac-lyon.fr/iwc_static/layout/login.html?lang=fr'],
    bad: [
      ['javascript:alert(1)', 'must be an https:// URL'],
      ['http://webmail.ac-lyon.fr/', 'must be an https:// URL'],
      ['webmail.ac-lyon.fr', 'webmailUrl'],
      ['not a url at all', 'webmailUrl'],
      ['https://user:secret@webmail.ac-lyon.fr/', 'must not contain a user name or password'],
      [42, 'webmailUrl'],
      [`https://webmail.ac-lyon.fr/${'a'.repeat(2100)}`, 'at most 2048'],
    ],
  },
  assistanceUrl: {
    good: ['https://assistance.ac-lyon.fr/'],
    bad: [
      ['http://assistance.ac-lyon.fr/', 'must be an https:// URL'],
      ['data:text/html,<b>x</b>', 'must be an https:// URL'],
    ],
  },
  rulesUrl: {
    good: ['https://rules.ac-lyon.fr/aiguilleur/lyon.json'],
    bad: [
      ['http://rules.ac-lyon.fr/lyon.json', 'must be an https:// URL'],
      ['file:///etc/passwd', 'must be an https:// URL'],
    ],
  },
  departmentContacts: {
    good: [
      { '69': { label: 'Assistance DSDEN 69', phone: '04 72 80 00 00' } },
      { '01': { label: 'DSDEN 01', url: 'https://www.ac-lyon.fr/dsden01', email: 'assistance01@ac-lyon.fr' }, '42': { label: 'DSDEN 42', email: 'a@ac-lyon.fr' } },
      {},
    ],
    bad: [
      [{ '7X': { label: 'Paris', phone: '01 00 00 00 00' } }, 'must be a French department code'],
      [{ '69': { label: 'x' } }, 'must give at least one of url, phone, email'],
      [{ '69': { label: '', phone: '04 72 80 00 00' } }, 'departmentContacts["69"].label'],
      [{ '69': { label: 'x', url: 'http://a.fr' } }, 'departmentContacts["69"].url'],
      [{ '69': { label: 'x', email: 'not-an-email' } }, 'departmentContacts["69"].email'],
      [{ '69': { label: 'x', phone: 'call me' } }, 'must be a phone number'],
      [['69'], 'departmentContacts'],
    ],
  },
  extraPortals: {
    good: [[portal('espace-rh')], []],
    bad: [
      [[portal('ok-one'), { ...portal('bad-one'), kind: 'casino' }], 'extraPortals[1].kind'],
      [[portal('Not_Kebab')], 'must be lowercase kebab-case'],
      [[portal('twice'), portal('twice')], 'duplicate portal id "twice"'],
      [[{ ...portal('x'), extra: 1 }], 'unknown field(s): extra'],
      [{ id: 'x' }, 'extraPortals'],
    ],
  },
  disabledFeatures: {
    good: [['banner'], ['reminders', 'journeys', 'self-check', 'forwarding-guard'], []],
    bad: [
      [['banner', 'telemetry'], 'disabledFeatures[1]'],
      ['banner', 'disabledFeatures'],
    ],
  },
  institutionName: {
    good: ['Académie de Lyon', '  DSI  '],
    bad: [
      ['', 'must be at least 1 character(s) long'],
      ['x'.repeat(121), 'at most 120'],
      [42, 'institutionName'],
    ],
  },
  supportContact: {
    good: [{ label: 'Assistance informatique', phone: '04 00 00 00 00', url: 'https://assistance.ac-lyon.fr/', email: 'assistance@ac-lyon.fr' }],
    bad: [
      [{ label: 'Assistance' }, 'must give at least one of url, phone, email'],
      [{ label: 'x', url: 'http://a.fr' }, 'supportContact.url'],
      [{ label: 'x', phone: '12', fax: '12' }, 'unknown field(s): fax'],
    ],
  },
  language: {
    good: ['fr', 'en', 'auto'],
    bad: [
      ['de', 'language'],
      ['FR', 'language'],
      [true, 'language'],
    ],
  },
};

describe('validateManaged: key by key', () => {
  it('has a case for every managed key', () => {
    expect(Object.keys(CASES).sort()).toEqual([...MANAGED_KEY_NAMES].sort());
  });

  for (const [key, { good, bad }] of Object.entries(CASES)) {
    for (const value of good) {
      it(`${key}: accepts ${JSON.stringify(value).slice(0, 60)}`, () => {
        const r = validateManaged({ [key]: value });
        expect(r.rejected).toEqual([]);
        expect(r.values).toHaveProperty(key);
      });
    }
    for (const [value, expected] of bad) {
      it(`${key}: rejects ${JSON.stringify(value).slice(0, 60)} and still applies the others`, () => {
        const [other, otherValue] = key === 'language' ? ['rulesUrl', 'https://rules.ac-lyon.fr/p.json'] : ['language', 'en'];
        const r = validateManaged({ [key]: value, [other]: otherValue });
        expect(r.values).not.toHaveProperty(key);
        expect(r.values).toEqual({ [other]: otherValue });
        expect(r.rejected.length).toBeGreaterThan(0);
        expect(r.rejected.every((e) => e.path.startsWith(key))).toBe(true);
        expect(r.rejected.map((e) => `${e.path}: ${e.reason}`).join('\n')).toContain(expected);
      });
    }
  }

  it("a javascript: webmailUrl is refused with its path, reason and value, while language: 'en' applies", () => {
    const r = validateManaged({ webmailUrl: 'javascript:alert(1)', language: 'en' });
    expect(r.values).toEqual({ language: 'en' });
    expect(r.rejected).toEqual([{ path: 'webmailUrl', reason: 'must be an https:// URL', ref: { key: 'v_url_https', subs: [] }, value: '"javascript:alert(1)"' }]);
  });

  it('one bad portal rejects the whole extraPortals list: nothing half-applied', () => {
    const r = validateManaged({ extraPortals: [portal('good-one'), { ...portal('bad-one'), urls: { value: [] } }] });
    expect(r.values.extraPortals).toBeUndefined();
    expect(r.rejected.map((e) => e.path)).toContain('extraPortals[1].urls.value');
  });

  it('reports unknown keys (a typo) without failing the known ones', () => {
    const r = validateManaged({ webmailURL: 'https://webmail.ac-lyon.fr/', rulesUrl: 'https://rules.ac-lyon.fr/p.json' });
    expect(r.values).toEqual({ rulesUrl: 'https://rules.ac-lyon.fr/p.json' });
    expect(r.rejected).toEqual([expect.objectContaining({ path: 'webmailURL', reason: expect.stringContaining('unknown setting') })]);
  });

  it('no policy is no values and no errors; a non-object is one error', () => {
    expect(validateManaged(undefined)).toEqual({ values: {}, rejected: [] });
    expect(validateManaged({})).toEqual({ values: {}, rejected: [] });
    expect(validateManaged('webmailUrl=https://x')).toEqual({ values: {}, rejected: [expect.objectContaining({ path: '(root)' })] });
    expect(validateManaged([1])).toEqual({ values: {}, rejected: [expect.objectContaining({ path: '(root)' })] });
  });

  it('removes duplicate features and keeps long values short in reports', () => {
    expect(validateManaged({ disabledFeatures: ['banner', 'banner'] }).values.disabledFeatures).toEqual(['banner']);
    const r = validateManaged({ assistanceUrl: `http://${'a'.repeat(1000)}.fr/` });
    expect(r.rejected[0]!.value!.length).toBeLessThanOrEqual(200);
  });

  it('a __proto__ key is reported, not applied', () => {
    const raw = JSON.parse('{"__proto__": {"webmailUrl": "https://evil.example/"}, "language": "fr"}');
    const r = validateManaged(raw);
    expect(r.values).toEqual({ language: 'fr' });
    expect(r.rejected.map((e) => e.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).webmailUrl).toBeUndefined();
  });
});
