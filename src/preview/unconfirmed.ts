/**
 * What a draft pack still leaves to confirm: every fact (a value with its sources and confidence)
 * that the confidence rule does not count as sure, by its JSON path, in the pack's order.
 */
import { isConfirmed } from '../model/confidence';
import type { Confidence, Pack } from '../rules/schema';
import { formatPath } from '../rules/validate';

export interface UnconfirmedFact {
  /** "portals[3].hasMailbox", as the validator names a field. */
  path: string;
  confidence: Confidence;
  sources: string[];
  note?: string;
}

/** A fact as the schema writes it (`fact(...)`): a value, its confidence and its sources. */
const isFact = (o: Record<string, unknown>): boolean => 'value' in o && typeof o.confidence === 'string' && Array.isArray(o.sources);

export function unconfirmedFacts(pack: Pack): UnconfirmedFact[] {
  const out: UnconfirmedFact[] = [];
  const walk = (x: unknown, path: (string | number)[]): void => {
    if (Array.isArray(x)) return x.forEach((v, i) => walk(v, [...path, i]));
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (isFact(o)) {
      const f = o as { confidence: Confidence; sources: string[]; note?: string; confirmedBy?: { by: string; on: string } };
      if (!isConfirmed(f)) out.push({ path: formatPath(path), confidence: f.confidence, sources: f.sources, ...(f.note ? { note: f.note } : {}) });
      // A fact's value holds no fact of its own.
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
  };
  walk(pack, []);
  return out;
}
