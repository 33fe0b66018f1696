/** Order statistics of timed samples: what every browser bench reports. */
import { prng } from '../src/match/synthetic';

export const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return Number.NaN;
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
};
export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Median and quartiles of a sample, rounded to 0.1 ms, with its size. */
export interface Spread {
  n: number;
  median: number;
  p25: number;
  p75: number;
}

/** Rounded to 0.1 (ms): as every bench figure is given. */
export const tenth = (x: number) => Math.round(x * 10) / 10;

export function spread(xs: number[]): Spread {
  return { n: xs.length, median: tenth(median(xs)), p25: tenth(quantile(xs, 0.25)), p75: tenth(quantile(xs, 0.75)) };
}

/** `42.1 ms [38–47]` */
export const formatSpread = (s: Spread, unit = 'ms'): string => `${s.median.toFixed(1)} ${unit} [${s.p25.toFixed(1)}–${s.p75.toFixed(1)}]`;

/**
 * A 95 % interval of the ratio of two medians (`of` / `to`), by resampling each sample with
 * replacement (bootstrap), seeded so that a run's JSON can be recomputed. It says what a run can
 * tell apart: a ratio whose interval straddles its target is not settled by that run, either way.
 */
export function ratioInterval(of: number[], to: number[], resamples = 2000, seed = 19): { low: number; high: number } {
  if (of.length === 0 || to.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = prng(seed);
  const resample = (xs: number[]) => Array.from({ length: xs.length }, () => xs[Math.floor(random() * xs.length)]!);
  const ratios = Array.from({ length: resamples }, () => median(resample(of)) / median(resample(to)));
  return { low: quantile(ratios, 0.025), high: quantile(ratios, 0.975) };
}
