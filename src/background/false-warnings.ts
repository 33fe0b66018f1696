/**
 * Where « Cet avertissement est faux » takes effect: the tab's verdict is resolved as if a
 * warning the user marked wrong on this site did not hold there, so the banner, the badge and
 * the popup all follow from one decision (views.ts and badge.ts call this, nothing else does).
 */
import { silencing, type FalseWarning } from '../diagnostics/false-warnings';
import type { TabFacts } from '../model/facts';
import type { Pack } from '../rules/schema';
import { resolveVerdict, VERDICTS, type Verdict, type VerdictId } from '../verdicts';

/**
 * A warning the user may mark wrong: one told on the page, which rests on what the pack says
 * about the site (what it holds, which login it takes, its pages). A failure the browser itself
 * observed (a certificate, the network) is told in the popup only and is not the pack's to be
 * wrong about: silencing it for good would hide the next real one.
 */
export const markable = (v: Verdict): boolean => v.severity === 'warning' && v.banner !== undefined;

const MARKABLE = new Set<string>(VERDICTS.filter(markable).map((v) => v.id));
export const isMarkable = (id: string): id is VerdictId => MARKABLE.has(id);

export interface Heard {
  verdict: Verdict;
  /** The warning the user marked wrong here, which would otherwise be the verdict. */
  silenced?: FalseWarning;
}

/** The tab's verdict, skipping the warnings the user marked wrong on this host. */
export function resolveHeard(facts: TabFacts, pack: Pack, wrong: readonly FalseWarning[]): Heard {
  const first = resolveVerdict(facts, pack);
  const host = facts.classification.host;
  const silencedHere = (v: Verdict) => (markable(v) ? silencing(wrong, host, v.id) : undefined);
  const silenced = silencedHere(first);
  if (!silenced) return { verdict: first };
  // VERDICTS is the precedence order resolveVerdict follows: the next one that holds is what
  // the tab would be told without that warning (another warning, not silenced, still counts).
  const next = VERDICTS.slice(VERDICTS.indexOf(first) + 1).find((v) => v.detect(facts, pack) && !silencedHere(v));
  return { verdict: next ?? VERDICTS[VERDICTS.length - 1]!, silenced };
}
