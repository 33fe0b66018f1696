/**
 * The verdicts' precedence, derived from what each declares (`before`, `after`) rather than
 * kept by hand: a topological order, ties broken by id so it is the same on every build.
 * Ties only ever fall between verdicts that never hold together (declarations.test.ts).
 */
import { reaches, topologicalOrder, type Edge } from '../graph';

export interface Ranked {
  id: string;
  before?: readonly string[] | '*';
  after?: readonly string[];
}

/** `[higher, lower]` for every constraint; throws on a duplicate or unknown id. */
export function precedenceEdges(defs: readonly Ranked[]): Edge[] {
  const ids = new Set<string>();
  for (const d of defs) {
    if (ids.has(d.id)) throw new Error(`verdict "${d.id}" is declared twice`);
    ids.add(d.id);
  }
  const known = (from: string, id: string): string => {
    if (!ids.has(id)) throw new Error(`verdict "${from}": unknown verdict "${id}" in before/after`);
    return id;
  };
  const edges: Edge[] = [];
  for (const d of defs) {
    const lower = d.before === '*' ? defs.filter((o) => o.before !== '*').map((o) => o.id) : (d.before ?? []);
    for (const b of lower) edges.push([d.id, known(d.id, b)]);
    for (const a of d.after ?? []) edges.push([known(d.id, a), d.id]);
  }
  return edges;
}

/** The verdicts, highest precedence first; throws, naming the cycle, when constraints contradict. */
export function inPrecedence<V extends Ranked>(defs: readonly V[]): V[] {
  const byId = new Map(defs.map((d) => [d.id, d]));
  return topologicalOrder([...byId.keys()], precedenceEdges(defs)).map((id) => byId.get(id)!);
}

/** Whether verdict `a` outranks `b` by the constraints (directly or through others). */
export const outranks = (defs: readonly Ranked[]): ((a: string, b: string) => boolean) =>
  reaches(defs.map((d) => d.id), precedenceEdges(defs));
