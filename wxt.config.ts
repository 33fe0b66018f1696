import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { zodNoEval } from './build/zod-no-eval';
import { DOOR_HOLD_FILE, doorHoldScript } from './build/door-hold';
import { PAGE_SCRIPT_ASK, PAGE_SCRIPT_ASK_FILE } from './build/page-script-ask';
import { doorRequestUrls } from './src/background/nav-filters';
import { preactNoInnerHtml } from './build/preact-no-inner-html';
import { stripSchemaDocs } from './build/strip-schema-docs';
import { BUNDLED_PACK_JSON, selectPack } from './build/selected-pack';
import { packLocaleFiles, packManagedSchemaText } from './build/pack-outputs';

// The académie this build is for: AIGUILLEUR_PACK, else rules/lyon.json (build/selected-pack.ts).
// An invalid pack must never reach a build: selectPack fails, naming each faulty field. Here (and
// only here, not in the worker) the public-suffix list is carried: the worker then holds remote
// layers to this pack (src/rules/hosts.ts).
const selected = selectPack();
// The worker ships the pack already parsed (src/rules/bundled.ts). The committed parse is the default
// pack's, which the unit tests read: it must be current. Another académie's parse is handed to the
// bundles in its place (selectedPackParse), so its build leaves src/ as it is.
if (selected.isDefault && readFileSync(BUNDLED_PACK_JSON, 'utf8') !== selected.parsedText) {
  throw new Error(`src/rules/bundled-pack.json is not ${selected.label} as the schema parses it: run npm run gen`);
}
const academyMatches = selected.matches;

/** Firefox's id for this build: the pack's (`aiguilleur@ac-lyon.extension` for Lyon, as it always was). */
export const GECKO_ID = selected.identity.geckoId;

/** Every import of src/rules/bundled-pack.json reads the selected pack's parse. */
function selectedPackParse(): Plugin {
  return {
    name: 'aiguilleur:selected-pack',
    enforce: 'pre',
    load: (id) => (id.split('?')[0] === BUNDLED_PACK_JSON ? selected.parsedText : null),
  };
}

/** The locales (name, description) and the managed-storage schema's examples, from the selected pack. */
const generated = new Map<string, string>([
  ...packLocaleFiles(selected.pack).map(({ dest, text }): [string, string] => [dest, text]),
  ['managed-schema.json', packManagedSchemaText(selected.pack)],
]);

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  outDir: selected.outDir,
  // Store archives named for the académie when it is not the default one.
  ...(selected.isDefault ? {} : { zip: { artifactTemplate: `{{name}}-${selected.pack.academy.id}-{{version}}-{{browser}}.zip`, sourcesTemplate: `{{name}}-${selected.pack.academy.id}-{{version}}-sources.zip` } }),
  vite: () => ({
    plugins: [selectedPackParse(), zodNoEval(), preactNoInnerHtml(), stripSchemaDocs()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
  hooks: {
    // The content script's targets (and so, since the worker injects it, host permissions)
    // are the selected pack's domains: set before WXT writes them into the manifest.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entry of entrypoints) if (entry.type === 'content-script') entry.options.matches = academyMatches;
    },
    // public/ holds the default pack's locales and managed schema: the selected pack's replace them.
    'build:publicAssets': (wxt, files) => {
      files.forEach((file, i) => {
        const contents = generated.get(file.relativeDest);
        if (contents !== undefined) files[i] = { relativeDest: file.relativeDest, contents };
      });
      if (wxt.config.browser === 'firefox') {
        files.push({ relativeDest: PAGE_SCRIPT_ASK_FILE, contents: PAGE_SCRIPT_ASK });
        files.push({ relativeDest: DOOR_HOLD_FILE, contents: doorHoldScript(doorRequestUrls(selected.pack)) });
      }
    },
    // Content scripts run on the academy's domains only, as derived from the pack. Neither build
    // declares the content script: a declared script, however small, runs inside the page's load,
    // so the worker injects it once the page has loaded (src/background/page-script.ts). Firefox
    // declares a few bytes that ask for it after the load, or early on a page still loading
    // (build/page-script-ask.ts): there the load's end must not wake the event page.
    'build:manifestGenerated': (wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = academyMatches;
      if (wxt.config.browser === 'firefox') {
        manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: academyMatches, js: [PAGE_SCRIPT_ASK_FILE], run_at: 'document_idle' }];
        // The doors' requests are held by a first script of a few bytes, not by the bundle (build/door-hold.ts).
        const background = manifest.background as { scripts?: string[] } | undefined;
        if (background?.scripts) background.scripts = [DOOR_HOLD_FILE, ...background.scripts];
      }
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
    // `webRequestBlocking` (Firefox, no install prompt): the only listener Firefox holds for the
    // event page while it starts with the browser, so a first page set to the webmail is timed.
    // `scripting` puts the content script into academy pages after their load (no install prompt).
    permissions: ['storage', 'webNavigation', 'scripting', ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : []), 'alarms'],
    host_permissions: academyMatches,
    // Firefox puts a new button in its Extensions menu unless told otherwise: in the toolbar, where
    // people look when a login shows no mail (Chrome has no such key: the first-run page says how to pin it).
    action: { default_title: '__MSG_actionTitle__', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    omnibox: { keyword: selected.identity.omniboxKeyword },
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
          // Self-hosting: the key fixes the extension's Chrome id (a store gives one otherwise).
          ...(selected.identity.chromeKey ? { key: selected.identity.chromeKey } : {}),
          minimum_chrome_version: '116',
          // Chrome checks managed values against this schema (a strict subset of JSON Schema); Firefox ignores it.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
