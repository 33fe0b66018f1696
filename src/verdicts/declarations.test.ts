/**
 * What the verdicts declare is checked against what they do, on random tabs: the precedence
 * constraints order every two verdicts that can hold together (so the derived order never
 * rests on its id tie-break), some verdict always holds, and `restsOn` lists exactly the
 * pack facts a verdict's detection and telling read.
 */
import fc from 'fast-check';
import { isConfirmed } from '../model/confidence';
import { describe, expect, it } from 'vitest';
import { catalogTranslator as translator } from '../catalog';
import { findCycle } from '../graph';
import type { TabFacts } from '../model/facts';
import { bundledPack as pack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import { tell, VERDICTS, type Verdict } from '.';
import { outranks, precedenceEdges } from './order';
import { tabFacts } from './testing';

const holding = (facts: TabFacts, p: Pack = pack): Verdict[] => VERDICTS.filter((v) => v.detect(facts, p));

describe('verdict precedence', () => {
  it('the before/after constraints have no cycle', () => {
    expect(findCycle(VERDICTS.map((v) => v.id), precedenceEdges(VERDICTS))).toBeNull();
  });

  it('orders every two verdicts that hold for the same tab', () => {
    const above = outranks(VERDICTS);
    fc.assert(
      fc.property(tabFacts(pack), (facts) => {
        const ids = holding(facts).map((v) => v.id);
        for (const a of ids) for (const b of ids) if (a !== b && !above(a, b) && !above(b, a)) throw new Error(`${a} and ${b} both hold and neither declares the other`);
      }),
      { numRuns: 3000 },
    );
  });

  it('some verdict holds for any tab', () => {
    fc.assert(fc.property(tabFacts(pack), (facts) => holding(facts).length > 0), { numRuns: 1000 });
  });
});

// ---------------------------------------------------------------- restsOn

/** The pack, watched: every read of a fact's value or confidence records the fact's path (`portal.<field>` for any portal). */
function watchedPack(reads: Set<string>): Pack {
  const seen = new WeakMap<object, object>();
  const isFact = (o: object) => 'value' in o && 'confidence' in o;
  const watch = <T extends object>(target: T, path: string): T => {
    const known = seen.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get(obj, key, receiver) {
        const v: unknown = Reflect.get(obj, key, receiver);
        if (typeof key !== 'string') return v;
        if (isFact(obj) && (key === 'value' || key === 'confidence')) reads.add(path);
        if (!v || typeof v !== 'object') return v;
        const child = path === 'portals' ? 'portal' : Array.isArray(obj) ? path : path ? `${path}.${key}` : key;
        return watch(v, child);
      },
    });
    seen.set(target, proxy);
    return proxy;
  };
  return watch(pack, '');
}

describe('restsOn', () => {
  const runs = fc.sample(tabFacts(pack), { numRuns: 3000, seed: 15 });

  it.each(VERDICTS.map((v) => [v.id, v] as const))('%s declares exactly the pack facts it reads', (_id, verdict) => {
    const readAtAll = new Set<string>();
    for (const lang of ['fr', 'en'] as const) {
      for (const drawn of runs) {
        const reads = new Set<string>();
        const p = watchedPack(reads);
        const portal = drawn.classification.portal && p.portals.find((x) => x.id === drawn.classification.portal!.id)!;
        const facts = { ...drawn, classification: { ...drawn.classification, portal } };
        if (verdict.detect(facts, p)) {
          for (const f of verdict.asserts?.(facts, p) ?? []) if (f) isConfirmed(f);
          // Both forms: the warning, and the hint told when what it asserts is unsure.
          for (const sure of [true, false]) {
            const judged = { verdict, sure, severity: verdict.severity };
            tell(judged, 'popup', facts, p, lang, translator(lang));
            tell(judged, 'banner', facts, p, lang, translator(lang));
          }
        }
        for (const r of reads) {
          expect(verdict.restsOn, `${verdict.id} reads ${r}`).toContain(r);
          readAtAll.add(r);
        }
      }
    }
    expect([...readAtAll].sort()).toEqual([...verdict.restsOn].sort());
  });
});
