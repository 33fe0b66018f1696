import { describe, expect, it } from 'vitest';
import { bundledPack as pack } from '../rules/bundled';
import { omniboxSuggestions, omniboxTarget } from './omnibox';

const GUIDE = 'chrome-extension://x/options.html';

describe('address-bar keyword', () => {
  it('suggests the webmail, the staff portal and the guide', () => {
    expect(omniboxSuggestions(pack, 'fr', '', GUIDE).map((s) => s.content)).toEqual(['https://webmail.ac-lyon.fr/', 'https://portail.ac-lyon.fr/', GUIDE]);
  });

  it('filters by words, accents ignored', () => {
    expect(omniboxSuggestions(pack, 'fr', 'messagerie', GUIDE).map((s) => s.content)).toEqual(['https://webmail.ac-lyon.fr/']);
    expect(omniboxSuggestions(pack, 'fr', 'arena', GUIDE).map((s) => s.content)).toEqual(['https://portail.ac-lyon.fr/']);
    expect(omniboxSuggestions(pack, 'en', 'guide', GUIDE).map((s) => s.content)).toEqual([GUIDE]);
  });

  it('escapes descriptions for Chrome', () => {
    for (const s of omniboxSuggestions(pack, 'fr', '', GUIDE)) expect(s.description).not.toMatch(/[<>]/);
  });

  it('Enter opens the webmail by default', () => {
    expect(omniboxTarget(pack, 'fr', '', GUIDE)).toBe('https://webmail.ac-lyon.fr/');
    expect(omniboxTarget(pack, 'fr', 'portail', GUIDE)).toBe('https://portail.ac-lyon.fr/');
  });
});
