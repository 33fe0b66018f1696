import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { addressDomain, classifyForwardingAddress, classifyForwardingList, forwardingRules, inFamily, isValidDomain } from './domains';

const pack = bundledPack;
const rules = forwardingRules(pack)!;

describe('classifyForwardingAddress', () => {
  it.each([
    ['jean.dupont@ac-lyon.fr', 'academic'],
    ['Jean.Dupont@AC-LYON.FR', 'academic'],
    ['jean.dupont@ac-lyon.fr.', 'academic'],
    ['  jean.dupont@ac-lyon.fr  ', 'academic'],
    ['Jean Dupont <jean.dupont@ac-lyon.fr>', 'academic'],
    ['mailto:jean.dupont@ac-lyon.fr', 'academic'],
    ['marie.durand@ac-grenoble.fr', 'academic'],
    ['marie.durand@ac-clermont.fr', 'academic'],
    ['x@ac-aix-marseille.fr', 'academic'],
    ['x@ac-normandie.fr', 'academic'],
    ['x@ac-noumea.nc', 'academic'],
    ['x@ac-polynesie.pf', 'academic'],
    ['x@ac-wf.wf', 'academic'],
    ['referent@region-academique-auvergne-rhone-alpes.fr', 'academic'],
    ['x@region-academique-bretagne.fr', 'academic'],
    ['x@lycee.ac-lyon.fr', 'academic'],
    ['jean.dupont@education.gouv.fr', 'ministry'],
    ['jean.dupont@messagerie.education.gouv.fr', 'ministry'],
    ['jean.dupont@gmail.com', 'personal'],
    ['jean.dupont@googlemail.com', 'personal'],
    ['jean.dupont@yahoo.fr', 'personal'],
    ['jean.dupont@orange.fr', 'personal'],
    ['jean.dupont@laposte.net', 'personal'],
    ['jean.dupont@outlook.fr', 'personal'],
    ['jean.dupont@icloud.com', 'personal'],
    ['jean.dupont@proton.me', 'personal'],
    ['jean.dupont@monlycee.net', 'personal'],
    ['jean.dupont@gouv.fr', 'personal'],
    ['jean.dupont@fr', 'invalid'],
  ] as const)('%s → %s', (address, expected) => {
    expect(classifyForwardingAddress(address, pack)).toBe(expected);
    expect(classifyForwardingAddress(address, rules)).toBe(expected);
  });

  it.each([
    'x@ac-lyon.fr.example.com',
    'x@ac-lyon-fr.com',
    'x@ac-lyon.com',
    'x@aclyon.fr',
    'x@evil-ac-lyon.fr',
    'x@notac-lyon.fr',
    'x@ac-lyon.fr.evil',
    'x@education.gouv.fr.example.com',
    'x@education-gouv.fr',
    'x@fakeeducation.gouv.fr',
    'x@region-academique.fr.example.com',
    'x@region-academiquebretagne.fr',
    'x@ас-lyon.fr', // Cyrillic "ас": punycode, not ac-
  ])('lookalike %s is personal', (address) => {
    expect(classifyForwardingAddress(address, pack)).toBe('personal');
  });

  it.each(['', 'jean.dupont', 'jean.dupont@', '@ac-lyon.fr', 'a@b@ac-lyon.fr', 'jean dupont@ac-lyon.fr', 'x@ac-lyon..fr', 'x@-ac-lyon.fr', 'x@ac-.fr', 'x@ac-.fr.example.com', 'x@ac-lyon.f', 'x@ac-lyon.fr/path', 'x@ac-lyon.fr:25', '.x@ac-lyon.fr', 'x..y@ac-lyon.fr', 'x@1.2.3.4'])(
    'malformed %j is invalid',
    (address) => {
      expect(classifyForwardingAddress(address, pack)).toBe('invalid');
    },
  );

  it('is invalid for every address when the pack has no mail section', () => {
    const { mail: _, ...noMail } = pack;
    expect(classifyForwardingAddress('x@gmail.com', noMail)).toBe('invalid');
  });
});

describe('domain families are label checks, not patterns', () => {
  it('needs something after the prefix, in the label right before the suffix', () => {
    const f = { prefix: 'ac-', suffix: '.fr' };
    expect(inFamily('ac-lyon.fr', f)).toBe(true);
    expect(inFamily('webmail.ac-lyon.fr', f)).toBe(true);
    expect(inFamily('ac-.fr', f)).toBe(false);
    expect(inFamily('.fr', f)).toBe(false);
    expect(inFamily('fr', f)).toBe(false);
    expect(inFamily('evil-ac-lyon.fr', f)).toBe(false);
    expect(inFamily('ac-lyon.fr.example.com', f)).toBe(false);
    expect(inFamily('ac-lyon.frx', f)).toBe(false);
  });

  it('treats regex metacharacters in the pack literally', () => {
    const f = { prefix: 'a.', suffix: '.fr' };
    expect(inFamily('abc.fr', f)).toBe(false);
  });

  it('validates domains and extracts them', () => {
    expect(isValidDomain('ac-lyon.fr')).toBe(true);
    expect(isValidDomain('localhost')).toBe(false);
    expect(addressDomain('Jean <JEAN@AC-LYON.FR>')).toBe('ac-lyon.fr');
    expect(addressDomain('x@académie.fr')).toBe(domainToASCII('académie.fr'));
    expect(addressDomain('x@académie.fr')).toMatch(/^xn--/);
  });
});

describe('classifyForwardingList', () => {
  it('lets the riskiest address win', () => {
    expect(classifyForwardingList('a@ac-lyon.fr, b@ac-grenoble.fr', pack)).toBe('academic');
    expect(classifyForwardingList('a@ac-lyon.fr; b@gmail.com', pack)).toBe('personal');
    expect(classifyForwardingList('a@ac-lyon.fr b@education.gouv.fr', pack)).toBe('ministry');
    expect(classifyForwardingList('a@ac-lyon.fr, b@gm', pack)).toBe('invalid');
    expect(classifyForwardingList('   ', pack)).toBe('invalid');
  });
});
