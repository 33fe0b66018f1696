import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';

const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate-rules', () => {
  // One run for every case: starting tsx costs seconds.
  it("prints each error's path and exits non-zero on a bad pack; says which files are valid", () => {
    const bad = structuredClone(raw) as any;
    bad.webmail.url.value = 'http://webmail.ac-lyon.fr/';
    bad.portals[1].urls.value[0].host = '*.ac-lyon.fr';
    bad.portals[2].colour = 'blue';
    const files = { good: join(dir, 'good.json'), bad: join(dir, 'bad.json'), broken: join(dir, 'broken.json') };
    writeFileSync(files.good, JSON.stringify(raw));
    writeFileSync(files.bad, JSON.stringify(bad));
    writeFileSync(files.broken, '{"packVersion": ');
    // Valid by the public-suffix list, refused by the worker's bounds on a hosted pack.
    const wider = structuredClone(raw) as any;
    wider.mail.forwarding.domains.value.academic.exact.push('gmail.com');
    const hostile = join(dir, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(wider));

    // What `npm run validate-rules -- <files>` runs.
    // LANG=en: one language (without it both are printed).
    const r = spawnSync('npx', ['tsx', 'scripts/validate-rules.ts', files.good, files.bad, files.broken, hostile, 'rules/lyon.json'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(r.status).toBe(1);
    // A pack to host is held to the built-in pack's bounds, as the worker holds it; the built-in pack itself to the list alone.
    const HOSTED = `checked as a hosted pack, within the bounds of the built-in pack ${raw.packVersion}`;
    expect(r.stdout).toContain(`${files.good}: valid (pack ${raw.packVersion}, ${raw.portals.length} portals; ${HOSTED})`);
    expect(r.stdout).toContain(`rules/lyon.json: valid (pack ${raw.packVersion}, ${raw.portals.length} portals; checked as the built-in pack)`);
    expect(r.stderr).toContain(`${hostile}: 1 error(s) (${HOSTED})\n  mail.forwarding.domains.value.academic.exact[3] (line 1, column `);
    expect(r.stderr).toContain(`"gmail.com" is not within the built-in rules' academic forwarding perimeter`);
    expect(r.stderr).toContain(`${files.bad}: 3 error(s)`);
    // Each error by its path, and its line and column in the file (one line per value: JSON.stringify(raw) is one line).
    expect(r.stderr).toMatch(/ {2}webmail\.url\.value \(line 1, column \d+\): must be an https:\/\/ URL/);
    expect(r.stderr).toMatch(/ {2}portals\[1\]\.urls\.value\[0\]\.host \(line 1, column \d+\): /);
    expect(r.stderr).toMatch(/ {2}portals\[2\] \(line 1, column \d+\): unknown field\(s\): colour/);
    expect(r.stderr).toContain(`${files.broken}: 1 error(s) (${HOSTED})\n  (root) (line 1, column 17): not valid JSON: unexpected end of text`);
  }, 60_000);
});
