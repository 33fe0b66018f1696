import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import { effectiveConfig } from './layers';
import { validateManaged, type Managed } from './managed-schema';

const managed = (raw: Record<string, unknown>): Partial<Managed> => {
  const r = validateManaged(raw);
  expect(r.rejected).toEqual([]);
  return r.values;
};
const contactOf = (pack: Pack, code: string) => pack.support!.departmentIt.find((d) => d.department === code);

describe("effectiveConfig: the policy's department contacts in the pack in force", () => {
  it('replace the contact (and name) of the pack’s entry, as a sure fact, keeping its seat; the others stay', () => {
    const c = effectiveConfig({ bundled: bundledPack, managed: managed({ departmentContacts: { '69': { label: 'DSDEN 69', url: 'https://dsden69.ac-lyon.fr/' } } }) });
    expect(contactOf(c.pack, '69')).toEqual({
      ...contactOf(bundledPack, '69'),
      service: { fr: 'DSDEN 69', en: 'DSDEN 69' },
      contact: { value: { url: 'https://dsden69.ac-lyon.fr/' }, confidence: 'multi', sources: ['policy: departmentContacts.69'] },
    });
    expect(contactOf(c.pack, '01')).toEqual(contactOf(bundledPack, '01'));
    expect(c.sources['departmentContacts.69']).toBe('policy');
    expect(c.rejected).toEqual([]);
  });

  it('add a department the hosted pack’s account help lacks, with the academy’s seat for it', () => {
    const hosted = structuredClone(bundledPack) as Pack;
    hosted.support!.departmentIt = hosted.support!.departmentIt.filter((d) => d.department !== '42');
    const c = effectiveConfig({
      bundled: bundledPack,
      hosted: { pack: hosted, fetchedAt: '2030-01-01T00:00:00.000Z', url: 'https://rules.ac-lyon.fr/p.json' },
      managed: managed({ departmentContacts: { '42': { label: 'DSDEN 42', phone: '04 77 00 00 00' } } }),
    });
    expect(contactOf(c.pack, '42')).toMatchObject({ service: { fr: 'DSDEN 42' }, seat: hosted.academy.departments.find((d) => d.code === '42')!.seat, contact: { value: { phone: '04 77 00 00 00' } } });
  });

  it('a pack without account help cannot show them: each is reported, none is claimed in force', () => {
    const { support: _drop, ...noSupport } = structuredClone(bundledPack) as Pack;
    const c = effectiveConfig({
      bundled: bundledPack,
      hosted: { pack: noSupport, fetchedAt: '2030-01-01T00:00:00.000Z', url: 'https://rules.ac-lyon.fr/p.json' },
      managed: managed({ departmentContacts: { '69': { label: 'DSDEN 69', phone: '04 72 80 00 00' } } }),
    });
    expect(c.pack.support).toBeUndefined();
    expect(c.departmentContacts).toEqual({});
    expect(c.sources['departmentContacts.69']).toBeUndefined();
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'policy', path: 'departmentContacts.69', reason: expect.stringContaining('support') })]);
  });
});
