/**
 * The confidence rule, written once: which facts of a pack count as sure. Everything that says
 * « à confirmer », marks a value confirmed, or lets a warning rest on a fact asks here.
 */
import type { Confidence } from '../rules/schema';

/** At least one source names it (`multi` or `one`): worth offering, still « à confirmer » if not `multi`. */
export const isSourced = (c: Confidence): boolean => c === 'multi' || c === 'one';

/** A fact with its provenance, as the pack gives it. */
export interface Provenanced {
  confidence: Confidence;
  confirmedBy?: { by: string; on: string } | undefined;
}

/**
 * Sure: several independent sources agree, or the institution that runs the site confirmed it
 * (its own hosted pack). Only a sure fact is told without « à confirmer », and only sure site
 * facts let a warning be told as a warning (src/verdicts/index.ts).
 */
export const isConfirmed = (f: Provenanced): boolean => f.confidence === 'multi' || f.confirmedBy !== undefined;
