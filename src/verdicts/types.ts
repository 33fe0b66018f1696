import type { Lang } from '../i18n/lang';
import type { Catalog, Translate } from '../i18n/translate';
import type { Provenanced } from '../model/confidence';
import type { Severity, TabFacts } from '../model/facts';
import type { Confidence, Pack, Portal } from '../rules/schema';
import type { SharedKey } from './describe';

/** A pack value that carries its provenance (`fact(...)` in the schema). */
type Fact = { value: unknown; confidence: Confidence };

/** Dotted paths, under `prefix`, to every fact of T (not inside arrays, which have no fixed path). */
type FactPaths<T, Prefix extends string> = T extends Fact
  ? Prefix
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? { [K in keyof T & string]-?: FactPaths<NonNullable<T[K]>, `${Prefix}.${K}`> }[keyof T & string]
      : never;

/**
 * A pack fact a verdict rests on: `portal.<field>` for the page's own portal, else a path
 * from the pack's root (`webmail.url`, `diagnostics.slowLoadMs`…). Only fields that carry a
 * confidence qualify: what a verdict rests on is what it may one day hedge on.
 */
export type PackFact =
  | FactPaths<Portal, 'portal'>
  | { [K in Exclude<keyof Pack, 'portals'> & string]-?: FactPaths<NonNullable<Pack[K]>, K> }[Exclude<keyof Pack, 'portals'> & string];

export interface VerdictContext<K extends string = string> {
  facts: TabFacts;
  pack: Pack;
  lang: Lang;
  t: Translate<K>;
  /** The portal of the page, when there is one (most verdicts about a portal need it). */
  portal: Portal | null;
}

/** How a verdict is told: a headline and a few lines, in the popup and (when `banner` is set) on the page. */
export interface Telling {
  headline: string;
  lines: string[];
}

/**
 * One user situation, declared whole in its own module (`src/verdicts/<id>.ts`): what it is,
 * where it ranks, its strings, the pack facts it rests on, how it is detected and told.
 * Modules are collected by `npm run gen` (src/verdicts/registry.ts); see docs/architecture.md.
 *
 * Precedence: when several verdicts hold for the same facts, the first in the order derived
 * from every verdict's `before`/`after` wins. A test draws random facts and fails when two
 * verdicts that both hold are not ordered by these constraints.
 */
export interface VerdictDef<Id extends string = string, K extends string = string> {
  id: Id;
  /** When it is told, in one English line (the README's verdict table). */
  when: string;
  severity: Severity;
  /**
   * Verdict ids this one outranks; `'*'`: every verdict that does not say `'*'` itself
   * (a failed load outranks whatever the page would have been).
   */
  before?: readonly string[] | '*';
  /** Verdict ids that outrank this one. */
  after?: readonly string[];
  /** Every pack fact its detection or its telling reads (checked by a test that watches the reads). */
  restsOn: readonly PackFact[];
  /** Its own strings (keys `v_<name>_…`); sentences several verdicts say live in describe.ts. */
  messages: Catalog<K>;
  detect: (facts: TabFacts, pack: Pack) => boolean;
  /**
   * Warnings: the site facts the warning asserts for these tab facts (what a site is, holds,
   * which login it takes, its pages), `null` for one the pack does not have (a host no portal
   * describes). All sure (src/model/confidence.ts): told as the warning. Any unsure: told as
   * `hint`. What the browser observed (a failed load) and the product's own thresholds are not
   * site facts: such a warning returns []. A test fails when a warning has no `asserts`.
   */
  asserts?: (facts: TabFacts, pack: Pack) => ReadonlyArray<Provenanced | null>;
  /**
   * How it is told when what it asserts is unsure: no badge, no banner, and words that stay
   * true if those facts turn out false (« votre messagerie est sur … », not « ce site ne la
   * contient pas »).
   */
  hint?: Tell<K>;
  popup: Tell<K>;
  /** Only for situations that warrant interrupting the page: `true` tells on the page what the popup tells. */
  banner?: true | Tell<K>;
}

/** A telling of the situation, with its own strings and the shared ones. */
export type Tell<K extends string> = (ctx: VerdictContext<K | SharedKey>) => Telling;

export const defineVerdict = <const Id extends string, K extends string>(def: VerdictDef<Id, K>): VerdictDef<Id, K> => def;
