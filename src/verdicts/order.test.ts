import { describe, expect, it } from 'vitest';
import { inPrecedence, outranks } from './order';

const ids = (defs: { id: string }[]) => defs.map((d) => d.id);

describe('precedence derived from before/after', () => {
  it('follows the constraints, whichever module declares them', () => {
    const defs = [{ id: 'general' }, { id: 'specific', before: ['general'] }, { id: 'narrowest', after: [] as string[], before: ['specific'] }];
    expect(ids(inPrecedence(defs))).toEqual(['narrowest', 'specific', 'general']);
    expect(ids(inPrecedence([...defs].reverse()))).toEqual(['narrowest', 'specific', 'general']);
  });

  it('breaks ties by id, so the order does not depend on the order of the modules', () => {
    expect(ids(inPrecedence([{ id: 'b' }, { id: 'c' }, { id: 'a' }]))).toEqual(['a', 'b', 'c']);
  });

  it("'*' outranks every verdict that does not say '*' itself", () => {
    const defs = [{ id: 'a' }, { id: 'z-failure', before: '*' as const }, { id: 'y-failure', before: '*' as const }, { id: 'b', after: ['a'] }];
    expect(ids(inPrecedence(defs))).toEqual(['y-failure', 'z-failure', 'a', 'b']);
    const above = outranks(defs);
    expect(above('z-failure', 'b')).toBe(true);
    expect(above('y-failure', 'z-failure') || above('z-failure', 'y-failure')).toBe(false);
  });

  it('names the cycle when constraints contradict', () => {
    expect(() => inPrecedence([{ id: 'a', before: ['b'] }, { id: 'b', before: ['c'] }, { id: 'c', before: ['a'] }])).toThrow('cycle: a → b → c → a');
  });

  it('rejects an unknown or a duplicate id', () => {
    expect(() => inPrecedence([{ id: 'a', before: ['nope'] }])).toThrow('verdict "a": unknown verdict "nope"');
    expect(() => inPrecedence([{ id: 'a' }, { id: 'a' }])).toThrow('declared twice');
  });

  it('outranks is transitive', () => {
    const above = outranks([{ id: 'a', before: ['b'] }, { id: 'b', before: ['c'] }, { id: 'c' }]);
    expect([above('a', 'c'), above('c', 'a'), above('a', 'a')]).toEqual([true, false, false]);
  });
});
