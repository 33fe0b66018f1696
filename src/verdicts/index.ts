/**
 * The verdicts, in precedence order: the first whose detect() holds is the tab's verdict.
 * Which modules are verdicts is registry.ts's (generated); their order is derived from their
 * own `before`/`after` (order.ts).
 */
import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';
import { isConfirmed } from '../model/confidence';
import type { Severity, TabFacts } from '../model/facts';
import type { Pack } from '../rules/schema';
import { messages as shared, type SharedKey } from './describe';
import { inPrecedence } from './order';
import { REGISTERED } from './registry';
import type { Telling, VerdictDef } from './types';

type Registered = (typeof REGISTERED)[number];
export type VerdictId = Registered['id'];
export type Verdict = VerdictDef<VerdictId>;

type OwnKeys<V> = V extends VerdictDef<string, infer K> ? K : never;
/** Every key a verdict may look up: its own, the shared ones (describe.ts) and « à confirmer ». */
export type VerdictKey = OwnKeys<Registered> | SharedKey;

/** The verdicts' strings, for the catalog: the shared sentences, then each verdict's own. */
export const VERDICT_STRINGS = [shared, ...REGISTERED.map((v) => v.messages)] as const;

export const VERDICTS: readonly Verdict[] = inPrecedence<Verdict>(REGISTERED);

export function resolveVerdict(facts: TabFacts, pack: Pack): Verdict {
  for (const v of VERDICTS) if (v.detect(facts, pack)) return v;
  // Unreachable: for any facts one of not-academy, academy-unknown or portal holds (declarations.test.ts).
  return VERDICTS[VERDICTS.length - 1]!;
}

/**
 * The tab's verdict and how sure it is. The rule, written once: a warning is told as a warning
 * only when every site fact it asserts is sure; otherwise it is told as its hint, with the
 * severity of information (no badge, no banner).
 */
export interface Judgement {
  verdict: Verdict;
  /** Every site fact the verdict asserts is sure (always true for a verdict that asserts none). */
  sure: boolean;
  severity: Severity;
}

export function judge(facts: TabFacts, pack: Pack): Judgement {
  return judgeVerdict(resolveVerdict(facts, pack), facts, pack);
}

/** How sure a verdict that holds for these facts is (the one `judge` resolves, or the one told after a silenced warning). */
export function judgeVerdict(verdict: Verdict, facts: TabFacts, pack: Pack): Judgement {
  const sure = (verdict.asserts?.(facts, pack) ?? []).every((f) => f !== null && isConfirmed(f));
  return { verdict, sure, severity: sure || verdict.severity !== 'warning' ? verdict.severity : 'info' };
}

/** The verdict told in the popup, or on the page (null when it is not told there). */
export function tell(j: Judgement, where: 'popup', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling;
export function tell(j: Judgement, where: 'banner', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling | null;
export function tell({ verdict, sure }: Judgement, where: 'popup' | 'banner', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling | null {
  // An unsure warning is not worth interrupting the page: its hint is told in the popup only.
  const hinted = !sure && verdict.hint;
  const how = hinted ? (where === 'banner' ? undefined : verdict.hint) : where === 'banner' && verdict.banner !== true ? verdict.banner : verdict.popup;
  if (!how) return null;
  // Each verdict's type lets it look up only its own and the shared keys, all of them in VerdictKey.
  return how({ facts, pack, lang, t: t as Translate<string>, portal: facts.classification.portal });
}
