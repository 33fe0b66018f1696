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

    // What `npm run validate-rules -- <files>` runs.
    const r = spawnSync('npx', ['tsx', 'scripts/validate-rules.ts', files.good, files.bad, files.broken], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${files.good}: valid (pack ${raw.packVersion}`);
    expect(r.stderr).toContain(`${files.bad}: 3 error(s)`);
    expect(r.stderr).toContain('  webmail.url.value: must be an https:// URL');
    expect(r.stderr).toContain('  portals[1].urls.value[0].host: ');
    expect(r.stderr).toContain('  portals[2]: unknown field(s): colour');
    expect(r.stderr).toContain(`${files.broken}: 1 error(s)\n  (root): not valid JSON`);
  }, 60_000);
});
