/**
 * Command-line options of `npm run bench` (and of each browser bench run alone):
 *   --loads N        loads per setup and page (default 25, as issue 19 asks; --quick: 3)
 *   --sessions N     browsers launched with fresh profiles N times, samples pooled (default 3; --quick: 1):
 *                    one instance can run a few percent faster or slower than another for its whole
 *                    life, a bias as large as the 5 % target that only more instances average out
 *   --quiet-ms N     pause before each load (default 250)
 *   --browsers a,b   chromium, firefox (default both)
 *   --modes a,b      warm, cold (default both)
 *   --only a,b       benches to run (matcher, journey, page-load, startup; default all)
 *   --pages a,b      the page-load bench's pages (academy, webmail, non-academy; default all): one
 *                    page alone gets its many loads in the time the three take for a few
 *   --floor          also the listening floor, warm and cold (bench/extensions.ts): where the cost sits
 *   --quick          a dev run: 3 loads, 100 ms pauses; its figures are not the project's
 */
import type { BrowserName } from '../tests/e2e/harness/paths';

export type Mode = 'warm' | 'cold';
/** The page-load bench's pages (bench/page-load.ts says what each one is). */
export const PAGE_NAMES = ['academy', 'webmail', 'non-academy'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface BenchOptions {
  loads: number;
  sessions: number;
  quietMs: number;
  browsers: BrowserName[];
  modes: Mode[];
  only: string[] | null;
  pages: PageName[];
  floor: boolean;
  quick: boolean;
}

function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] {
  const items = (value ?? '').split(',').filter(Boolean);
  const wrong = items.filter((i) => !allowed.includes(i as T));
  if (items.length === 0 || wrong.length) throw new Error(`${flag}: expected a comma-separated list of ${allowed.join(', ')}, got "${value ?? ''}"`);
  return items as T[];
}

function count(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: expected a whole number ≥ ${min}, got "${value ?? ''}"`);
  return n;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    loads: quick ? 3 : 25,
    sessions: quick ? 1 : 3,
    quietMs: quick ? 100 : 250,
    browsers: ['chromium', 'firefox'],
    modes: ['warm', 'cold'],
    only: null,
    pages: [...PAGE_NAMES],
    floor: false,
    quick,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--quick':
        break;
      case '--floor':
        options.floor = true;
        break;
      case '--loads':
        options.loads = count(flag, value(), 1);
        break;
      case '--sessions':
        options.sessions = count(flag, value(), 1);
        break;
      case '--quiet-ms':
        options.quietMs = count(flag, value(), 0);
        break;
      case '--browsers':
        options.browsers = listOf(flag, value(), ['chromium', 'firefox'] as const);
        break;
      case '--modes':
        options.modes = listOf(flag, value(), ['warm', 'cold'] as const);
        break;
      case '--only':
        options.only = listOf(flag, value(), ['matcher', 'journey', 'page-load', 'startup'] as const);
        break;
      case '--pages':
        options.pages = listOf(flag, value(), PAGE_NAMES);
        break;
      default:
        throw new Error(`unknown option ${flag} (see bench/options.ts)`);
    }
  }
  return options;
}
