/**
 * The defects of the hardening pass (issue 17, items 1 and 8): every URL and host a pack or a
 * policy names follows one rule, wherever it comes from (the bundled pack with the public-suffix
 * list, a hosted pack and a policy in the worker without it), and the validator speaks to a DSI.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { bundledPack } from '../../src/rules/bundled';
import { checkPack, checkPackBytes, checkPackText, type FieldError } from '../../src/rules/validate';
import { LISTED, isPublicSuffix } from '../../src/rules/public-suffix';
import { say } from '../../src/rules/messages-fr';
import { effectiveConfig, policyScope, remoteScope } from '../../src/policy/layers';
import { validateManaged } from '../../src/policy/managed-schema';
import { fetchHostedPack } from '../../src/policy/hosted-pack';

const clone = (): any => structuredClone(raw);
const errorsOf = (p: unknown, scope = LISTED): FieldError[] => {
  const r = checkPack(p, scope);
  return r.ok ? [] : r.errors;
};
const at = (p: unknown, path: string, scope = LISTED) => errorsOf(p, scope).filter((e) => e.path === path);
/** The worker's check of a remote layer (no list), and where it puts what it takes. */
const hostedInForce = (p: unknown) => effectiveConfig({ bundled: bundledPack, hosted: { pack: p, fetchedAt: '2026-12-01T00:00:00Z', url: 'https://rules.ac-lyon.fr/p.json' }, managed: {} });
const policy = (managed: unknown) => {
  const m = validateManaged(managed, policyScope(bundledPack));
  return { m, c: effectiveConfig({ bundled: bundledPack, managed: m.values }) };
};

describe('the one URL rule (webmail.url, homes, support URLs, policy URLs)', () => {
  const EVIL = ['https://webmail.ac-lyon.fr@evil.example/', 'https://webmail.ac-lyon.com/', 'http://webmail.ac-lyon.fr/', 'https://127.0.0.1/', 'https://[::1]/'];
  it.each(EVIL)('webmail.url %s is refused by the validator and never goes into force from a hosted pack', (url) => {
    const p = clone();
    p.webmail.url.value = url;
    expect(at(p, 'webmail.url.value')).toHaveLength(1);
    const c = hostedInForce(p);
    expect(c.pack.webmail.url.value).toBe('https://webmail.ac-lyon.fr/');
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'hosted' })]);
  });

  it.each(EVIL)('policy webmailUrl %s is refused by the same rule', (url) => {
    const { m, c } = policy({ webmailUrl: url });
    expect(c.pack.webmail.url.value).toBe('https://webmail.ac-lyon.fr/');
    expect([...m.rejected, ...c.rejected].map((r) => r.path)).toEqual(['webmailUrl']);
  });

  it('normalises the host: case and trailing dot (punycode by URL parsing)', () => {
    const p = clone();
    p.webmail.url.value = 'https://WEBMAIL.AC-LYON.FR./';
    const r = checkPack(p, LISTED);
    expect(r.ok && r.value.webmail.url.value).toBe('https://webmail.ac-lyon.fr/');
    const { c } = policy({ webmailUrl: 'https://Messagerie.AC-Lyon.fr./' });
    expect(c.pack.webmail.url.value).toBe('https://messagerie.ac-lyon.fr/');
  });

  it('an http: portal home, an outside home, a support URL off the academy are refused', () => {
    const p = clone();
    p.portals[1].home.value = 'http://www.ac-lyon.fr/';
    p.portals[2].home.value = 'https://portail.evil.example/';
    p.support.resetPortal.url.value = 'https://drane.ac-lyon.fr.evil.example/';
    expect(at(p, 'portals[1].home.value')[0]?.message).toBe('must be an https:// URL');
    expect(at(p, 'portals[2].home.value')[0]?.message).toContain('is not under the academy');
    expect(at(p, 'support.resetPortal.url.value')).toHaveLength(1);
  });

  it('policy assistanceUrl and department contact URLs follow it; rulesUrl may be outside, never with user info', () => {
    const { m } = policy({
      assistanceUrl: 'https://assistance.evil.example/',
      departmentContacts: { '69': { label: 'x', url: 'https://a@dsden69.ac-lyon.fr/' } },
      rulesUrl: 'https://rules.example.org/lyon.json',
    });
    expect(m.rejected.map((r) => r.path).sort()).toEqual(['assistanceUrl', 'departmentContacts["69"].url']);
    expect(m.values.rulesUrl).toBe('https://rules.example.org/lyon.json');
    expect(policy({ rulesUrl: 'https://u:p@rules.ac-lyon.fr/p.json' }).m.rejected.map((r) => r.path)).toEqual(['rulesUrl']);
  });
});

