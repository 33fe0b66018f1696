/**
 * The first-run page (`first-run.html`), opened once when Aiguilleur is installed (never at an
 * update), unless the institution switched it off (`disabledFeatures: ["first-run"]`).
 *
 * A force-installed extension is installed as the browser starts, and the browser hands the
 * managed values over seconds later: an empty answer then does not yet mean "no policy". So the
 * decision waits for the policy: it reads it again every POLL_MS until it holds values, or until
 * WAIT_MS have passed (then there is none), and decides once. The page's own code is in its
 * chunk; this is all the background carries of it.
 */
import { isPlainObject, validateManaged } from '../policy/managed-schema';
import type { Clock } from './platform';

export const FIRST_RUN_WAIT_MS = 5_000;
export const FIRST_RUN_POLL_MS = 500;

export interface FirstRunDeps {
  /** `storage.managed.get()`; may reject (Firefox without a policy): no values yet. */
  readManaged(): Promise<unknown>;
  clock: Pick<Clock, 'now' | 'setTimeout'>;
  /** Opens the first-run page in a tab of its own. */
  open(): Promise<unknown>;
}

export type FirstRunOutcome = 'opened' | 'disabled';

/** Whatever the managed storage holds now; null while it holds nothing. */
async function managedValues(read: () => Promise<unknown>): Promise<Record<string, unknown> | null> {
  try {
    const raw = await read();
    return isPlainObject(raw) && Object.keys(raw).length > 0 ? raw : null;
  } catch {
    return null;
  }
}

export function firstRun(deps: FirstRunDeps) {
  let deciding: Promise<FirstRunOutcome> | undefined;
  const wait = (ms: number) => new Promise<void>((done) => void deps.clock.setTimeout(done, ms));

  async function decide(): Promise<FirstRunOutcome> {
    const start = deps.clock.now();
    let raw = await managedValues(deps.readManaged);
    while (!raw && deps.clock.now() - start < FIRST_RUN_WAIT_MS) {
      await wait(FIRST_RUN_POLL_MS);
      raw = await managedValues(deps.readManaged);
    }
    // Checked as every managed value is: a malformed `disabledFeatures` is ignored as a whole.
    if (validateManaged(raw).values.disabledFeatures?.includes('first-run')) return 'disabled';
    await deps.open();
    return 'opened';
  }

  return {
    /** `runtime.onInstalled`'s reason: only 'install' opens the page, once per worker life. */
    installed(reason: string): Promise<FirstRunOutcome> | undefined {
      if (reason !== 'install') return undefined;
      return (deciding ??= decide());
    },
  };
}
