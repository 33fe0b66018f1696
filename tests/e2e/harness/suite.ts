/**
 * The set-up every spec repeats, owned once: is this browser and its build here, start the
 * fixture academy (in a world), launch the browser with the extension, close both.
 * Locally a missing browser or build skips the block (with a note); in CI it fails in beforeAll.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Academy, World } from '../../fixtures/academy/server';
import { launch, type ExtensionBrowser, type LaunchOptions } from './browsers';
import { BUILDS, IN_CI, browserExists, buildExists, type BrowserName } from './paths';
import { restartIn, startWorld } from './worlds';

export interface SuiteOptions extends Omit<LaunchOptions, 'extensionDir' | 'port'> {
  /** The world the academy serves at start (default 'today'). */
  world?: World;
  /** false: no browser is launched here, the spec launches its own (policy: one per test, after writing the policy). */
  launch?: boolean;
  /** A further reason the block cannot run on this machine (policy: not root), or null; same rule as a missing browser. */
  alsoMissing?: string | null;
  /** Another unpacked build than the one under test (`BUILDS[name]`): another académie's (other-academy.e2e.ts). */
  build?: string;
}

/** What the block's tests use: set in beforeAll, so read through these getters inside hooks and tests. */
export interface Suite {
  readonly name: BrowserName;
  /** The fixture academy. */
  readonly academy: Academy;
  /** The browser with the extension (throws with `launch: false` or before beforeAll). */
  readonly b: ExtensionBrowser;
  /** Whether the browser is up: for a failure hook, which may run after a failed launch. */
  readonly launched: boolean;
  /** `Date.now()` just before the launch began. */
  readonly launchedAt: number;
  /** Closes the academy and serves `world` on its port (the browser keeps its port). */
  restartIn(world: World): Promise<Academy>;
}

/** Why `name` cannot run here (no executable, no build: `BUILDS[name]` or `build`), or null. */
export function missingFor(name: BrowserName, build?: string): string | null {
  if (!browserExists(name)) return `no ${name} executable`;
  if (!buildExists(name, build)) return `no build in ${build ?? BUILDS[name]} (npm run build)`;
  return null;
}

/** `describe(title)` with one academy and one browser for `name` around `body`'s tests. */
export function extensionSuite(name: BrowserName, title: string, options: SuiteOptions, body: (suite: Suite) => void): void {
  const { world, launch: launches = true, alsoMissing = null, build = BUILDS[name], ...launchOptions } = options;
  const missing = missingFor(name, build) ?? alsoMissing;
  const skip = !!missing && !IN_CI;
  if (skip) console.warn(`[e2e] skipping ${name} (${title}): ${missing}`);

  let academy: Academy | undefined;
  let browser: ExtensionBrowser | undefined;
  let launchedAt = 0;
  const suite: Suite = {
    name,
    get academy() {
      if (!academy) throw new Error(`[e2e] ${name}: the academy is not started (read it in a hook or a test)`);
      return academy;
    },
    get b() {
      if (!browser) throw new Error(`[e2e] ${name}: no browser ${launches ? 'yet (read it in a hook or a test)' : '(launch: false)'}`);
      return browser;
    },
    get launched() {
      return !!browser;
    },
    get launchedAt() {
      return launchedAt;
    },
    async restartIn(next: World) {
      academy = await restartIn(suite.academy, next);
      return academy;
    },
  };

  describe.skipIf(skip)(title, () => {
    beforeAll(async () => {
      if (missing) throw new Error(`[e2e] ${name} cannot run: ${missing}`);
      academy = await startWorld(world ?? 'today');
      if (!launches) return;
      launchedAt = Date.now();
      browser = await launch(name, { ...launchOptions, extensionDir: build, port: academy.port });
    });
    afterAll(async () => {
      await browser?.close();
      await academy?.close();
    });
    body(suite);
  });
}
