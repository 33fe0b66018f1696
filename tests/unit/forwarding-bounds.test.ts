/**
 * A hosted pack cannot silence the forwarding guard: in the worker, each role of `mail` is held to
 * the same role of the pack built into the extension (academic perimeter to academic, ministry to
 * ministry, providers to providers), families included.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { bundledPack } from '../../src/rules/bundled';
import { effectiveConfig } from '../../src/policy/layers';
import { classifyForwardingAddress } from '../../src/mail/domains';

const hosted = (edit: (p: any) => void) => {
  const p = structuredClone(raw) as any;
  edit(p);
  return effectiveConfig({ bundled: bundledPack, hosted: { pack: p, fetchedAt: '2026-12-01T00:00:00Z', url: 'https://rules.ac-lyon.fr/p.json' }, managed: {} });
};

describe('hosted mail rules are held to the built-in pack role by role', () => {
  const HOSTILE: [string, (p: any) => void][] = [
    ['a provider domain in the academic perimeter', (p) => p.mail.forwarding.domains.value.academic.exact.push('gmail.com')],
    ['a provider domain in the ministry perimeter', (p) => p.mail.forwarding.domains.value.ministry.exact.push('gmail.com')],
    ['an academic family on .com', (p) => p.mail.forwarding.domains.value.academic.families.push({ prefix: 'g', suffix: '.com' })],
    ['a ministry family on .fr (wider than the ministry\'s)', (p) => p.mail.forwarding.domains.value.ministry.families.push({ prefix: 'ac-', suffix: '.fr' })],
    ['an academic family wider than the built one', (p) => p.mail.forwarding.domains.value.academic.families.push({ prefix: 'a', suffix: '.fr' })],
    ['an academy domain as a provider', (p) => p.mail.otherProviders[0].domains.push('ac-lyon.fr')],
  ];
  it.each(HOSTILE)('%s: the hosted pack is refused, and gmail stays personal', (_, edit) => {
    const c = hosted(edit);
    expect(c.sources.pack).toBe('bundled');
    expect(c.rejected).toEqual([expect.objectContaining({ source: 'hosted' })]);
    expect(classifyForwardingAddress('moi@gmail.com', c.pack)).toBe('personal');
  });

  it('the refusal of a domain list entry names the list\'s rule, not a "subdomains" key it does not have', () => {
    const c = hosted((p) => p.mail.forwarding.domains.value.academic.exact.push('gmail.com'));
    const reason = c.rejected[0]!.reason;
    expect(reason).toContain('mail.forwarding.domains.value.academic.exact[3]: "gmail.com" is not within the built-in rules\' academic forwarding perimeter');
    expect(reason).not.toContain('"subdomains"');
    const provider = hosted((p) => p.mail.otherProviders[0].domains.push('example.com')).rejected[0]!.reason;
    expect(provider).toContain('mail.otherProviders[0].domains[3]: "example.com": hosted rules or a policy can only list the providers\' domains');
    expect(provider).not.toContain('"subdomains"');
  });

  const NARROWER: [string, (p: any) => void][] = [
    ['an academy listed exactly, inside a built family', (p) => p.mail.forwarding.domains.value.academic.exact.push('ac-grenoble.fr')],
    ['a narrower family', (p) => (p.mail.forwarding.domains.value.academic.families = [{ prefix: 'ac-ly', suffix: '.fr' }])],
    ['a family under an exact domain', (p) => p.mail.forwarding.domains.value.ministry.families.push({ prefix: 'ac-', suffix: '.education.gouv.fr' })],
    ['a subdomain of the ministry', (p) => (p.mail.forwarding.domains.value.ministry.exact = ['intra.education.gouv.fr'])],
    ['a provider\'s subdomain', (p) => p.mail.otherProviders[0].domains.push('mail.google.com')],
  ];
  it.each(NARROWER)('%s: accepted', (_, edit) => {
    const c = hosted(edit);
    expect(c.rejected).toEqual([]);
    expect(c.sources.pack).toBe('hosted');
  });
});

describe('a portal off the academy\'s domains', () => {
  it('hosted without "outside": true, it is refused with the way to mend it, in both languages', async () => {
    const { say } = await import('../../src/rules/messages-fr');
    const { checkPack } = await import('../../src/rules/validate');
    const { remoteScope } = await import('../../src/policy/layers');
    const edit = (p: any) => delete p.portals.find((x: any) => x.id === 'regional-ent').outside;
    const c = hosted(edit);
    expect(c.sources.pack).toBe('bundled');
    expect(c.rejected[0]!.reason).toContain('"cas.ent.auvergnerhonealpes.fr" is not under the academy\'s domains (ac-lyon.fr): if this portal is someone else\'s site, mark it "outside": true');
    const p = structuredClone(raw) as any;
    edit(p);
    const r = checkPack(p, remoteScope(bundledPack));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.errors[0]!.ref, 'fr')).toContain('s\'il s\'agit du site de quelqu\'un d\'autre, le marquer "outside": true');
  });
});
