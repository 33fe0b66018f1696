/**
 * What a draft pack still leaves to confirm: every fact (a value with its sources and confidence)
 * that the confidence rule does not count as sure, by its JSON path, in the pack's order.
 */
import { isConfirmed } from '../model/confidence';
import { packFacts } from '../rules/facts';
import type { Confidence, Pack } from '../rules/schema';

export interface UnconfirmedFact {
  /** "portals[3].hasMailbox", as the validator names a field. */
  path: string;
  confidence: Confidence;
  sources: string[];
  note?: string;
}

export function unconfirmedFacts(pack: Pack): UnconfirmedFact[] {
  return packFacts(pack)
    .filter((f) => !isConfirmed(f))
    .map(({ path, confidence, sources, note }) => ({ path, confidence, sources, ...(note ? { note } : {}) }));
}
