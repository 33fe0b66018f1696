/**
 * The verdicts, in precedence order: the first whose detect() holds is the tab's verdict.
 * Which modules are verdicts is registry.ts's (generated); their order is derived from their
 * own `before`/`after` (order.ts).
 */
import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';
import type { TabFacts } from '../model/facts';
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

/** The verdict told in the popup, or on the page (null when it is not told there). */
export function tell(verdict: Verdict, where: 'popup', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling;
export function tell(verdict: Verdict, where: 'banner', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling | null;
export function tell(verdict: Verdict, where: 'popup' | 'banner', facts: TabFacts, pack: Pack, lang: Lang, t: Translate<VerdictKey>): Telling | null {
  const how = where === 'banner' && verdict.banner !== true ? verdict.banner : verdict.popup;
  if (!how) return null;
  // Each verdict's type lets it look up only its own and the shared keys, all of them in VerdictKey.
  return how({ facts, pack, lang, t: t as Translate<string>, portal: facts.classification.portal });
}
