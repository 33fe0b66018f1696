/**
 * The pack kit: the académies' known facts (rules/academies/known.json), the starter pack built from
 * them (src/rules/starter-pack.ts) and `npm run pack:new` (scripts/lib/pack-new.ts). What a DSI
 * relies on: the starter pack of every known académie passes the validator, every fact in it says
 * where it comes from and none is told as sure, and what is left to fill in is listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import lyonRaw from '../../rules/lyon.json';
import { packNew, readKnown, type PackNewIo } from '../../scripts/lib/pack-new';
import { KnownFacts } from '../../src/rules/known-schema';
import { LISTED } from '../../src/rules/public-suffix';
import { buildBounds, type Pack } from '../../src/rules/schema';
import { PLACEHOLDER, PLACEHOLDER_LABEL, buildStarterPack, findAcademy, placeholdersIn, productChoicesOf } from '../../src/rules/starter-pack';
import { checkPack } from '../../src/rules/validate';

const ROOT = resolve(__dirname, '../..');
const TODAY = '2026-12-01';
const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-pack-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const knownRaw = JSON.parse(readFileSync(join(ROOT, 'rules/academies/known.json'), 'utf8')) as unknown;
const known = KnownFacts.parse(knownRaw);
const lyon = checkPack(lyonRaw, LISTED);
if (!lyon.ok) throw new Error('rules/lyon.json is invalid');
const product = productChoicesOf(lyon.value)!;
const starter = (id: string) => buildStarterPack(findAcademy(known, id)!, known, product, TODAY);

/** Every `{ value, confidence, sources }` of a JSON value, with its path. */
function factsIn(value: unknown, path = ''): { path: string; fact: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => factsIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if ('value' in o && 'confidence' in o) return [{ path, fact: o }];
  return Object.entries(o).flatMap(([k, v]) => factsIn(v, path ? `${path}.${k}` : k));
}
const sourcesOf = (value: unknown) => new Set(factsIn(value).flatMap((f) => f.fact.sources as string[]));

function io(): PackNewIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { root: ROOT, cwd: dir, today: TODAY, log: (l) => out.push(l), error: (l) => err.push(l), out, err };
}

describe('rules/academies/known.json', () => {
  it('parses against its schema, and names the académies the research covers, Lyon among them', () => {
    expect(KnownFacts.safeParse(knownRaw).success).toBe(true);
    expect(known.academies.length).toBeGreaterThanOrEqual(25);
    expect(known.academies.map((a) => a.id)).toEqual(expect.arrayContaining(['ac-lyon', 'ac-versailles', 'ac-aix-marseille', 'ac-nancy-metz', 'ac-mayotte']));
    expect(readKnown(ROOT).ok).toBe(true);
  });

  it('gives every fact a source (the schema refuses a fact without one)', () => {
    const broken = structuredClone(knownRaw) as { academies: { domains: { sources: string[] } }[] };
    broken.academies[0]!.domains.sources = [];
    expect(KnownFacts.safeParse(broken).success).toBe(false);
  });
});

describe('the starter pack of every known académie', () => {
  for (const academy of known.academies) {
    it(`${academy.id}: passes the validator as the built-in pack of its own build, its facts sourced and unconfirmed`, () => {
      const { pack } = buildStarterPack(academy, known, product, TODAY);
      const checked = checkPack(pack, LISTED);
      expect(checked.ok ? [] : checked.errors).toEqual([]);

      // No fact without a source; each source is one the known facts or the bundled pack give, or a placeholder's.
      const allowed = new Set([...sourcesOf(knownRaw), ...sourcesOf(lyonRaw)]);
      for (const { path, fact } of factsIn(pack)) {
        expect(fact.confidence, path).toBe('guess');
        const sources = fact.sources as string[];
        expect(sources.length, path).toBeGreaterThan(0);
        const placeholder = sources.some((s) => s.startsWith(PLACEHOLDER));
        const byDefinition = path === 'portals[0].hasMailbox';
        for (const s of sources) expect(placeholder || byDefinition || allowed.has(s), `${path}: "${s}"`).toBe(true);
      }
      // Its domains and the académie it names are the known ones.
      expect(pack.academy.domains).toEqual(academy.domains.value);
      expect(pack.academy.name).toEqual(academy.name);
    });
  }
});

describe('placeholders', () => {
  it('an académie of which little is known gets placeholders that validate, each listed with what to write', () => {
    const { pack, todo } = starter('paris');
    const left = placeholdersIn(pack);
    const paths = left.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['webmail.url', 'portals[0].urls', 'portals[1].urls', 'mail.incoming.host', 'mail.outgoing.host', 'mail.outgoing.port']));
    expect(pack.webmail.url.value).toBe(`https://webmail.${PLACEHOLDER_LABEL}.ac-paris.fr/`);
    expect(left.find((p) => p.path === 'webmail.url')?.what).toContain('adresse du webmail');
    // What the pack cannot hold yet is listed too: departments and support.
    expect(todo.map((t) => t.path)).toEqual(['academy.departments', 'support']);
    expect(pack.support).toBeUndefined();
  });

  it('what is known is seeded, not a placeholder: Versailles\'s webmail, sign-on portal and SMTP server', () => {
    const { pack } = starter('ac-versailles');
    const paths = placeholdersIn(pack).map((p) => p.path);
    expect(pack.webmail.url.value).toBe('https://messagerie.ac-versailles.fr/');
    expect(pack.portals[1]!.urls.value).toEqual([{ host: 'extranet.ac-versailles.fr' }]);
    expect(pack.mail?.outgoing.host.value).toBe('messagerie.ac-versailles.fr');
    expect(pack.mail?.outgoing.encryption.value).toBe('ssl-tls');
    expect(paths).not.toContain('webmail.url');
    expect(paths).not.toContain('mail.outgoing.host');
    // The research confidence stays readable in the note.
    expect(pack.webmail.url.note).toContain('Research confidence: weak');
  });

  it('a placeholder the DSI fills in leaves the list; a placeholder host left in a fact stays in it', () => {
    const { pack } = starter('nice');
    const before = placeholdersIn(pack).length;
    const edited = structuredClone(pack);
    edited.mail!.outgoing.host = { value: 'smtp.ac-nice.fr', confidence: 'one', sources: ['the DSI'] };
    expect(placeholdersIn(edited).length).toBe(before - 1);
    edited.webmail.url.sources = ['the DSI'];
    expect(placeholdersIn(edited).map((p) => p.path)).toContain('webmail.url');
  });
});

