/**
 * The warnings a user marked wrong (« Cet avertissement est faux »): one entry per site and
 * verdict, with the day, and nothing else (no path, no page text). The user's settings keep
 * them (storage.local); the background silences each on its site; the support report lists
 * them, so support staff learn which facts of the pack are wrong. Nothing is sent anywhere.
 */
import { safeHost, type FalseWarning } from './report';

export type { FalseWarning };

/** Bounds what a stored value can make us keep (each entry is a few dozen bytes). */
export const FALSE_WARNINGS_MAX = 100;

const VERDICT_ID = /^[a-z][a-z0-9-]{0,39}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const sameEntry = (a: { host: string; verdict: string }, b: { host: string; verdict: string }) => a.host === b.host && a.verdict === b.verdict;

/** One stored entry, if it is exactly what we write: a clean host, a verdict id, a day. */
function parseEntry(v: unknown): FalseWarning | null {
  if (typeof v !== 'object' || v === null) return null;
  const { host, verdict, on } = v as Record<string, unknown>;
  if (typeof host !== 'string' || typeof verdict !== 'string' || typeof on !== 'string') return null;
  // Anything that is not already a bare host is not ours (a URL, a path): dropped, not trimmed.
  if (!host || safeHost(host) !== host || !VERDICT_ID.test(verdict) || !DAY.test(on)) return null;
  return { host, verdict, on };
}

/** Reads a stored list back entry by entry: a malformed entry is dropped, the others kept. */
export function parseFalseWarnings(value: unknown): FalseWarning[] {
  if (!Array.isArray(value)) return [];
  const out: FalseWarning[] = [];
  for (const v of value) {
    const entry = parseEntry(v);
    if (entry && !out.some((e) => sameEntry(e, entry))) out.push(entry);
    if (out.length === FALSE_WARNINGS_MAX) break;
  }
  return out;
}

/** The list with this warning marked wrong today (newest first; marking again only renews the day). */
export function markWrong(list: readonly FalseWarning[], host: string, verdict: string, now: Date): FalseWarning[] {
  const entry = parseEntry({ host: safeHost(host), verdict, on: now.toISOString().slice(0, 10) });
  if (!entry) throw new Error('not a site and a verdict');
  return [entry, ...list.filter((e) => !sameEntry(e, entry))].slice(0, FALSE_WARNINGS_MAX);
}

/** The list without this entry: the warning is told again on that site. */
export const restoreWarning = (list: readonly FalseWarning[], host: string, verdict: string): FalseWarning[] =>
  list.filter((e) => !sameEntry(e, { host: safeHost(host), verdict }));

/** The entry silencing this verdict on this host, if any. */
export const silencing = (list: readonly FalseWarning[], host: string | null, verdict: string): FalseWarning | undefined =>
  host === null ? undefined : list.find((e) => sameEntry(e, { host, verdict }));
