/**
 * The shape of a NUMEN, to catch typos before a user locks their account.
 *
 * The NUMEN is a default password: this function is pure and keeps nothing.
 * Callers must not store, log or send its input or its `normalized` output.
 *
 * Shape (lyon-facts.md §4.3, [multi] but all from one encyclopaedia article):
 * 13 characters, upper case: 2 digits (academy of first registration: Lyon is 10,
 * but staff who came from elsewhere keep theirs, so the prefix is never required),
 * 1 letter (information system: G, E, P, A…), 2 digits (year of entry), then
 * 8 characters, "five digits and three letters" in the only example: that stricter
 * form is not established, so breaking it is a warning, never an error.
 */

export const NUMEN_LENGTH = 13;

export const NUMEN_PROBLEMS = [
  'empty',
  'invalidCharacters',
  'tooShort',
  'tooLong',
  /** A letter where a digit is expected (other than O, I, L). */
  'digitExpected',
  /** A digit where the letter is expected (other than 0, 1). */
  'letterExpected',
  /** The letter O where a digit is expected: 0? */
  'oForZero',
  /** The letter I or L where a digit is expected: 1? */
  'iOrLForOne',
  /** The digit 0 where a letter is expected: O? */
  'zeroForO',
  /** The digit 1 where a letter is expected: I or L? */
  'oneForI',
  /** Warning only: the last 8 characters are not 5 digits then 3 letters. */
  'lastBlockUnusual',
] as const;
export type NumenProblem = (typeof NUMEN_PROBLEMS)[number];

export interface NumenCheck {
  /** The 13-character shape is right (warnings may remain in `problems`). */
  ok: boolean;
  /** Upper case, without spaces; absent when nothing was typed. Never store, log or send it. */
  normalized?: string;
  /** Number of characters once normalized. */
  length: number;
  /** Each problem once, in the order first met. */
  problems: NumenProblem[];
  /** 1-based positions where each problem was seen (never the characters themselves). */
  positions: Partial<Record<NumenProblem, number[]>>;
}

export const LOOSE_NUMEN = /^[0-9]{2}[A-Z][0-9]{2}[0-9A-Z]{8}$/;
export const STRICT_NUMEN = /^[0-9]{2}[A-Z][0-9]{2}[0-9]{5}[A-Z]{3}$/;

/** What each position holds: 'd' digit, 'l' letter; upper case when required, lower case when only usual. */
const LAYOUT = 'DDLDDdddddlll';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => c >= 'A' && c <= 'Z';

function typoWhereDigit(c: string): NumenProblem | null {
  if (c === 'O') return 'oForZero';
  if (c === 'I' || c === 'L') return 'iOrLForOne';
  return null;
}

function typoWhereLetter(c: string): NumenProblem | null {
  if (c === '0') return 'zeroForO';
  if (c === '1') return 'oneForI';
  return null;
}

export function checkNumenShape(input: string): NumenCheck {
  const normalized = input.toUpperCase().replace(/\s+/g, '');
  const problems: NumenProblem[] = [];
  const positions: Partial<Record<NumenProblem, number[]>> = {};
  const add = (p: NumenProblem, at?: number) => {
    if (!problems.includes(p)) problems.push(p);
    if (at !== undefined) (positions[p] ??= []).push(at);
  };
  if (normalized === '') {
    add('empty');
    return { ok: false, length: 0, problems, positions };
  }

  const chars = [...normalized];
  chars.forEach((c, i) => {
    if (!isDigit(c) && !isLetter(c)) add('invalidCharacters', i + 1);
  });
  // A stray sign shifts every later character: hints by position would only mislead.
  if (!problems.includes('invalidCharacters')) {
    chars.forEach((c, i) => {
      const at = i + 1;
      const expected = LAYOUT[i];
      if (expected === 'D' && isLetter(c)) add(typoWhereDigit(c) ?? 'digitExpected', at);
      else if (expected === 'L' && isDigit(c)) add(typoWhereLetter(c) ?? 'letterExpected', at);
      // The usual last block: only the likely typos are worth a hint.
      else if (expected === 'd' && isLetter(c)) {
        const typo = typoWhereDigit(c);
        if (typo) add(typo, at);
      } else if (expected === 'l' && isDigit(c)) {
        const typo = typoWhereLetter(c);
        if (typo) add(typo, at);
      }
    });
  }
  const length = chars.length;
  if (length < NUMEN_LENGTH) add('tooShort');
  if (length > NUMEN_LENGTH) add('tooLong');
  const ok = LOOSE_NUMEN.test(normalized);
  if (ok && !STRICT_NUMEN.test(normalized)) add('lastBlockUnusual');
  return { ok, normalized, length, problems, positions };
}
