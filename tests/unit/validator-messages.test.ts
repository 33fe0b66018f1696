/**
 * The validator refuses what is wrong and only that, and says it in the reader's language:
 * path patterns that are regular expressions by mistake (and not the legitimate paths that look
 * a little like them), and every message of the mail and diagnostics parts from the catalog.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { checkPack, type FieldError } from '../../src/rules/validate';
import { LISTED } from '../../src/rules/public-suffix';
import { say } from '../../src/rules/messages-fr';

const errorsOf = (edit: (p: any) => void): FieldError[] => {
  const p = structuredClone(raw) as any;
  edit(p);
  const r = checkPack(p, LISTED);
  return r.ok ? [] : r.errors;
};

describe('path patterns: a regex written by mistake is refused, a real path is not', () => {
  it.each(['/owa/auth/logon.*', '/login.*', '/cas/login.php*', '/a.b/c'])('%s is accepted as a portal path and a page path', (path) => {
    expect(errorsOf((p) => (p.portals[0].urls.value[0].path = path))).toEqual([]);
    expect(errorsOf((p) => (p.academy.pages.login.value[0] = { path }))).toEqual([]);
  });
  it.each(['/.*', '/owa/.*', '/a/.+/b', '/.+', '/login.+'])('%s is refused as a regular expression', (path) => {
    const errors = errorsOf((p) => (p.academy.pages.login.value[0] = { path }));
    expect(errors.map((e) => e.ref.key)).toContain('v_path_regex');
  });
});

describe('every message of the mail and diagnostics parts is in the catalog (French too)', () => {
  const CASES: [string, (p: any) => void][] = [
    ['a family prefix', (p) => (p.mail.forwarding.domains.value.academic.families[0].prefix = 'AC_')],
    ['a family suffix', (p) => (p.mail.forwarding.domains.value.academic.families[0].suffix = 'fr')],
    ['a forwarding word', (p) => (p.mail.forwarding.words[0] = 'Transfert')],
    ['an OS version', (p) => (p.diagnostics.unsupportedOs[0].value.below = 'ten')],
  ];
  it.each(CASES)('%s: a catalog message, not a raw English one', (_, edit) => {
    const errors = errorsOf(edit);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.ref.key).not.toBe('v_other');
    expect(say(errors[0]!.ref, 'fr')).not.toBe(errors[0]!.message);
  });
});

describe('one idea, one definition', () => {
  it('the validator refuses as an IP address exactly the hosts the matcher treats as IP literals', async () => {
    const { hostProblem } = await import('../../src/rules/hosts');
    const { isIpLiteral } = await import('../../src/match/normalize');
    for (const host of ['10.0.0.1', 'intranet.10', '10', '1.2.3.4.5', '10.0.0.ac-lyon.fr', 'ac-lyon.fr', 'a1.b2', 'x.0']) {
      expect(hostProblem(host, 'outside', {})?.key === 'v_host_ip', host).toBe(isIpLiteral(host));
    }
  });
});
