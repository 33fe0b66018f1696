/**
 * JSON text read for people: where each value sits (line and column, for the validator's
 * messages), and a syntax error told by its line and column rather than a character offset.
 * The value itself is JSON.parse's, so a pack reads the same as it always did; this scan only
 * locates. It is strict JSON (RFC 8259), recursive but depth-capped (128 levels) so a hostile text
 * cannot exhaust the stack, and it never throws.
 */
import type { MessageRef } from './messages';
import { formatPath } from './validate';

/** A place in the text, both counted from 1 (the column in UTF-16 code units, as editors count). */
export interface TextPosition {
  line: number;
  column: number;
}

export type JsonText =
  | { ok: true; value: unknown; positionOf(path: readonly PropertyKey[]): TextPosition | undefined }
  | { ok: false; problem: MessageRef; at?: TextPosition | undefined };

const MAX_DEPTH = 128;

class Stop {
  constructor(
    readonly problem: MessageRef,
    readonly offset: number,
  ) {}
}

/** Reads JSON text; a leading byte-order mark is skipped, as a browser's TextDecoder does. */
export function readJsonText(input: string): JsonText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const shift = text === input ? 0 : 1;
  const offsets = new Map<string, number>();
  let i = 0;
  const n = text.length;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const unexpected = (): never => {
    if (i >= n) throw new Stop({ key: 'v_json_end' }, i);
    throw new Stop({ key: 'v_json_char', subs: [text[i]!] }, i);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected();
  };
  const string = (): string => {
    const start = i;
    i++; // "
    let simple = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        const raw = text.slice(start, i);
        return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
      }
      if (c < 0x20) throw new Stop({ key: 'v_json_control' }, i);
      if (c === 0x5c) {
        simple = false;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop({ key: 'v_json_escape' }, i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop({ key: 'v_json_escape' }, i);
      } else i++;
    }
    throw new Stop({ key: 'v_json_end' }, i);
  };
  const number = () => {
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (!m.exec(text)) unexpected();
    i = m.lastIndex;
  };
  const value = (path: PropertyKey[], depth: number): void => {
    ws();
    offsets.set(formatPath(path), i);
    const c = text[i];
    if (c === '{') {
      if (depth >= MAX_DEPTH) throw new Stop({ key: 'v_json_depth' }, i);
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      const seen = new Set<string>();
      for (;;) {
        ws();
        if (text[i] !== '"') unexpected();
        const keyAt = i;
        const key = string();
        if (seen.has(key)) throw new Stop({ key: 'v_json_duplicate', subs: [key] }, keyAt);
        seen.add(key);
        ws();
        if (text[i] !== ':') unexpected();
        i++;
        value([...path, key], depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else unexpected();
      }
    }
    if (c === '[') {
      if (depth >= MAX_DEPTH) throw new Stop({ key: 'v_json_depth' }, i);
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value([...path, k], depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else unexpected();
      }
    }
    if (c === '"') return void string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    unexpected();
  };

  let lineStarts: number[] | undefined;
  const position = (offset: number): TextPosition => {
    lineStarts ??= [0, ...[...text.matchAll(/\r\n?|\n/g)].map((m) => m.index + m[0].length)];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 + (lo === 0 ? shift : 0) };
  };

  try {
    value([], 0);
    ws();
    if (i < n) throw new Stop({ key: 'v_json_after' }, i);
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problem: e.problem, at: position(e.offset) };
    throw e;
  }
  return {
    ok: true,
    value: JSON.parse(text),
    positionOf(path) {
      // A missing field is placed at the nearest object that holds it.
      for (let k = path.length; k >= 0; k--) {
        const at = offsets.get(formatPath(path.slice(0, k)));
        if (at !== undefined) return position(at);
      }
      return undefined;
    },
  };
}
