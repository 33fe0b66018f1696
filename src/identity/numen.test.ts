import { describe, expect, it } from 'vitest';
import { checkNumenShape, type NumenProblem } from './numen';

type Row = [label: string, input: string, ok: boolean, problems: NumenProblem[], positions?: Partial<Record<NumenProblem, number[]>>];

const ROWS: Row[] = [
  // Valid shapes
  ['usual form', '10E9501234ABC', true, []],
  ['the encyclopaedia example, with spaces', '01 E 95 01234 ABC', true, []],
  ['lower case is upper-cased', '10e9501234abc', true, []],
  ['tabs and newlines are spaces', ' 10\tE95\n01234ABC ', true, []],
  ['another academy (prefix not required)', '25G0312345XYZ', true, []],
  ['first degree, year 92', '08G9254321QRS', true, []],
  // Right loose shape, unusual last block: a warning only
  ['last block all digits', '10E9501234567', true, ['lastBlockUnusual']],
  ['last block letters first', '10E95ABC01234', true, ['lastBlockUnusual']],
  ['O inside the usual digits of the last block', '10E9501O34ABC', true, ['oForZero', 'lastBlockUnusual'], { oForZero: [8] }],
  ['0 where the last letters usually are', '10E95012340BC', true, ['zeroForO', 'lastBlockUnusual'], { zeroForO: [11] }],
  ['1 where the last letters usually are', '10E9501234A1C', true, ['oneForI', 'lastBlockUnusual'], { oneForI: [12] }],
  ['other digit where the last letters usually are: only the warning', '10E9501234A5C', true, ['lastBlockUnusual']],
  // Typos where the shape requires a digit or a letter
  ['letter O for 0 in the academy code', '1OE9501234ABC', false, ['oForZero'], { oForZero: [2] }],
  ['letter O twice', 'O0E9O01234ABC', false, ['oForZero'], { oForZero: [1, 5] }],
  ['I for 1', 'I0E9501234ABC', false, ['iOrLForOne'], { iOrLForOne: [1] }],
  ['l (lower-case L) for 1', '10E9l01234ABC', false, ['iOrLForOne'], { iOrLForOne: [5] }],
  ['0 for the letter O', '1009501234ABC', false, ['zeroForO'], { zeroForO: [3] }],
  ['1 for the letter I', '1019501234ABC', false, ['oneForI'], { oneForI: [3] }],
  ['another letter where a digit is expected', '1XE9501234ABC', false, ['digitExpected'], { digitExpected: [2] }],
  ['another digit where the letter is expected', '1059501234ABC', false, ['letterExpected'], { letterExpected: [3] }],
  ['several typos at once', 'IOE9501234ABC', false, ['iOrLForOne', 'oForZero'], { iOrLForOne: [1], oForZero: [2] }],
  // Length
  ['too short', '10E950123', false, ['tooShort']],
  ['too long', '10E9501234ABCD', false, ['tooLong']],
  ['too short with a typo as you type', '1O', false, ['oForZero', 'tooShort'], { oForZero: [2] }],
  // Characters
  ['accented letter', '10É9501234ABC', false, ['invalidCharacters'], { invalidCharacters: [3] }],
  ['a stray sign: no hints by position, they would be shifted', '10.E9501234ABC', false, ['invalidCharacters', 'tooLong'], { invalidCharacters: [3] }],
  ['hyphens', '10-E-95-01234ABC', false, ['invalidCharacters', 'tooLong'], { invalidCharacters: [3, 5, 8] }],
  ['empty', '', false, ['empty']],
  ['spaces only', '   ', false, ['empty']],
];

describe('checkNumenShape', () => {
  it.each(ROWS)('%s', (_label, input, ok, problems, positions) => {
    const r = checkNumenShape(input);
    expect(r.ok).toBe(ok);
    expect(r.problems).toEqual(problems);
    if (positions) expect(r.positions).toEqual(positions);
  });

  it('normalizes to upper case without spaces, and says nothing of the value otherwise', () => {
    const r = checkNumenShape(' 10 e 95 01234 abc ');
    expect(r).toEqual({ ok: true, normalized: '10E9501234ABC', length: 13, problems: [], positions: {} });
    expect(checkNumenShape('')).not.toHaveProperty('normalized');
  });

  it('never requires the Lyon prefix 10', () => {
    for (const code of ['01', '02', '08', '10', '25', '43']) expect(checkNumenShape(`${code}E9501234ABC`).ok).toBe(true);
  });

  it('keeps nothing between calls', () => {
    const a = checkNumenShape('1OE9501234ABC');
    checkNumenShape('10E9501234ABC');
    expect(checkNumenShape('1OE9501234ABC')).toEqual(a);
    expect(JSON.stringify(checkNumenShape('10E9501234ABC').positions)).not.toContain('10E');
  });
});
