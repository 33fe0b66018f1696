/**
 * Every fact of a pack (a value with its confidence and sources, as `fact(...)` in ./schema.ts
 * writes it), by its JSON path, in the pack's order. One walk for whoever asks what a pack asserts
 * and how surely: the options page's confirmed facts (src/policy/view.ts), the draft's facts still
 * to confirm (src/preview/unconfirmed.ts). Which facts are sure is the confidence rule's to say
 * (src/model/confidence.ts), not this module's.
 */
import type { Confidence } from './schema';
import { formatPath } from './validate';

export interface PackFact {
  /** "portals[3].hasMailbox", as the validator names a field. */
  path: string;
  /** The portal the fact belongs to, when it is under `portals[i]` (its index in the pack). */
  portal?: number;
  value: unknown;
  confidence: Confidence;
  sources: string[];
  note?: string;
  confirmedBy?: { by: string; on: string };
}

const isFact = (o: Record<string, unknown>): boolean => 'value' in o && typeof o.confidence === 'string' && Array.isArray(o.sources);

export function packFacts(pack: unknown): PackFact[] {
  const out: PackFact[] = [];
  const walk = (x: unknown, path: (string | number)[]): void => {
    if (Array.isArray(x)) return x.forEach((v, i) => walk(v, [...path, i]));
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (isFact(o)) {
      const f = o as Omit<PackFact, 'path' | 'portal'>;
      out.push({
        path: formatPath(path),
        ...(path[0] === 'portals' && typeof path[1] === 'number' ? { portal: path[1] } : {}),
        value: f.value,
        confidence: f.confidence,
        sources: f.sources,
        ...(f.note ? { note: f.note } : {}),
        ...(f.confirmedBy ? { confirmedBy: f.confirmedBy } : {}),
      });
      // A fact's value holds no fact of its own.
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
  };
  walk(pack, []);
  return out;
}
