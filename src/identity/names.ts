/**
 * From a person's names to the academic username and address they probably have.
 * A guide, never a verdict: only the administration knows the real ones (homonyms
 * get a number nobody can guess).
 *
 * Rules and how sure we are of them (research notes, lyon-facts.md §4):
 * - username = first-name initial + last name, lowercase: national rule [multi],
 *   Lyon [weak]; so the best candidate is "likely", never certain;
 * - address = prenom.nom@ac-lyon.fr [multi], hyphens of compound names kept;
 * - accents stripped to ASCII [guess]: every login seen is [a-z0-9-];
 * - compound first name (Jean-Pierre): only the first initial [one, Créteil];
 *   both initials ("jp") stay possible;
 * - multi-word last name (Le Goff, de La Tour): spaces become hyphens [one, Dijon];
 *   written together stays possible;
 * - apostrophes dropped (d'Arc → darc) [guess];
 * - a usage name (e.g. married name) gives candidates for both names;
 * - no truncation of long names is documented: names are kept whole.
 */

import { own } from '../own';

export const CANDIDATE_CONFIDENCES = ['likely', 'possible', 'unlikely'] as const;
export type CandidateConfidence = (typeof CANDIDATE_CONFIDENCES)[number];

/** Why a candidate has this shape; each has a sentence in the catalog (`account_why_<key>`). */
export const REASONS = [
  'rule',
  'addressRule',
  'usageName',
  'birthName',
  'particleHyphen',
  'particleJoined',
  'hyphenDropped',
  'compoundInitials',
  'firstNamesJoined',
] as const;
export type ReasonKey = (typeof REASONS)[number];

/** Things to tell next to the candidates (`account_note_<key>`). */
export const NOTES = [
  'fullAddressForClients',
  'homonymNumber',
  'accentsStripped',
  'apostrophesDropped',
  'compoundFirstName',
  'severalFirstNames',
  'multiWordLastName',
  'usageName',
  'longName',
] as const;
export type NoteKey = (typeof NOTES)[number];

/** Why no candidate can be given (`account_error_<key>`). */
export const NAME_ERRORS = ['firstNamesEmpty', 'lastNamesEmpty', 'nonLatin', 'invalidCharacters', 'tooLong'] as const;
export type NameErrorKey = (typeof NAME_ERRORS)[number];
export type NameField = 'firstNames' | 'lastNames' | 'usageName';

export interface Candidate {
  value: string;
  confidence: CandidateConfidence;
  why: ReasonKey;
}

export interface NameInput {
  /** As typed: "Jean-Pierre", "Marie Claire", "Anne, Sophie"; or one given name per item. */
  firstNames: string | readonly string[];
  /** Birth (family) name(s) as typed: "Le Goff", "de La Tour d'Auvergne". */
  lastNames: string | readonly string[];
  /** Usage name, e.g. a married name; optional. */
  usageName?: string | undefined;
  /** The academy's mail domain (the pack's `academy.mailDomain`). */
  mailDomain: string;
}

export type NameResult =
  | { ok: true; usernames: Candidate[]; addresses: Candidate[]; notes: NoteKey[] }
  | { ok: false; error: NameErrorKey; field: NameField };

