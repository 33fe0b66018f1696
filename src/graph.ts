/**
 * Directed graphs of named nodes, for the orders the code derives and checks (verdict
 * precedence, folder dependencies). An edge [a, b] means a comes before b.
 */
export type Edge = readonly [from: string, to: string];

const successors = (nodes: readonly string[], edges: readonly Edge[]): Map<string, string[]> => {
  const next = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const [a, b] of edges) next.get(a)?.push(b);
  return next;
};

/** A cycle as the path that closes it (`a → b → a`), or null when there is none. */
export function findCycle(nodes: readonly string[], edges: readonly Edge[]): string[] | null {
  const next = successors(nodes, edges);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    state.set(n, 'open');
    path.push(n);
    for (const m of next.get(n) ?? []) {
      const cycle = visit(m);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of nodes) {
    const cycle = visit(n);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The nodes in an order that respects every edge; among the nodes free to come next, the
 * smallest by `compare` first, so the result is the same on every run. Throws on a cycle.
 */
export function topologicalOrder(nodes: readonly string[], edges: readonly Edge[], compare = (a: string, b: string) => a.localeCompare(b)): string[] {
  const next = successors(nodes, edges);
  const waiting = new Map(nodes.map((n) => [n, 0]));
  for (const [, b] of edges) waiting.set(b, (waiting.get(b) ?? 0) + 1);
  const free = nodes.filter((n) => waiting.get(n) === 0);
  const out: string[] = [];
  while (free.length > 0) {
    free.sort(compare);
    const n = free.shift()!;
    out.push(n);
    for (const m of next.get(n) ?? []) {
      const left = waiting.get(m)! - 1;
      waiting.set(m, left);
      if (left === 0) free.push(m);
    }
  }
  if (out.length < nodes.length) throw new Error(`cycle: ${findCycle(nodes, edges)!.join(' → ')}`);
  return out;
}

/** Whether `a` comes before `b` through a chain of edges. */
export function reaches(nodes: readonly string[], edges: readonly Edge[]): (a: string, b: string) => boolean {
  const next = successors(nodes, edges);
  const below = new Map<string, Set<string>>();
  const of = (n: string): Set<string> => {
    let s = below.get(n);
    if (s) return s;
    below.set(n, (s = new Set()));
    for (const m of next.get(n) ?? []) {
      s.add(m);
      for (const k of of(m)) s.add(k);
    }
    return s;
  };
  return (a, b) => of(a).has(b);
}
