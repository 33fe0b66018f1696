import type { Lang } from '../i18n/lang';
import type { Translate } from '../catalog';
import type { Severity, TabFacts } from '../model/facts';
import type { Pack, Portal } from '../rules/schema';

export interface VerdictContext {
  facts: TabFacts;
  pack: Pack;
  lang: Lang;
  t: Translate;
  /** The portal of the page, when there is one (most verdicts about a portal need it). */
  portal: Portal | null;
}

/** How a verdict is told: a headline and a few lines, in the popup and (when `banner` is set) on the page. */
export interface Telling {
  headline: string;
  lines: string[];
}

/**
 * One user situation. How it is detected and how it is told live together:
 * adding a situation is one module like this plus its strings.
 */
export interface VerdictDef<Id extends string = string> {
  id: Id;
  severity: Severity;
  detect(facts: TabFacts, pack: Pack): boolean;
  popup(ctx: VerdictContext): Telling;
  /** Present only for situations that warrant interrupting the page. */
  banner?(ctx: VerdictContext): Telling;
}

export const defineVerdict = <Id extends string>(def: VerdictDef<Id>): VerdictDef<Id> => def;