/** Beyond this, a field is not a name. */
export const MAX_FIELD_LENGTH = 200;
/** A username longer than this gets the "kept whole, may have been shortened" note. */
export const LONG_USERNAME = 20;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const APOSTROPHES_RE = /['’‘ʼʹ`´′][\s]*/g;
const DASHES_RE = /[‐‑‒–—―−﹣－]/g;
/** Catalan "l·l" and its look-alikes: dropped. */
const MIDDLE_DOTS_RE = /[·‧・]/g;
const MARKS_RE = /\p{M}/gu;

interface Cleaned {
  /** Lowercase [a-z], single spaces, hyphens and (first names only) commas. */
  text: string;
  accents: boolean;
  apostrophes: boolean;
}

type CleanResult = { ok: true; value: Cleaned } | { ok: false; error: NameErrorKey };

function clean(raw: string, allowComma: boolean): CleanResult {
  if (raw.length > MAX_FIELD_LENGTH) return { ok: false, error: 'tooLong' };
  let s = raw.normalize('NFKD');
  const beforeMarks = s;
  s = s.replace(MARKS_RE, '');
  let accents = s !== beforeMarks;
  const beforeSpecial = s;
  s = s.replace(SPECIAL_RE, (c) => own(SPECIAL_LETTERS, c) ?? c);
  accents ||= s !== beforeSpecial;
  const beforeApostrophes = s;
  s = s.replace(APOSTROPHES_RE, '');
  const apostrophes = s !== beforeApostrophes;
  s = s.replace(DASHES_RE, '-').replace(MIDDLE_DOTS_RE, '').toLowerCase();
  s = allowComma ? s.replace(/;/g, ',') : s;

  // Letters of another script first: that is the more useful message.
  for (const ch of s) if (/\p{L}/u.test(ch) && !/[a-z]/.test(ch)) return { ok: false, error: 'nonLatin' };
  const allowed = allowComma ? /^[a-z\s,-]*$/ : /^[a-z\s-]*$/;
  if (!allowed.test(s)) return { ok: false, error: 'invalidCharacters' };

  s = s
    .replace(/\s+/g, ' ')
    .replace(/ ?-[ -]*/g, '-') // "Jean - Pierre", "Jean--Pierre" → "jean-pierre"
    .split(/([ ,])/)
    .map((token) => token.replace(/^-+|-+$/g, '')) // "-Jean", "Marie-": stray hyphens
    .join('')
    .replace(/[ ,]*,[ ,]*/g, ',')
    .replace(/ {2,}/g, ' ')
    .replace(/^[ ,]+|[ ,]+$/g, '');
  return { ok: true, value: { text: s, accents, apostrophes } };
}

const asText = (v: string | readonly string[] | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : v.join(', ');

interface Option {
  value: string;
  /** 0 likely, 1 possible, 2 unlikely. */
  rank: number;
  why: ReasonKey | null;
}

interface FirstNames {
  initials: Option[];
  address: Option[];
  compound: boolean;
  several: boolean;
}

function firstNameOptions(text: string, hasComma: boolean): FirstNames {
  // With commas, each item is one given name ("Jean Pierre, Marc": the first is compound).
  const names = hasComma ? text.split(',').map((n) => n.split(' ').join('-')) : text.split(' ');
  const first = names[0] ?? '';
  const parts = first.split('-').filter(Boolean);
  const initial = (w: string) => w.charAt(0);
  const initials: Option[] = [{ value: initial(first), rank: 0, why: null }];
  const address: Option[] = [{ value: first, rank: 0, why: null }];
  if (parts.length > 1) initials.push({ value: parts.map(initial).join(''), rank: 1, why: 'compoundInitials' });
  // "Jean Pierre" typed without a hyphen may be one compound first name.
  const second = names[1];
  if (!hasComma && second !== undefined) {
    address.push({ value: `${first}-${second}`, rank: 1, why: 'firstNamesJoined' });
    initials.push({ value: [first, second].flatMap((n) => n.split('-')).filter(Boolean).map(initial).join(''), rank: 2, why: 'firstNamesJoined' });
  }
  return { initials, address, compound: parts.length > 1, several: names.length > 1 };
}

function lastNameOptions(text: string): Option[] {
  const words = text.split(' ');
  const out: Option[] = [];
  if (words.length > 1) {
    out.push({ value: words.join('-'), rank: 0, why: 'particleHyphen' });
    out.push({ value: words.join(''), rank: 1, why: 'particleJoined' });
  } else out.push({ value: text, rank: 0, why: null });
  if (text.includes('-') || words.length > 1) out.push({ value: text.replace(/[\s-]/g, ''), rank: 2, why: 'hyphenDropped' });
  return out;
}

interface Source {
  name: string;
  rank: number;
  why: ReasonKey | null;
}

const confidenceOf = (rank: number): CandidateConfidence => (rank === 0 ? 'likely' : rank === 1 ? 'possible' : 'unlikely');

/** The reason to show: the most uncertain part; on a tie, the name used, then the last name, then the first name. */
function reasonOf(parts: readonly (Option | Source)[], base: ReasonKey): ReasonKey {
  let best: ReasonKey | null = null;
  let bestRank = -1;
  for (const p of parts) {
    if (p.why !== null && p.rank > bestRank) {
      best = p.why;
      bestRank = p.rank;
    }
  }
  return best ?? base;
}

/** Candidates by confidence, then in the order built; a repeated value keeps its best confidence. */
function finish(list: { value: string; rank: number; why: ReasonKey }[]): Candidate[] {
  const best = new Map<string, { value: string; rank: number; why: ReasonKey; order: number }>();
  list.forEach((c, order) => {
    const seen = best.get(c.value);
    if (!seen || c.rank < seen.rank) best.set(c.value, { ...c, order: seen?.order ?? order });
  });
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ value, rank, why }) => ({ value, confidence: confidenceOf(rank), why }));
}

