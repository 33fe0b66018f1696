import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';

const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run validate-rules -- <files>` as an administrator runs it. */
const run = (...files: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/validate-rules.ts', ...files], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });

describe('npm run validate-rules', () => {
  it("prints each error's path and exits non-zero on a bad pack", () => {
    const bad = structuredClone(raw) as any;
    bad.webmail.url.value = 'http://webmail.ac-lyon.fr/';
    bad.portals[1].urls.value[0].host = '*.ac-lyon.fr';
    bad.portals[2].colour = 'blue';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: 3 error(s)`);
    expect(r.stderr).toContain('  webmail.url.value: must be an https:// URL');
    expect(r.stderr).toContain('  portals[1].urls.value[0].host: ');
    expect(r.stderr).toContain('  portals[2]: unknown field(s): colour');
  }, 60_000);

  it('exits 0 on a good pack, and 1 on text that is not JSON', () => {
    const good = join(dir, 'good.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(good, JSON.stringify(raw));
    writeFileSync(broken, '{"packVersion": ');
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`${good}: valid`);
    const ko = run(good, broken);
    expect(ko.status).toBe(1);
    expect(ko.stderr).toContain('(root): not valid JSON');
  }, 60_000);
});
