/**
 * The order in which the setups load, round after round. A browser's load leaves work behind it
 * (its own after-load tasks) that slows the next load of another browser on the same machine, and
 * how much depends on which browser loaded just before: in Firefox, up to a fifth of a load
 * (measured: the same setup 25 ms after itself, 31 ms after another). An order that is the same
 * every round, or reversed every other round, gives some setups the quiet places more often than
 * others: a bias larger than the 5 % target. So the rounds follow a balanced Latin square (Williams
 * design): over one cycle of rounds, every setup loads once at each place in the round and right
 * after each other setup equally often, and none loads twice in a row inside a round.
 */

/**
 * The rounds of one cycle for `n` setups, each a permutation of 0…n-1: n rounds when n is even,
 * 2n when it is odd (the square and its mirror), as Williams' construction needs.
 */
export function balancedRounds(n: number): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`balancedRounds: expected a whole number ≥ 1, got ${n}`);
  // First round 0, 1, n-1, 2, n-2, …; each next round adds 1 (mod n).
  const first = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : i % 2 ? (i + 1) / 2 : n - i / 2));
  const square = Array.from({ length: n }, (_, r) => first.map((x) => (x + r) % n));
  return n % 2 ? [...square, ...square.map((row) => [...row].reverse())] : square;
}
