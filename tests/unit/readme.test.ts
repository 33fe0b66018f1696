/**
 * The README is the front door: short, its layout naming what the tree holds, its commands table
 * naming every npm script, its links and the documents' links leading somewhere. Everything is
 * read from the file system at test time, so a new folder, entrypoint or script fails here until
 * the README says what it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const README = join(ROOT, 'README.md');
const readme = readFileSync(README, 'utf8');
const MAX_LINES = 150;

/** The text of a `## heading` section, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/**
 * The layout's tree (the fenced block of "## Layout"): each top-level entry with the names listed
 * under it. A line names one or more entries, separated by single spaces, then (after two spaces
 * or more) says what they are: `  content/ banner/  the page watcher; the banner`.
 */
function layoutTree(): Map<string, string[]> {
  const block = /```\n([\s\S]*?)```/.exec(section(readme, 'Layout'))?.[1];
  if (!block) throw new Error('the Layout section has no fenced tree');
  const tree = new Map<string, string[]>();
  let parent: string[] = [];
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    const names = line.trim().split(/\s{2,}/)[0]!.split(' ');
    if (/^\S/.test(line)) {
      parent = [];
      for (const n of names) tree.set(n, parent);
    } else parent.push(...names);
  }
  return tree;
}

const entriesOf = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !/\.test\.tsx?$/.test(e.name))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));

/** The relative targets of a markdown file's links and images (`[text](target)`), outside code. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

const docs = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(ROOT, 'docs', f));

describe('README.md', () => {
  it(`is at most ${MAX_LINES} lines`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
  });

  it('names every folder under src/ in its layout, and no folder that is not there', () => {
    const listed = layoutTree().get('src/') ?? [];
    const folders = entriesOf('src').filter((e) => e.endsWith('/'));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(listed, `src/${folder} missing from the README's layout`).toContain(folder);
    for (const name of listed) expect(existsSync(join(ROOT, 'src', name)), `the layout names src/${name}, which does not exist`).toBe(true);
  });

  it('names every entrypoint in its layout, and no entrypoint that is not there', () => {
    const listed = layoutTree().get('entrypoints/') ?? [];
    const entrypoints = entriesOf('entrypoints');
    expect(entrypoints).toContain('background.ts');
    for (const entry of entrypoints) expect(listed, `entrypoints/${entry} missing from the README's layout`).toContain(entry);
    for (const name of listed) expect(existsSync(join(ROOT, 'entrypoints', name)), `the layout names entrypoints/${name}, which does not exist`).toBe(true);
  });

  it('names only top-level entries that exist in its layout', () => {
    for (const name of layoutTree().keys()) expect(existsSync(join(ROOT, name)), `the layout names ${name}, which does not exist`).toBe(true);
  });

  it('gives every npm script one row of its commands table, and no row to a script that is gone', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    // A row's first cell: `npm start`, `npm test`, `npm run <script> -- <args>`, or a lifecycle script's bare name.
    const rows = section(readme, 'Set-up')
      .split('\n')
      .map((l) => /^\|\s*`([^`]+)`\s*\|/.exec(l)?.[1])
      .filter((cell): cell is string => cell !== undefined)
      .map((cell) => cell.replace(/^npm (run )?/, '').replace(/\s+--.*$/, ''));
    for (const script of scripts) expect(rows.filter((r) => r === script), `npm script "${script}": one row in the README's commands table`).toHaveLength(1);
    for (const row of rows) expect(scripts, `the commands table names "${row}", which package.json does not define`).toContain(row);
  });

  it('keeps the markers the verdict table is generated between', () => {
    const begin = readme.indexOf('<!-- verdicts:begin -->');
    const end = readme.indexOf('<!-- verdicts:end -->');
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(begin);
  });

  it('links to every document in docs/', () => {
    const linked = new Set(relativeLinks(readme).map((target) => resolve(ROOT, target.split('#')[0]!)));
    for (const doc of docs) expect(linked.has(doc), `README.md does not link to ${relative(ROOT, doc)}`).toBe(true);
  });
});

describe('links in README.md and docs/*.md', () => {
  for (const file of [README, ...docs]) {
    it(`${relative(ROOT, file)}: every relative link leads to a file of the repository`, () => {
      const links = relativeLinks(readFileSync(file, 'utf8'));
      for (const target of links) {
        const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]!));
        expect(path === ROOT || path.startsWith(ROOT + sep), `${target} leads outside the repository`).toBe(true);
        expect(existsSync(path), `${target} does not exist`).toBe(true);
      }
    });
  }
});
