/**
 * French typography, as the Imprimerie nationale's rules have it and as teachers read it:
 * a narrow no-break space (U+202F) before « ; ! ? », a no-break space (U+00A0) before « : »
 * and inside « », and capitals keep their accents (« À vérifier », not « A vérifier »).
 * A plain space there lets a line break before the sign, leaving « ? » alone at a line's start.
 *
 * This only finds what is wrong; the texts themselves are written right (the catalogs, the
 * verdicts' strings, the pack's French texts), checked by tests/unit/typography.test.ts.
 */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

export interface TypographyIssue {
  /** Index of the offending character in the text. */
  at: number;
  rule: 'space-before-high-sign' | 'space-before-colon' | 'space-inside-guillemets' | 'capital-accent';
}

/** A sign ends a sentence or clause when what follows is nothing, a space, or a closing mark. */
const ENDS_CLAUSE = /^(?:$|[\s\u00a0\u202f»)\]"',.!?;:])/;
/** Words whose capital loses an accent when typed without care (« Ecole », « Etablissement »). */
const UNACCENTED_CAPITAL = /(?<![\p{L}\p{N}_'’-])(A(?=[\s\u00a0])|E(?=(?:cole|tabl|duc|tape|tat|cri|chec|quipe|l[eè]ve|vit|conom|lectroni|mission|dit)))/gu;

/** Every typography issue in a French text; empty when it is right. `$1` placeholders are text like any other. */
export function frenchTypographyIssues(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if ((c === ';' || c === '!' || c === '?') && ENDS_CLAUSE.test(after) && i > 0) {
      // "?!" and "!!" count as one sign: only the first needs the space.
      if (before !== NNBSP && !';!?'.includes(before)) issues.push({ at: i, rule: 'space-before-high-sign' });
    } else if (c === ':' && ENDS_CLAUSE.test(after) && i > 0) {
      if (before !== NBSP) issues.push({ at: i, rule: 'space-before-colon' });
    } else if (c === '«' && after !== NBSP) {
      issues.push({ at: i, rule: 'space-inside-guillemets' });
    } else if (c === '»' && before !== NBSP) {
      issues.push({ at: i, rule: 'space-inside-guillemets' });
    }
  }
  for (const m of text.matchAll(UNACCENTED_CAPITAL)) issues.push({ at: m.index, rule: 'capital-accent' });
  return issues.sort((a, b) => a.at - b.at);
}

/** The text with each issue shown in place, for a test's message: `Pourquoi⟦ ?⟧`. */
export function showIssues(text: string, issues: readonly TypographyIssue[]): string {
  return issues.map((x) => `${x.rule}: …${text.slice(Math.max(0, x.at - 12), x.at)}⟦${text.charAt(x.at)}⟧${text.slice(x.at + 1, x.at + 8)}…`).join('\n');
}

const HIGH_SIGN = /[ \u00a0\u202f]?([;!?]+)(?=$|[\s\u00a0\u202f»)\]"',.:])/g;
const COLON = /[ \u00a0\u202f]?:(?=$|[\s»)\]"',.])/g;
const CAPITALS: Record<string, string> = { A: 'À', E: 'É' };

/**
 * The text with its spaces and capitals set right: what the typography rule above asks, and
 * nothing else (a sign inside an address, `?a=1`, is left alone). Idempotent.
 */
export function fixFrenchTypography(text: string): string {
  return text
    .replace(HIGH_SIGN, (m: string, signs: string, at: number) => (at === 0 && m === signs ? m : `${NNBSP}${signs}`))
    .replace(COLON, (m: string, at: number) => (at === 0 && m === ':' ? m : `${NBSP}:`))
    .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`)
    .replace(UNACCENTED_CAPITAL, (c: string) => CAPITALS[c] ?? c);
}
