import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { checkPack } from './validate';

const clone = () => structuredClone(raw) as any;
const pathsOf = (pack: unknown) => {
  const r = checkPack(pack);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors.map((e) => e.path);
};

describe('the support part of the pack', () => {
  it('the Lyon pack has one IT service per department, and invents no contact', () => {
    const r = checkPack(raw);
    if (!r.ok) throw new Error('invalid pack');
    const support = r.value.support!;
    expect(support.departmentIt.map((d) => d.department)).toEqual(['01', '42', '69']);
    expect(support.departmentIt.map((d) => [d.seat.value, d.seat.confidence])).toEqual([
      ['Bourg-en-Bresse', 'guess'],
      ['Saint-Étienne', 'guess'],
      ['Lyon', 'guess'],
    ]);
    for (const d of support.departmentIt) {
      expect(d.contact.value).toEqual({});
      expect(d.contact.confidence).toBe('guess');
      expect(d.contact.note).toMatch(/not found/i);
    }
    expect(support.resetPortal.url).toMatchObject({ value: 'https://drane.ac-lyon.fr/spip/Assistance', confidence: 'one' });
    expect(support.resetPortal.url.note).toMatch(/not found/i);
    expect(support.resetPortal.haveAtHand.value).toEqual(['numen', 'birthDate', 'backupEmail']);
    expect(support.tempPassword.confidence).toBe('guess');
  });

  it('is optional', () => {
    const p = clone();
    delete p.support;
    expect(checkPack(p).ok).toBe(true);
  });

  it('rejects a repeated department, an unknown one, and an urgent delay before the reminder', () => {
    const p = clone();
    p.support.departmentIt[1].department = '01';
    p.support.departmentIt[2].department = '38';
    p.support.tempPassword.value = { remindFromDays: 28, urgentFromDays: 14 };
    expect(pathsOf(p)).toEqual(
      expect.arrayContaining(['support.departmentIt[2].department', 'support.tempPassword.value.urgentFromDays']),
    );
    const q = clone();
    q.support.departmentIt[1].department = '01';
    expect(pathsOf(q)).toContain('support.departmentIt[1].department');
  });

  it('checks the contact fields an institution may fill in', () => {
    const p = clone();
    p.support.departmentIt[0].contact.value = { email: 'not an address', phone: 'call us', url: 'http://example.org/', fax: '1' };
    expect(pathsOf(p)).toEqual(
      expect.arrayContaining([
        'support.departmentIt[0].contact.value.email',
        'support.departmentIt[0].contact.value.phone',
        'support.departmentIt[0].contact.value.url',
        'support.departmentIt[0].contact.value',
      ]),
    );
    const ok = clone();
    ok.support.departmentIt[0].contact.value = { email: 'assistance@ac-lyon.fr', phone: '+33 4 00 00 00 00', url: 'https://assistance.ac-lyon.fr/' };
    expect(checkPack(ok).ok).toBe(true);
  });

  it('rejects an unknown thing to have at hand, and a reset route that is not https', () => {
    const p = clone();
    p.support.resetPortal.haveAtHand.value = ['numen', 'password'];
    p.support.resetPortal.url.value = 'http://drane.ac-lyon.fr/spip/Assistance';
    expect(pathsOf(p)).toEqual(expect.arrayContaining(['support.resetPortal.haveAtHand.value[1]', 'support.resetPortal.url.value']));
  });
});