describe('Lyon', () => {
  it('its starter pack is close to the bundled pack\'s core, and valid as a pack to host in the Lyon build', () => {
    const { pack, todo } = starter('Lyon');
    const bundled = lyon.value as Pack;
    expect(pack.academy.domains).toEqual(bundled.academy.domains);
    expect(pack.academy.mailDomain).toBe(bundled.academy.mailDomain);
    expect(pack.academy.departments.map((d) => [d.code, d.seat.value])).toEqual(bundled.academy.departments.map((d) => [d.code, d.seat.value]));
    expect(pack.webmail.url.value).toBe(bundled.webmail.url.value);
    const staff = bundled.portals.find((p) => p.id === 'staff-portal')!;
    expect(pack.portals.find((p) => p.id === 'staff-portal')?.urls.value).toEqual(staff.urls.value.map(({ host }) => ({ host })));
    expect([pack.mail?.outgoing.host.value, pack.mail?.outgoing.port.value, pack.mail?.outgoing.encryption.value]).toEqual([
      bundled.mail?.outgoing.host.value,
      bundled.mail?.outgoing.port.value,
      bundled.mail?.outgoing.encryption.value,
    ]);
    expect(pack.mail?.incoming.host.value).toBe(bundled.mail?.incoming.host.value);
    expect(pack.support?.resetPortal.url.value).toBe(bundled.support?.resetPortal.url.value);
    expect(todo).toEqual([]);
    const hosted = checkPack(pack, { ...LISTED, build: buildBounds(bundled) });
    expect(hosted.ok ? [] : hosted.errors).toEqual([]);
  });
});

describe('npm run pack:new', () => {
  it('writes the pack, prints what to fill in and the command to validate, in French and English', () => {
    const run = io();
    expect(packNew(['versailles', '--out', 'versailles.json'], run)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'versailles.json'), 'utf8')) as unknown;
    expect(checkPack(written, LISTED).ok).toBe(true);
    const text = run.out.join('\n');
    expect(text).toContain('Règles de départ écrites : versailles.json');
    expect(text).toContain('Starter pack written: versailles.json');
    expect(text).toContain('À renseigner / to fill in');
    for (const p of placeholdersIn(written)) expect(text).toContain(`  - ${p.path}: `);
    expect(text).toContain('AIGUILLEUR_PACK=versailles.json npm run validate-rules -- versailles.json');
  });

  it('refuses to overwrite an existing file unless --force', () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, '{"mine": true}\n');
    const run = io();
    expect(packNew(['ac-nantes', '--out', file], run)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('{"mine": true}\n');
    expect(run.err.join('\n')).toContain('already exists');
    expect(run.err.join('\n')).toContain('existe déjà');
    expect(packNew(['ac-nantes', '--out', file, '--force'], io())).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Pack).academy.id).toBe('nantes');
  });

  it('never writes over the bundled pack by default', () => {
    const before = readFileSync(join(ROOT, 'rules/lyon.json'), 'utf8');
    expect(packNew(['lyon'], io())).toBe(1);
    expect(readFileSync(join(ROOT, 'rules/lyon.json'), 'utf8')).toBe(before);
  });

  it('an unknown académie: exit code 2, the known ids listed, nothing written', () => {
    const run = io();
    expect(packNew(['atlantide', '--out', 'atlantide.json'], run)).toBe(2);
    const text = run.err.join('\n');
    expect(text).toContain('Académie inconnue');
    expect(text).toContain('Unknown académie: "atlantide"');
    for (const a of known.academies) expect(text).toContain(a.id);
    expect(existsSync(join(dir, 'atlantide.json'))).toBe(false);
    expect(packNew([], io())).toBe(2);
  });

  it('finds an académie by its name as people write it', () => {
    expect(packNew(['Orléans Tours', '--out', 'ot.json'], io())).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'ot.json'), 'utf8')) as Pack).academy.domains).toEqual(['ac-orleans-tours.fr']);
  });

  it("passes npm run validate-rules as its own build's pack, the placeholders listed « à renseigner »", () => {
    const file = join(dir, 'aix.json');
    expect(packNew(['aix-marseille', '--out', file], io())).toBe(0);
    // One run: starting tsx costs seconds.
    const r = spawnSync('npx', ['tsx', 'scripts/validate-rules.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, AIGUILLEUR_PACK: file, LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${file} : valide (règles 0.1.0, 2 portails ; vérifiées comme les règles intégrées)`);
    expect(r.stdout).toMatch(/\d+ valeur\(s\) à renseigner:\n {2}webmail\.inboxMarkers: /);
  });
});
