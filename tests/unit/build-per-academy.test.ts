// @vitest-environment node
/**
 * A build per académie (issue 20): `AIGUILLEUR_PACK=<file> npm run build` takes the extension's name,
 * host permissions, content-script targets, keyword, ids, locales and managed-schema examples from
 * that pack; without it, the Lyon build as it always was. The builds run WXT itself, into temporary
 * directories (AIGUILLEUR_OUT_DIR), so this test leaves .output/ and src/ alone.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, selectPack } from '../../build/selected-pack';
import { extensionSchema } from '../../src/rules/extension-schema';

const NANTES = 'tests/fixtures/packs/nantes.json';
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'aiguilleur-per-academy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the selected pack', () => {
  it('is rules/lyon.json without AIGUILLEUR_PACK: the Lyon name, id and keyword of every release so far', () => {
    const lyon = selectPack({});
    expect(lyon.isDefault).toBe(true);
    expect(lyon.label).toBe('rules/lyon.json');
    expect(lyon.identity).toEqual({
      name: { fr: 'Aiguilleur — messagerie académique de Lyon', en: 'Aiguilleur — Lyon academic mail' },
      geckoId: 'aiguilleur@ac-lyon.extension',
      omniboxKeyword: 'ac',
      chromeKey: undefined,
    });
    expect(lyon.matches).toEqual(['*://*.ac-lyon.fr/*']);
    expect(lyon.outDir).toBe('.output');
  });

  it("is another académie's with AIGUILLEUR_PACK, what it does not say derived from it, built beside the Lyon build", () => {
    const nantes = selectPack({ AIGUILLEUR_PACK: NANTES, INIT_CWD: ROOT });
    expect(nantes.isDefault).toBe(false);
    expect(nantes.identity).toEqual({
      name: { fr: 'Aiguilleur — Académie de Nantes', en: 'Aiguilleur — Académie de Nantes (Nantes education authority)' },
      geckoId: 'aiguilleur@ac-nantes.extension',
      omniboxKeyword: 'nantes',
      chromeKey: undefined,
    });
    expect(nantes.matches).toEqual(['*://*.ac-nantes.fr/*']);
    expect(nantes.outDir).toBe('.output/nantes');
    expect(selectPack({ AIGUILLEUR_PACK: NANTES, INIT_CWD: ROOT, AIGUILLEUR_OUT_DIR: '/tmp/x' }).outDir).toBe('/tmp/x');
  });

  it('is read from where the command was typed', () => {
    expect(selectPack({ AIGUILLEUR_PACK: 'packs/nantes.json', INIT_CWD: join(ROOT, 'tests/fixtures') }).pack.academy.id).toBe('nantes');
  });

  it('stops the build when missing or invalid, naming the field, its line and the file', () => {
    expect(() => selectPack({ AIGUILLEUR_PACK: join(scratch, 'none.json') })).toThrow(/AIGUILLEUR_PACK: .*none\.json does not exist/);
    const pack = JSON.parse(readFileSync(join(ROOT, NANTES), 'utf8'));
    pack.academy.extension = { geckoId: 'aiguilleur nantes', omniboxKeyword: 'ac nantes' };
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify(pack, null, 2));
    let message = '';
    try {
      selectPack({ AIGUILLEUR_PACK: bad });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('bad.json is invalid');
    expect(message).toMatch(/academy\.extension\.geckoId \(line \d+, column \d+\).*Firefox/);
    expect(message).toMatch(/academy\.extension\.omniboxKeyword \(line \d+, column \d+\).*(espace|spaces)/);
  });
});

describe('academy.extension', () => {
  const ok = (value: unknown) => extensionSchema.safeParse(value).success;
  it('takes the ids Firefox takes, and a keyword without spaces', () => {
    expect(ok({ geckoId: 'aiguilleur@ac-nantes.extension' })).toBe(true);
    expect(ok({ geckoId: '{8a6c1a0e-6a4f-4d7e-9f3b-2c1d0e9f8a7b}' })).toBe(true);
    expect(ok({ geckoId: 'aiguilleur' })).toBe(false);
    expect(ok({ geckoId: `${'a'.repeat(80)}@x` })).toBe(false);
    expect(ok({ omniboxKeyword: '' })).toBe(false);
    expect(ok({ omniboxKeyword: 'ac nantes' })).toBe(false);
    expect(ok({ name: { fr: 'x'.repeat(76), en: 'x' } })).toBe(false);
    expect(ok({ chromeKey: 'not base64!' })).toBe(false);
    expect(ok({ color: 'blue' })).toBe(false);
  });
});

/** Every file of a build, as text. */
function filesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [{ path, text: readFileSync(path, 'latin1') }];
  });
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const messagesOf = (dir: string, lang: string) => JSON.parse(readFileSync(join(dir, `_locales/${lang}/messages.json`), 'utf8'));

