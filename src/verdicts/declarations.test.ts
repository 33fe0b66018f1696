/**
 * What the verdicts declare is checked against what they do, on random tabs: the precedence
 * constraints order every two verdicts that can hold together (so the derived order never
 * rests on its id tie-break), some verdict always holds, and `restsOn` lists exactly the
 * pack facts a verdict's detection and telling read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../catalog';
import { findCycle } from '../graph';
import type { PageRole } from '../match/types';
import { FAILURE_KINDS, type TabFacts } from '../model/facts';
import { bundledPack as pack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import { tell, VERDICTS, type Verdict } from '.';
import { outranks, precedenceEdges } from './order';

const ROLES: readonly PageRole[] = ['login', 'inbox', 'other'];
const HOSTS = ['webmail.ac-lyon.fr', 'drane.ac-lyon.fr', 'inconnu.ac-lyon.fr', 'example.org'];

/** Any tab, for a given pack: each fact drawn independently, so combinations the browser rarely makes are drawn too. */
const tabFacts = (p: Pack): fc.Arbitrary<TabFacts> =>
  fc.record(
    {
      url: fc.constantFrom(...HOSTS.map((h) => `https://${h}/`)),
      classification: fc.record({
        academy: fc.boolean(),
        host: fc.option(fc.constantFrom(...HOSTS)),
        portal: fc.option(fc.constantFrom(...p.portals)),
        role: fc.constantFrom(...ROLES),
      }),
      signals: fc.record({ passwordField: fc.boolean(), inboxMarkers: fc.boolean() }),
      journey: fc.record({
        path: fc.array(fc.constantFrom(...HOSTS), { minLength: 1, maxLength: 4 }),
        loginHost: fc.constantFrom(...HOSTS),
        landingHost: fc.constantFrom(...HOSTS),
        startedAt: fc.nat(),
        landedAt: fc.nat(),
      }),
      failure: fc.record({
        kind: fc.constantFrom(...FAILURE_KINDS),
        code: fc.constantFrom('', 'ERR_CERT_DATE_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER', 'ERR_CONNECTION_RESET', 'ERR_NAME_NOT_RESOLVED'),
        host: fc.constantFrom(...HOSTS),
        at: fc.nat(),
      }),
    },
    { requiredKeys: ['url', 'classification', 'signals'] },
  );

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
          tell(verdict, 'popup', facts, p, lang, translator(lang));
          tell(verdict, 'banner', facts, p, lang, translator(lang));
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