export function nameCandidates(input: NameInput): NameResult {
  const fields: [NameField, string, boolean][] = [
    ['firstNames', asText(input.firstNames), true],
    ['lastNames', asText(input.lastNames), false],
    ['usageName', asText(input.usageName), false],
  ];
  const cleaned = {} as Record<NameField, Cleaned>;
  for (const [field, raw, allowComma] of fields) {
    const r = clean(raw, allowComma);
    if (!r.ok) return { ok: false, error: r.error, field };
    if (field !== 'usageName' && !/[a-z]/.test(r.value.text)) {
      return { ok: false, error: field === 'firstNames' ? 'firstNamesEmpty' : 'lastNamesEmpty', field };
    }
    cleaned[field] = r.value;
  }

  const domain = input.mailDomain.toLowerCase();
  const first = firstNameOptions(cleaned.firstNames.text, cleaned.firstNames.text.includes(','));
  const birth = cleaned.lastNames.text;
  const usage = /[a-z]/.test(cleaned.usageName.text) ? cleaned.usageName.text : '';
  const sources: Source[] =
    usage && usage !== birth
      ? [
          { name: usage, rank: 0, why: 'usageName' },
          { name: birth, rank: 1, why: 'birthName' },
        ]
      : [{ name: birth, rank: 0, why: null }];

  const usernames: { value: string; rank: number; why: ReasonKey }[] = [];
  const addresses: { value: string; rank: number; why: ReasonKey }[] = [];
  for (const source of sources) {
    for (const last of lastNameOptions(source.name)) {
      for (const init of first.initials) {
        const rank = source.rank + last.rank + init.rank;
        if (rank <= 2) usernames.push({ value: `${init.value}${last.value}`, rank, why: reasonOf([source, last, init], 'rule') });
      }
      for (const given of first.address) {
        const rank = source.rank + last.rank + given.rank;
        if (rank <= 2) addresses.push({ value: `${given.value}.${last.value}@${domain}`, rank, why: reasonOf([source, last, given], 'addressRule') });
      }
    }
  }

  const all = [cleaned.firstNames, cleaned.lastNames, cleaned.usageName];
  const notes: NoteKey[] = ['fullAddressForClients', 'homonymNumber'];
  if (all.some((c) => c.accents)) notes.push('accentsStripped');
  if (all.some((c) => c.apostrophes)) notes.push('apostrophesDropped');
  if (first.compound) notes.push('compoundFirstName');
  if (first.several) notes.push('severalFirstNames');
  if (sources.some((s) => s.name.includes(' '))) notes.push('multiWordLastName');
  if (sources.length > 1) notes.push('usageName');
  const finalUsernames = finish(usernames);
  if (finalUsernames.some((c) => c.confidence === 'likely' && c.value.length > LONG_USERNAME)) notes.push('longName');
  return { ok: true, usernames: finalUsernames, addresses: finish(addresses), notes };
}
