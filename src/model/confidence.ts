/**
 * The confidence rule, written once: which facts of a pack count as sure. Everything that says
 * « à confirmer », marks a value confirmed, or lets a warning rest on a fact asks here.
 */
import type { Confidence } from '../rules/schema';

/** Several independent sources agree: the only confidence told without « à confirmer ». */
export const isConfirmed = (c: Confidence): boolean => c === 'multi';

/** At least one source names it (`multi` or `one`): worth offering, still « à confirmer » if not `multi`. */
export const isSourced = (c: Confidence): boolean => c === 'multi' || c === 'one';
