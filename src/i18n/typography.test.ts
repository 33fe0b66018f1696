import { describe, expect, it } from 'vitest';
import { fixFrenchTypography, frenchTypographyIssues } from './typography';

describe('French typography', () => {
  it('finds a plain space before « ? », « ! », « ; » and « : », a missing one, and « » without no-break spaces', () => {
    expect(frenchTypographyIssues('Pourquoi ne pas transférer vers Gmail ?').map((i) => i.rule)).toEqual(['space-before-high-sign']);
    expect(frenchTypographyIssues('Attention!').map((i) => i.rule)).toEqual(['space-before-high-sign']);
    expect(frenchTypographyIssues('Adresse : x').map((i) => i.rule)).toEqual(['space-before-colon']);
    expect(frenchTypographyIssues('Adresse: x').map((i) => i.rule)).toEqual(['space-before-colon']);
    expect(frenchTypographyIssues('« Fermer »').map((i) => i.rule)).toEqual(['space-inside-guillemets', 'space-inside-guillemets']);
    expect(frenchTypographyIssues('A vérifier, A faire, Etablissement').map((i) => i.rule)).toEqual(['capital-accent', 'capital-accent', 'capital-accent']);
  });

  it('accepts the right spaces, and signs inside addresses and words', () => {
    expect(frenchTypographyIssues('Pourquoi ne pas transférer vers Gmail\u202f? Ouvrez «\u00a0Fermer\u00a0»\u00a0: https://webmail.ac-lyon.fr/?a=1;b=2')).toEqual([]);
    expect(frenchTypographyIssues('À vérifier\u202f!? Écrire à l’école, Arena, Ain, 10:30')).toEqual([]);
  });

  it('sets a text right without touching addresses, and a second pass changes nothing', () => {
    const texts = ['Pourquoi ne pas transférer vers Gmail ?', 'Attention!', 'Adresse: x', '« Fermer »', 'A vérifier, Etablissement', 'Voir https://a.ac-lyon.fr/?a=1;b=2 : ok', 'Vraiment ?! Non'];
    for (const text of texts) {
      const fixed = fixFrenchTypography(text);
      expect(frenchTypographyIssues(fixed), fixed).toEqual([]);
      expect(fixFrenchTypography(fixed)).toBe(fixed);
    }
    expect(fixFrenchTypography('Voir https://a.ac-lyon.fr/?a=1;b=2 : ok')).toBe('Voir https://a.ac-lyon.fr/?a=1;b=2\u00a0: ok');
    expect(fixFrenchTypography('A vérifier, Etablissement')).toBe('À vérifier, Établissement');
  });
});
