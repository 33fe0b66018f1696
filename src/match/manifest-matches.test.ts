import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { Pack } from '../rules/schema';
import { contentScriptMatches } from './manifest-matches';

const pack = Pack.parse(raw);
const withDomains = (domains: string[]): Pack => ({ ...pack, academy: { ...pack.academy, domains } });

describe('contentScriptMatches', () => {
  it('covers the academy domain only, not portals outside it', () => {
    expect(contentScriptMatches(pack)).toEqual(['*://*.ac-lyon.fr/*']);
    expect(contentScriptMatches(pack).join()).not.toContain('auvergnerhonealpes');
  });
  it('deduplicates and drops domains under another listed domain', () => {
    expect(contentScriptMatches(withDomains(['webmail.ac-lyon.fr', 'ac-lyon.fr', 'ac-lyon.fr', 'ac-grenoble.fr', 'x.y.ac-grenoble.fr']))).toEqual([
      '*://*.ac-lyon.fr/*',
      '*://*.ac-grenoble.fr/*',
    ]);
  });
  it('keeps the dot boundary: evilac-lyon.fr is not under ac-lyon.fr', () => {
    expect(contentScriptMatches(withDomains(['ac-lyon.fr', 'evilac-lyon.fr']))).toEqual(['*://*.ac-lyon.fr/*', '*://*.evilac-lyon.fr/*']);
  });
  it('normalises case and trailing dots', () => {
    expect(contentScriptMatches(withDomains(['AC-LYON.FR.', 'ac-lyon.fr']))).toEqual(['*://*.ac-lyon.fr/*']);
  });
  it('emits well-formed match patterns', () => {
    for (const p of contentScriptMatches(pack)) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
