/**
 * The extensions the browser benches load besides Aiguilleur's own build:
 *  - the control: an MV3 extension whose content script is empty, on the same matches and host
 *    access as Aiguilleur (the floor any content script pays), in each browser's form;
 *  - an instrumented copy of Aiguilleur's build, for the worker's start-up time (bench/startup.ts).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from '../tests/e2e/harness/paths';
import { bundledPack } from '../src/rules/bundled';
import { contentScriptMatches } from '../src/match/manifest-matches';
import { doorFilters, doorRequestUrls, loginRequestUrls, navigationFilters } from '../src/background/nav-filters';

/** The academy's pages, as the extension's content script reaches them (Chromium's build declares none: its worker injects it). */
export const ACADEMY_MATCHES = contentScriptMatches(bundledPack);

export const CONTROL_GECKO_ID = 'control@aiguilleur.bench';

export function controlExtension(name: BrowserName, build: string, dir: string): string {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'empty.js'), '');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'control',
      version: '1.0',
      host_permissions: manifest.host_permissions,
      content_scripts: [{ matches: ACADEMY_MATCHES, js: ['empty.js'], run_at: 'document_idle' }],
      ...(name === 'firefox' ? { browser_specific_settings: { gecko: { id: CONTROL_GECKO_ID } } } : {}),
    }),
  );
  return dir;
}

export const FLOOR_GECKO_ID = 'floor@aiguilleur.bench';

/**
 * The listening floor: the control plus what Aiguilleur must hear, with nothing done — the build's
 * permissions and a background whose listeners do nothing, on the navigation and request events
 * src/background/listeners*.ts hear during a load, with the same filters (keep the two in step).
 * Aiguilleur against the floor is the cost of its own code; the floor against the control is the
 * platform's price of listening (and of waking a background to listen, when cold).
 */
export function listeningFloorExtension(name: BrowserName, build: string, dir: string): string {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'empty.js'), '');
  const api = name === 'firefox' ? 'browser' : 'chrome';
  writeFileSync(
    join(dir, 'background.js'),
    [
      'const nothing = () => {};',
      `const url = ${JSON.stringify(navigationFilters(bundledPack))};`,
      `const doors = ${JSON.stringify(doorFilters(bundledPack))};`,
      `for (const e of ['onBeforeNavigate', 'onCommitted']) ${api}.webNavigation[e].addListener(nothing, { url: doors });`,
      `${api}.webNavigation.onErrorOccurred.addListener(nothing, { url });`,
      // Firefox hears only the doors' load ends (its pages ask for their script after the load).
      `${api}.webNavigation.onCompleted.addListener(nothing, { url: ${name === 'firefox' ? 'doors' : 'url'} });`,
      // Firefox's build only, today; follows the manifest if that changes.
      ...(manifest.permissions.includes('webRequest')
        ? [
            `${api}.webRequest.onBeforeRedirect.addListener(nothing, { urls: ${JSON.stringify(ACADEMY_MATCHES)}, types: ['main_frame'] });`,
            `${api}.webRequest.onErrorOccurred.addListener(nothing, { urls: ${JSON.stringify(ACADEMY_MATCHES)}, types: ['main_frame'] });`,
            `${api}.webRequest.onBeforeRequest.addListener(nothing, { urls: ${JSON.stringify(loginRequestUrls(bundledPack))}, types: ['main_frame', 'xmlhttprequest'] });`,
          ]
        : []),
      ...(manifest.permissions.includes('webRequestBlocking')
        ? [`${api}.webRequest.onBeforeRequest.addListener(nothing, { urls: ${JSON.stringify(doorRequestUrls(bundledPack))}, types: ['main_frame'] }, ['blocking']);`]
        : []),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'listening floor',
      version: '1.0',
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      background: name === 'firefox' ? { scripts: ['background.js'] } : { service_worker: 'background.js' },
      content_scripts: [{ matches: ACADEMY_MATCHES, js: ['empty.js'], run_at: 'document_idle' }],
      ...(name === 'firefox' ? { browser_specific_settings: { gecko: { id: FLOOR_GECKO_ID } } } : {}),
    }),
  );
  return dir;
}

/** Where the instrumented background leaves its figures (`storage.session`, read from an extension page). */
export const STARTUP_KEY = '__benchStartup';

/**
 * What the instrumented background records, in ms of its own clock (`performance.now()`, 0 at its
 * time origin: the worker's or the event page's start), plus that origin on the wall clock.
 */
export interface StartupRecord {
  timeOrigin: number;
  /** First line of background.js, before the bench's wrapping. */
  scriptStart: number;
  /** After the wrapping, when Aiguilleur's own code begins. */
  codeStart: number;
  /** Aiguilleur's module evaluated: its listeners registered. */
  codeEnd: number;
  /** The first event handed to one of Aiguilleur's listeners: its name, when the listener was called and when it returned (or its promise settled). */
  firstEvent: { name: string; start: number; end: number } | null;
}

/**
 * A copy of `build` whose background.js is wrapped by a few lines that time it: stamps at its
 * first and last line, and `addListener` of the events it uses wrapped so that the first event
 * handed to a listener is timed (start and end). The figures are written to `storage.session`
 * once that first event is handled, after the timing. The build itself is untouched: production
 * pays nothing; the copy pays one wrapper call per event (well under a microsecond).
 */
export function instrumentedBuild(build: string, dir: string): string {
  cpSync(build, dir, { recursive: true });
  const file = join(dir, 'background.js');
  const original = readFileSync(file, 'utf8');
  const head = `(() => {
  const record = { timeOrigin: performance.timeOrigin, scriptStart: performance.now(), codeStart: 0, codeEnd: 0, firstEvent: null };
  globalThis.${STARTUP_KEY} = record;
  const api = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  const save = () => api.storage.session.set({ ${STARTUP_KEY}: record });
  const wrapped = new WeakMap();
  const namespaces = ['runtime', 'webNavigation', 'webRequest', 'tabs', 'storage', 'alarms', 'omnibox', 'action', 'permissions'];
  for (const root of new Set([globalThis.browser, globalThis.chrome].filter(Boolean))) {
    for (const ns of namespaces) {
      const space = root[ns];
      if (!space) continue;
      for (const key of Object.keys(space)) {
        const event = key.startsWith('on') ? space[key] : null;
        if (!event || typeof event.addListener !== 'function') continue;
        const { addListener, removeListener, hasListener } = event;
        const name = ns + '.' + key;
        const wrap = (fn) => {
          if (!wrapped.has(fn))
            wrapped.set(fn, function (...args) {
              if (record.firstEvent) return fn.apply(this, args);
              const first = (record.firstEvent = { name, start: performance.now(), end: 0 });
              const done = () => { first.end = performance.now(); save(); };
              const out = fn.apply(this, args);
              if (out && typeof out.then === 'function') out.then(done, done); else done();
              return out;
            });
          return wrapped.get(fn);
        };
        event.addListener = function (fn, ...rest) { return addListener.call(this, wrap(fn), ...rest); };
        event.removeListener = function (fn, ...rest) { return removeListener.call(this, wrapped.get(fn) ?? fn, ...rest); };
        if (hasListener) event.hasListener = function (fn, ...rest) { return hasListener.call(this, wrapped.get(fn) ?? fn, ...rest); };
      }
    }
  }
  record.codeStart = performance.now();
})();
`;
  const tail = `\nglobalThis.${STARTUP_KEY}.codeEnd = performance.now();\n`;
  writeFileSync(file, head + original + tail);
  return dir;
}
