import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import { effectiveConfig, featureEnabled, languageSetting } from './layers';
import { validateManaged, type Managed } from './managed-schema';

const bundled = bundledPack;
const hostedPack = (): Pack => ({ ...structuredClone(bundled), packVersion: '99.0.0', updated: '2030-01-01' });
const hosted = (pack: unknown = hostedPack()) => ({ pack, fetchedAt: '2030-01-02T03:04:05.000Z', url: 'https://rules.ac-lyon.fr/lyon.json' });
const otherPortal = bundled.portals.find((p) => p.id !== bundled.webmail.portal)!;
const newPortal = (id: string) => ({ ...structuredClone(otherPortal), id });
const managed = (raw: Record<string, unknown>): Partial<Managed> => {
  const r = validateManaged(raw);
  expect(r.rejected).toEqual([]);
  return r.values;
};

describe('effectiveConfig: bundled < hosted < policy', () => {
  it('with nothing else, the bundled pack is in force and everything says "bundled"', () => {
    const c = effectiveConfig({ bundled, managed: {} });
    expect(c.pack).toEqual(bundled);
    expect(c.sources.pack).toBe('bundled');
    expect(c.sources['webmail.url']).toBe('bundled');
    for (const p of bundled.portals) expect(c.sources[`portals.${p.id}`]).toBe('bundled');
    expect(c).toMatchObject({ disabledFeatures: [], language: undefined, assistanceUrl: undefined, departmentContacts: {}, rejected: [], notices: [] });
  });

  it('a valid hosted pack wins over the bundled one', () => {
    const c = effectiveConfig({ bundled, hosted: hosted(), managed: {} });
    expect(c.pack.packVersion).toBe('99.0.0');
    expect(c.sources.pack).toBe('hosted');
    expect(c.sources['webmail.url']).toBe('hosted');
    expect(c.sources[`portals.${otherPortal.id}`]).toBe('hosted');
  });

  it('an invalid hosted pack (e.g. cached by an older version) falls back to bundled, saying why with paths', () => {
    const bad = hostedPack() as any;
    bad.portals[0].urls.value[0].host = 'https://nope';
    const c = effectiveConfig({ bundled, hosted: hosted(bad), managed: {} });
    expect(c.pack).toEqual(bundled);
    expect(c.sources.pack).toBe('bundled');
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'hosted', path: 'rulesUrl', reason: expect.stringContaining('portals[0].urls.value[0].host') })]);
  });

  it('notes a hosted pack older than the bundled one', () => {
    const c = effectiveConfig({ bundled, hosted: hosted({ ...hostedPack(), packVersion: '0.0.1' }), managed: {} });
    expect(c.sources.pack).toBe('hosted');
    expect(c.notices).toEqual([expect.objectContaining({ path: 'rulesUrl', message: expect.stringContaining('older') })]);
  });

  it('the policy webmailUrl wins over the hosted and bundled ones, as a confirmed fact from "policy"', () => {
    const url = 'https://messagerie.ac-lyon.fr/';
    const c = effectiveConfig({ bundled, hosted: hosted(), managed: managed({ webmailUrl: url }) });
    expect(c.pack.webmail.url).toEqual({ value: url, confidence: 'multi', sources: ['policy'] });
    expect(c.sources['webmail.url']).toBe('policy');
    expect(c.sources.pack).toBe('hosted');
    expect(c.pack.packVersion).toBe('99.0.0');
  });

  it("refuses a policy webmailUrl outside the academy's domains (a typo would send everyone elsewhere)", () => {
    const c = effectiveConfig({ bundled, managed: managed({ webmailUrl: 'https://webmail.ac-lyon.fr.evil.example/', language: 'en' }) });
    expect(c.pack.webmail.url).toEqual(bundled.webmail.url);
    expect(c.sources['webmail.url']).toBe('bundled');
    expect(c.language).toBe('en');
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'policy', path: 'webmailUrl', reason: expect.stringContaining("academy's domains") })]);
  });

  it('appends extra portals and says they come from the policy', () => {
    const c = effectiveConfig({ bundled, managed: managed({ extraPortals: [newPortal('espace-rh')] }) });
    expect(c.pack.portals.map((p) => p.id)).toEqual([...bundled.portals.map((p) => p.id), 'espace-rh']);
    expect(c.sources['portals.espace-rh']).toBe('policy');
    expect(c.sources[`portals.${otherPortal.id}`]).toBe('bundled');
    expect(c.notices).toEqual([]);
  });

  it('an extra portal with an existing id replaces it in place, and says so', () => {
    const replacement = { ...newPortal(otherPortal.id), name: { fr: 'Nouveau nom', en: 'New name' } };
    const c = effectiveConfig({ bundled, hosted: hosted(), managed: managed({ extraPortals: [replacement] }) });
    expect(c.pack.portals.length).toBe(bundled.portals.length);
    expect(c.pack.portals.find((p) => p.id === otherPortal.id)!.name.fr).toBe('Nouveau nom');
    expect(c.pack.portals.findIndex((p) => p.id === otherPortal.id)).toBe(bundled.portals.findIndex((p) => p.id === otherPortal.id));
    expect(c.sources[`portals.${otherPortal.id}`]).toBe('policy');
    expect(c.notices).toEqual([
      expect.objectContaining({ path: 'extraPortals', message: expect.stringMatching(new RegExp(`"${otherPortal.id}".*hosted`)) }),
    ]);
  });

  it('extra portals that would break the pack are dropped whole, the others keys still apply', () => {
    // Replacing the webmail portal by one without a mailbox breaks the pack's own rule.
    const noMailbox = { ...newPortal(bundled.webmail.portal), hasMailbox: { value: false, confidence: 'multi', sources: ['x'] } };
    const url = 'https://messagerie.ac-lyon.fr/';
    const c = effectiveConfig({ bundled, managed: managed({ extraPortals: [newPortal('fine-one'), noMailbox], webmailUrl: url }) });
    expect(c.pack.portals.map((p) => p.id)).toEqual(bundled.portals.map((p) => p.id));
    expect(c.sources['portals.fine-one']).toBeUndefined();
    expect(c.pack.webmail.url.value).toBe(url);
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'policy', path: 'extraPortals', reason: expect.stringContaining('webmail.portal') })]);
  });

  it('passes the other managed settings through, marked "policy"', () => {
    const m = managed({
      assistanceUrl: 'https://assistance.ac-lyon.fr/',
      departmentContacts: { '69': { label: 'DSDEN 69', phone: '04 72 80 00 00' } },
      disabledFeatures: ['reminders'],
      language: 'en',
      rulesUrl: 'https://rules.ac-lyon.fr/lyon.json',
    });
    const c = effectiveConfig({ bundled, managed: m });
    expect(c).toMatchObject({
      assistanceUrl: 'https://assistance.ac-lyon.fr/',
      departmentContacts: { '69': { label: 'DSDEN 69', phone: '04 72 80 00 00' } },
      disabledFeatures: ['reminders'],
      language: 'en',
    });
    for (const k of ['assistanceUrl', 'departmentContacts.69', 'disabledFeatures', 'language', 'rulesUrl']) expect(c.sources[k]).toBe('policy');
    expect(featureEnabled(c, 'reminders')).toBe(false);
    expect(featureEnabled(c, 'banner')).toBe(true);
  });

  it("the policy language takes precedence over the user's; without one the user's applies", () => {
    expect(languageSetting(effectiveConfig({ bundled, managed: managed({ language: 'en' }) }), 'fr')).toBe('en');
    expect(languageSetting(effectiveConfig({ bundled, managed: {} }), 'fr')).toBe('fr');
  });

  it('is pure: the inputs are not modified', () => {
    const before = structuredClone(bundled);
    const h = hosted();
    const hBefore = structuredClone(h);
    const m = managed({ extraPortals: [newPortal('espace-rh')], webmailUrl: 'https://messagerie.ac-lyon.fr/' });
    const mBefore = structuredClone(m);
    effectiveConfig({ bundled, hosted: h, managed: m });
    expect(bundled).toEqual(before);
    expect(h).toEqual(hBefore);
    expect(m).toEqual(mBefore);
  });
});