describe('the one host rule (academy domains, portal hosts, mail servers, mailDomain)', () => {
  it('the public-suffix list is the well-kept one', () => {
    expect(['fr', 'gouv.fr', 'co.uk', 'github.io'].every(isPublicSuffix)).toBe(true);
    expect(['ac-lyon.fr', 'education.gouv.fr', 'auvergnerhonealpes.fr'].some(isPublicSuffix)).toBe(false);
  });

  it('a public suffix is no academy domain (the build and validate-rules)', () => {
    const p = clone();
    p.academy.domains = ['fr'];
    expect(at(p, 'academy.domains[0]')[0]?.message).toContain('public suffix');
  });

  it('a hosted pack cannot widen the academy domains the extension was built with (the worker has no list)', () => {
    for (const domains of [['fr'], ['ac-lyon.fr', 'evil.example']]) {
      const p = clone();
      p.academy.domains = domains;
      const c = hostedInForce(p);
      expect(c.pack.academy.domains).toEqual(['ac-lyon.fr']);
      expect(c.rejected[0]?.reason).toContain('academy domains the extension was built with');
    }
  });

  it('a portal host outside the academy needs "outside": true; the webmail portal can never be outside', () => {
    const p = clone();
    p.portals[0].urls.value[0].host = 'mail.evil.example';
    expect(at(p, 'portals[0].urls.value[0].host')[0]?.message).toContain('is not under the academy');
    p.portals[0].outside = true;
    expect(at(p, 'webmail.portal')[0]?.message).toContain('cannot be outside');
    expect(hostedInForce(p).pack.portals[0]!.urls.value[0]!.host).toBe('webmail.ac-lyon.fr');
  });

  it('an outside portal claiming every subdomain of a public suffix is refused, in the pack and by policy', () => {
    const p = clone();
    const ent = p.portals.findIndex((x: any) => x.outside);
    p.portals[ent].urls.value[0] = { host: 'fr', subdomains: 'include' };
    expect(at(p, `portals[${ent}].urls.value[0].host`)[0]?.message).toContain('public suffix');
    const c = hostedInForce(p);
    expect(c.pack.portals[ent]!.urls.value[0]!.host).toBe('cas.ent.auvergnerhonealpes.fr');
    const portal = (host: string, outside: boolean) => ({
      ...(outside ? { outside: true } : {}),
      ...structuredClone(raw.portals[3]),
      id: 'claims',
      urls: { value: [{ host, subdomains: 'include' }], confidence: 'one', sources: ['x'] },
    });
    for (const extra of [portal('fr', false), portal('fr', true), portal('auvergnerhonealpes.fr', true)]) {
      const { m, c: pc } = policy({ extraPortals: [extra] });
      expect(pc.pack.portals.some((x) => x.id === 'claims')).toBe(false);
      expect([...m.rejected, ...pc.rejected].map((r) => r.path)[0]).toMatch(/^extraPortals/);
    }
    // Without a claim on subdomains, an outside site is fine from a policy.
    const { c: fine } = policy({ extraPortals: [{ ...portal('ent.example.org', true), urls: { value: [{ host: 'ent.example.org' }], confidence: 'one', sources: ['x'] } }] });
    expect(fine.pack.portals.some((x) => x.id === 'claims')).toBe(true);
  });

  it('IP literals are refused as hosts, mail servers and mailDomain; mail servers and mailDomain are the academy\'s', () => {
    const p = clone();
    p.portals[1].urls.value[0].host = '10.0.0.1';
    p.mail.incoming.host.value = 'imap.evil.example';
    p.academy.mailDomain = 'ac-lyon.com';
    p.mail.otherProviders[0].domains[0] = 'com';
    expect(at(p, 'portals[1].urls.value[0].host')[0]?.message).toContain('IP address');
    expect(at(p, 'mail.incoming.host.value')[0]?.message).toContain('is not under the academy');
    expect(at(p, 'academy.mailDomain')[0]?.message).toContain('is not under the academy');
    expect(at(p, 'mail.otherProviders[0].domains[0]')[0]?.message).toContain('public suffix');
  });
});

