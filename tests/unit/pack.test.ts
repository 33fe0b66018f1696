import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { packJsonSchemaText } from '../../src/rules/json-schema';
import { bundledPack } from '../../src/rules/bundled';
import { checkPack, checkPackText } from '../../src/rules/validate';

const clone = () => structuredClone(raw) as any;
const errorsOf = (pack: unknown) => {
  const r = checkPack(pack);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
};

describe('the Lyon rules pack', () => {
  it('is valid', () => {
    const r = checkPack(raw);
    expect(r.ok && r.value.portals.length).toBeGreaterThanOrEqual(14);
  });

  it('covers every portal family of the research notes', () => {
    const r = checkPack(raw);
    if (!r.ok) throw new Error('invalid');
    const kinds = new Set(r.value.portals.map((p) => p.kind));
    for (const k of ['webmail', 'rectorate', 'staff-portal', 'drane', 'forum', 'dsden', 'disciplinary', 'school', 'legacy']) expect(kinds).toContain(k);
    expect(r.value.portals.filter((p) => p.kind === 'dsden').map((p) => p.department).sort()).toEqual(['01', '42', '69']);
  });

  it('declares its page roles, and a new one is pack data only', () => {
    const r = checkPack(raw);
    if (!r.ok) throw new Error('invalid');
    expect(r.value.pageRoles).toEqual(['inbox', 'login']);
    const p = clone();
    p.pageRoles.unshift('password-change');
    p.portals[2].pages['password-change'] = { value: [{ path: '/login/ct_chpwd*' }], confidence: 'guess', sources: ['test'] };
    expect(checkPack(p).ok).toBe(true);
  });

  it('has the mailbox on the webmail only', () => {
    const r = checkPack(raw);
    if (!r.ok) throw new Error('invalid');
    expect(r.value.portals.filter((p) => p.hasMailbox.value).map((p) => p.id)).toEqual(['webmail']);
  });

  it('ships already parsed: src/rules/bundled-pack.json is exactly the schema\'s output, which the worker uses as is (run `npm run gen` when this fails)', () => {
    const checked = checkPack(raw);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(readFileSync('src/rules/bundled-pack.json', 'utf8')).toBe(`${JSON.stringify(checked.value, null, 1)}\n`);
      expect(bundledPack).toEqual(checked.value);
    }
  });

  it('publishes an up-to-date JSON Schema (run `npm run gen` when this fails)', () => {
    expect(readFileSync('rules/schema.json', 'utf8')).toBe(packJsonSchemaText());
  });
});

describe('a bad pack is rejected with the path of the faulty field', () => {
  it('unknown field', () => {
    const p = clone();
    p.portals[2].colour = 'blue';
    expect(errorsOf(p)).toContainEqual(expect.objectContaining({ path: 'portals[2]', message: 'unknown field(s): colour' }));
  });

  it('bad URL pattern: scheme in a host, wildcard, path without slash', () => {
    const p = clone();
    p.portals[0].urls.value[0].host = 'https://webmail.ac-lyon.fr';
    p.portals[1].urls.value[0].host = '*.ac-lyon.fr';
    p.portals[3].urls.value[0].path = 'login';
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['portals[0].urls.value[0].host', 'portals[1].urls.value[0].host', 'portals[3].urls.value[0].path']),
    );
  });

  it('a regular expression or a wildcard inside a path is not a pattern', () => {
    const p = clone();
    const login = p.academy.pages.login.value;
    login.push({ path: '^/login.*' }, { path: '/a*/b' });
    const n = login.length;
    expect(errorsOf(p).map((e) => e.path)).toEqual(
      expect.arrayContaining([`academy.pages.login.value[${n - 2}].path`, `academy.pages.login.value[${n - 1}].path`]),
    );
  });

  it('pages of a role the pack does not declare (a typo would match nothing)', () => {
    const p = clone();
    p.portals[2].pages.logni = p.portals[2].pages.login;
    expect(errorsOf(p)).toContainEqual(expect.objectContaining({ path: 'portals[2].pages.logni', message: 'role "logni" is not in pageRoles (inbox, login)' }));
  });

  it('a role declared twice, or named "other" (what pages with no role are called)', () => {
    const p = clone();
    p.pageRoles.push('login', 'other');
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['pageRoles[2]', 'pageRoles[3]']));
  });

  it('a page list without its confidence', () => {
    const p = clone();
    delete p.webmail.pages.inbox.confidence;
    expect(errorsOf(p).map((e) => e.path)).toContain('webmail.pages.inbox.confidence');
  });

  it('http: webmail URL', () => {
    const p = clone();
    p.webmail.url.value = 'http://webmail.ac-lyon.fr/';
    expect(errorsOf(p)).toContainEqual(expect.objectContaining({ path: 'webmail.url.value', message: 'must be an https:// URL' }));
  });

  it('duplicate id', () => {
    const p = clone();
    p.portals[4].id = p.portals[1].id;
    expect(errorsOf(p)).toContainEqual(expect.objectContaining({ path: 'portals[4].id', message: `duplicate portal id "${p.portals[1].id}" (first at portals[1])` }));
  });

  it('a fact without source or with an unknown confidence', () => {
    const p = clone();
    p.portals[0].hasMailbox.sources = [];
    p.portals[1].hasMailbox.confidence = 'sure';
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['portals[0].hasMailbox.sources', 'portals[1].hasMailbox.confidence']));
  });

  it('a webmail portal that does not exist', () => {
    const p = clone();
    p.webmail.portal = 'nowhere';
    expect(errorsOf(p)).toContainEqual(expect.objectContaining({ path: 'webmail.portal', message: 'no portal has id "nowhere"' }));
  });

  it('text that is not JSON', () => {
    const r = checkPackText('{"packVersion": ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.path).toBe('(root)');
  });
});
