import { describe, expect, it } from 'vitest';
import { hasOwnKey, own } from './own';

const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

describe('own', () => {
  const table: Record<string, string> = { link: 'link', typed: 'typed' };

  it('gives the table’s own rows', () => {
    expect(own(table, 'link')).toBe('link');
    expect(hasOwnKey(table, 'typed')).toBe(true);
    expect(own(table, 'missing')).toBeUndefined();
  });

  it.each(INHERITED)('never answers %s with what Object.prototype holds', (key) => {
    expect(key in table).toBe(true); // what a plain lookup would be fooled by
    expect(own(table, key)).toBeUndefined();
    expect(hasOwnKey(table, key)).toBe(false);
  });

  it('still finds a row that really is named like an inherited member', () => {
    const odd = JSON.parse('{"__proto__": 1, "constructor": 2}') as Record<string, number>;
    expect(own(odd, '__proto__')).toBe(1);
    expect(own(odd, 'constructor')).toBe(2);
  });

  it('works on number keys and null-prototype tables', () => {
    expect(own({ 5: 'five' } as Record<number, string>, 5)).toBe('five');
    const bare = Object.assign(Object.create(null) as Record<string, number>, { a: 1 });
    expect(own(bare, 'a')).toBe(1);
    expect(own(bare, 'toString')).toBeUndefined();
  });
});
