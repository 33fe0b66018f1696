import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { zodNoEval } from './build/zod-no-eval';
import { preactNoInnerHtml } from './build/preact-no-inner-html';
import { stripSchemaDocs } from './build/strip-schema-docs';
import { contentScriptMatches } from './src/match/manifest-matches';
import { checkPackBytes, describeErrors } from './src/rules/validate';
import { LISTED } from './src/rules/public-suffix';

// An invalid pack must never reach a build: fail here, naming each faulty field. Here (and only
// here, not in the worker) the public-suffix list is carried: the worker then holds remote layers
// to this pack (src/rules/hosts.ts).
const checked = checkPackBytes(readFileSync('rules/lyon.json'), LISTED);
if (!checked.ok) throw new Error(`rules/lyon.json is invalid:\n${describeErrors(checked.errors)}`);
// The worker ships the pack already parsed (src/rules/bundled.ts): it must be this pack, as parsed now.
if (readFileSync('src/rules/bundled-pack.json', 'utf8') !== `${JSON.stringify(checked.value, null, 1)}\n`) {
  throw new Error('src/rules/bundled-pack.json is not rules/lyon.json as the schema parses it: run npm run gen');
}
const academyMatches = contentScriptMatches(checked.value);

export const GECKO_ID = 'aiguilleur@ac-lyon.extension';

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  vite: () => ({
    plugins: [zodNoEval(), preactNoInnerHtml(), stripSchemaDocs()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
  hooks: {
    // Content scripts run on the academy's domains only, as derived from the pack. Neither build
    // declares one: a declared script, however small, runs inside the page's load, so the worker
    // injects the content script once the page has loaded (src/background/page-script.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = academyMatches;
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // `webRequest` in Firefox only: in Chromium the permission alone routes every request of every
    // site through the browser process (measured: +3 to 4 ms per page load, example.org included),
    // and webNavigation gives Chromium what journeys and diagnostics need (docs/permissions.md).
    // `scripting` puts the content script into academy pages after their load (no install prompt).
    permissions: ['storage', 'webNavigation', 'scripting', ...(browser === 'firefox' ? ['webRequest'] : []), 'alarms'],
    host_permissions: academyMatches,
    // Firefox puts a new button in its Extensions menu unless told otherwise: in the toolbar, where
    // people look when a login shows no mail (Chrome has no such key: the first-run page says how to pin it).
    action: { default_title: '__MSG_actionTitle__', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    omnibox: { keyword: 'ac' },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 96: 'icons/96.png', 128: 'icons/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: '116',
          // Chrome checks managed values against this schema (a strict subset of JSON Schema); Firefox ignores it.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
