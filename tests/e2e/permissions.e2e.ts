/**
 * The install prompt, word for word, as each browser words it for the build's manifest, equals the
 * one docs/permissions.md gives ("The install prompt, word for word"), in French and in English:
 *  - Chrome: `chrome.management.getPermissionWarningsByManifest(manifest)` (needs no permission),
 *    called from an extension page of the built extension, on the build's own manifest.json;
 *  - Firefox: `ExtensionData.formatPermissionStrings`, the function Firefox's install prompt calls
 *    (browser/modules/ExtensionsUI.sys.mjs, with `fullDomainsList: true`), on the installed add-on's
 *    `installPermissions`, as for a signed add-on from the store, evaluated in the browser's
 *    privileged scope. Its strings are the .ftl files of firefox-esr and of its French language pack.
 * A new permission or host in the manifest changes the prompt: this test then fails until the doc
 * says it, and the doc must also say what the new line buys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, BUILDS, IN_CI, ROOT, browserExists, buildExists, inFirefoxChrome, launch, type BrowserName } from './harness';

const DOC = join(ROOT, 'docs/permissions.md');
const LABEL = { chromium: 'Chrome', firefox: 'Firefox' } as const;
const LANGUAGE = { fr: 'French', en: 'English' } as const;

/** The lines of the ```text block under the heading `### <browser>, <language>` of docs/permissions.md. */
function promptInDoc(name: BrowserName, lang: 'fr' | 'en'): string[] {
  const heading = `### ${LABEL[name]}, ${LANGUAGE[lang]}`;
  const doc = readFileSync(DOC, 'utf8');
  const at = doc.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`docs/permissions.md has no heading "${heading}"`);
  const block = /```text\n([\s\S]*?)\n```/.exec(doc.slice(at));
  if (!block) throw new Error(`docs/permissions.md: no \`\`\`text block under "${heading}"`);
  return block[1]!.split('\n');
}

/** Chrome's warnings for the build's manifest, in the browser's UI language. */
async function chromeWarnings(b: Awaited<ReturnType<typeof launch>>): Promise<string[]> {
  const manifest = readFileSync(join(BUILDS.chromium, 'manifest.json'), 'utf8');
  return b.inExtension((text: string) => (globalThis as any).chrome.management.getPermissionWarningsByManifest(text) as Promise<string[]>, manifest);
}

/** Firefox's install prompt for the installed add-on: the required section, then the data-collection one. */
async function firefoxPrompt(b: Awaited<ReturnType<typeof launch>>, geckoId: string): Promise<string[]> {
  const prompt = await inFirefoxChrome<{ required: string; msgs: string[]; dataCollection: string; data: string | null }>(
    b.browser,
    `(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const { ExtensionData } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(geckoId)});
      const s = ExtensionData.formatPermissionStrings({ addon, permissions: addon.installPermissions, unsigned: false }, { fullDomainsList: true });
      return { required: s.sectionHeaders.required, msgs: s.msgs, dataCollection: s.sectionHeaders.dataCollection, data: s.dataCollectionPermissions.msg ?? null };
    })()`,
  );
  return [prompt.required, ...prompt.msgs, ...(prompt.data ? [prompt.dataCollection, prompt.data] : [])];
}

describe.each(BROWSERS)('%s', (name) => {
  const missing = !browserExists(name) ? `no ${name} executable` : !buildExists(name) ? `no build in ${BUILDS[name]} (npm run build)` : null;
  const skip = !!missing && !IN_CI;
  if (skip) console.warn(`[e2e] skipping ${name}: ${missing}`);

  describe.skipIf(skip)('install prompt', () => {
    it.each(['fr', 'en'] as const)('in %s, word for word as docs/permissions.md gives it', async (lang) => {
      // No page is loaded: the fixture academy's port is never used.
      const b = await launch(name, { extensionDir: BUILDS[name], port: 0, lang });
      try {
        const lines = name === 'chromium' ? await chromeWarnings(b) : await firefoxPrompt(b, JSON.parse(readFileSync(join(BUILDS.firefox, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id);
        expect(lines).toEqual(promptInDoc(name, lang));
      } finally {
        await b.close();
      }
    });
  });
});