describe('validate-rules speaks to a DSI', () => {
  const text = (p: unknown) => JSON.stringify(p, null, 2);

  it('a missing field is « champ manquant : webmail.url », at the line of the object that lacks it', () => {
    const p = clone();
    delete p.webmail.url;
    const r = checkPackText(text(p), LISTED);
    expect(r.ok).toBe(false);
    const e = !r.ok && r.errors.find((x) => x.path === 'webmail.url');
    expect(e).toMatchObject({ message: 'missing field: webmail.url' });
    expect(say((e as FieldError).ref, 'fr')).toBe('champ manquant : webmail.url');
    const lines = text(p).split('\n');
    expect(lines[(e as FieldError).line! - 1]).toContain('"webmail": {');
  });

  it('every error has its line and column; a JSON syntax error too', () => {
    const p = clone();
    p.updated = '2026-02-30';
    const t = text(p);
    const r = checkPackText(t, LISTED);
    const e = !r.ok && r.errors[0];
    expect(e).toMatchObject({ path: 'updated', message: 'must be a YYYY-MM-DD date that exists' });
    expect(t.split('\n')[(e as FieldError).line! - 1]!.slice((e as FieldError).column! - 1)).toMatch(/^"2026-02-30"/);
    const broken = checkPackText('{\n  "packVersion": "1.0.0",\n  "updated" "x"\n}', LISTED);
    const syntax = !broken.ok && broken.errors[0];
    expect(syntax).toMatchObject({ path: '(root)', line: 3, column: 13, message: 'not valid JSON: unexpected character "\""' });
    expect(say((syntax as FieldError).ref, 'fr')).toBe('JSON invalide : caractère inattendu « \" »');
  });

  it('a UTF-8 byte-order mark reads as the hosted fetch reads it', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(raw))]);
    expect(checkPackBytes(bytes, LISTED).ok).toBe(true);
    expect(checkPackText(`\uFEFF${JSON.stringify(raw)}`, LISTED).ok).toBe(true);
    const fetched = await fetchHostedPack('https://rules.ac-lyon.fr/p.json', { fetch: async () => new Response(bytes), now: () => new Date() });
    expect(fetched.ok).toBe(true);
  });

  it('refuses impossible dates, regex paths, every-page markers and every-path login patterns', () => {
    const p = clone();
    p.academy.pages.login.value[0].confirmedBy = undefined;
    p.academy.pages.login.confirmedBy = { by: 'DSI', on: '2026-13-01' };
    p.portals[5].urls.value[0].path = '/.*';
    p.academy.pages.login.value[1].path = '/.*';
    p.webmail.inboxMarkers.value = ['*'];
    p.webmailFamilies[0].inboxMarkers.value = ['body'];
    p.loginEndpoints.value[0] = { path: '/*' };
    p.portals[2].pages = { login: { value: [{ path: '/' }], confidence: 'guess', sources: ['x'] } };
    const messages = Object.fromEntries(errorsOf(p).map((e) => [e.path, e.message]));
    expect(messages['academy.pages.login.confirmedBy.on']).toContain('date that exists');
    expect(messages['portals[5].urls.value[0].path']).toContain('not regular expressions');
    expect(messages['academy.pages.login.value[1].path']).toContain('not regular expressions');
    expect(messages['webmail.inboxMarkers.value[0]']).toContain('on every page');
    expect(messages['webmailFamilies[0].inboxMarkers.value[0]']).toContain('on every page');
    expect(messages['loginEndpoints.value[0].path']).toContain('matches every page');
    expect(messages['portals[2].pages.login.value[0].path']).toContain('matches every page');
  });
});