/** `wxt build` for `browser`, of `pack` (undefined: the default), into the scratch directory. */
async function build(name: string, browser: 'chrome' | 'firefox', pack: string | undefined): Promise<string> {
  const outDir = join(scratch, name);
  const env = { ...process.env, AIGUILLEUR_OUT_DIR: outDir, INIT_CWD: ROOT, AIGUILLEUR_PACK: pack ?? '' };
  await run('npx', ['wxt', 'build', '-b', browser, ...(browser === 'firefox' ? ['--mv3'] : [])], { cwd: ROOT, env });
  return join(outDir, `${browser}-mv3`);
}

describe('the builds', () => {
  const dirs: Record<string, string> = {};
  beforeAll(async () => {
    // One after the other: two WXT builds at once share .wxt/.
    dirs.nantesChrome = await build('nantes', 'chrome', NANTES);
    dirs.nantesFirefox = await build('nantes', 'firefox', NANTES);
    // The default build in Firefox only (which carries the Gecko id): three builds stay near 20 s.
    dirs.lyonFirefox = await build('lyon', 'firefox', undefined);
  }, 180_000);

  it("another académie's: its domains, keyword, name and Gecko id, and no file naming Lyon", () => {
    const chrome = manifestOf(dirs.nantesChrome!);
    expect(chrome.host_permissions).toEqual(['*://*.ac-nantes.fr/*']);
    expect(chrome.omnibox).toEqual({ keyword: 'nantes' });
    expect(chrome.key).toBeUndefined();
    const firefox = manifestOf(dirs.nantesFirefox!);
    expect(firefox.browser_specific_settings.gecko.id).toBe('aiguilleur@ac-nantes.extension');
    expect(firefox.host_permissions).toEqual(['*://*.ac-nantes.fr/*']);
    // The content script is injected by the worker (page-script.ts); Firefox declares only the few bytes that ask for it early.
    expect(firefox.content_scripts).toEqual([{ matches: ['*://*.ac-nantes.fr/*'], js: ['content-scripts/ask-for-script.js'], run_at: 'document_idle' }]);
    for (const dir of [dirs.nantesChrome!, dirs.nantesFirefox!]) {
      expect(messagesOf(dir, 'fr').extName.message).toBe('Aiguilleur — Académie de Nantes');
      expect(messagesOf(dir, 'en').extDescription.message).toContain('(ac-nantes.fr)');
      const naming = filesOf(dir).filter((f) => /lyon/i.test(f.text)).map((f) => f.path);
      expect(naming).toEqual([]);
    }
    expect(readFileSync(join(dirs.nantesChrome!, 'managed-schema.json'), 'utf8')).toContain('https://courrier.ac-nantes.fr/');
  });

  it('the default one: the Lyon manifest as before', () => {
    const firefox = manifestOf(dirs.lyonFirefox!);
    expect(firefox.name).toBe('__MSG_extName__');
    expect(firefox.host_permissions).toEqual(['*://*.ac-lyon.fr/*']);
    expect(firefox.omnibox).toEqual({ keyword: 'ac' });
    expect(firefox.browser_specific_settings.gecko.id).toBe('aiguilleur@ac-lyon.extension');
    expect(firefox.content_scripts).toEqual([{ matches: ['*://*.ac-lyon.fr/*'], js: ['content-scripts/ask-for-script.js'], run_at: 'document_idle' }]);
    expect(messagesOf(dirs.lyonFirefox!, 'fr').extName.message).toBe('Aiguilleur — messagerie académique de Lyon');
    expect(messagesOf(dirs.lyonFirefox!, 'en').extName.message).toBe('Aiguilleur — Lyon academic mail');
    // The public/ files, written by npm run gen for the default pack, are what it ships.
    expect(readFileSync(join(dirs.lyonFirefox!, 'managed-schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'public/managed-schema.json'), 'utf8'));
    expect(readFileSync(join(dirs.lyonFirefox!, '_locales/fr/messages.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'public/_locales/fr/messages.json'), 'utf8'));
  });
});
