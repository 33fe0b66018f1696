/**
 * Dependencies point down: every import of src/ and entrypoints/ is read (with the TypeScript
 * parser), each file is mapped to its folder (a file at the root of src/ is its own node), and
 * the folder edges must be allowed by the table below and form no cycle. Tests (*.test.ts) may
 * reach across and are not read. When you move a module, adjust the table, not the rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findCycle, type Edge } from '../../src/graph';

/**
 * Which folders each folder may import. Bottom to top; an entry `folder/file` allows that one
 * file only. `pack-data` is the repository's rules/*.json.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  // The bottom: nothing of ours.
  i18n: ['own'],
  rules: ['i18n', 'pack-data'],
  graph: [],
  'kept-promise': [],
  // Lookups that never reach Object.prototype (src/own.ts): used everywhere, even at run time by `model`.
  own: [],
  match: ['own', 'rules'],
  // The domain model: types only (TYPES_ONLY), of the matcher's classification and the pack.
  model: ['match/types', 'own', 'rules'],
  journey: ['match', 'model', 'own'],
  verdicts: ['graph', 'i18n', 'match', 'model', 'own', 'rules'],
  // The features' strings and translator; the one catalog adds the verdicts' strings, above both.
  strings: ['i18n'],
  catalog: ['i18n', 'strings', 'verdicts'],
  content: ['model', 'own'],
  diagnostics: ['i18n', 'journey', 'match', 'model', 'own', 'rules', 'strings'],
  identity: ['i18n', 'own', 'strings'],
  mail: ['i18n', 'match', 'model', 'own', 'rules', 'strings'],
  // The confidence rule (model) judges the facts of the pack in force that the options page lists.
  policy: ['i18n', 'kept-promise', 'match', 'model', 'own', 'rules'],
  // A page's report read as the background keeps it: shared by the background and the pack preview.
  'page-report': ['content', 'match', 'model', 'rules', 'verdicts'],
  // The options page's pack preview: a draft judged by the background's own pure functions, in the page.
  preview: ['catalog', 'i18n', 'match', 'model', 'own', 'page-report', 'policy', 'rules', 'verdicts'],
  // The protocol between the background and the pages: types only.
  messages: ['diagnostics', 'i18n', 'mail', 'model', 'policy', 'rules', 'verdicts'],
  banner: ['messages'],
  background: ['catalog', 'diagnostics', 'i18n', 'identity', 'journey', 'kept-promise', 'mail', 'match', 'messages', 'model', 'own', 'page-report', 'policy', 'rules', 'strings', 'verdicts'],
  // The pages: never the background (they ask it through messages), nor the whole catalog (every
  // verdict's strings) but through the pack preview, which tells a draft's verdicts in the options page.
  ui: ['diagnostics', 'i18n', 'identity', 'mail', 'messages', 'model', 'own', 'pack-data', 'policy', 'preview', 'rules', 'strings'],
  // Wiring: anything under src/. Nothing imports entrypoints.
  entrypoints: ['background', 'banner', 'catalog', 'content', 'diagnostics', 'i18n', 'identity', 'journey', 'mail', 'match', 'messages', 'model', 'own', 'policy', 'preview', 'rules', 'strings', 'ui'],
};

/** Folders whose imports of ours must all be `import type`, but for RUNTIME_FOUNDATION. */
const TYPES_ONLY = ['model', 'messages'];
/** One-function helpers with no dependency, as basic as the language: a types-only folder may run them. */
const RUNTIME_FOUNDATION = ['own'];

/** Browser APIs are effects: only these folders may import `wxt/browser` (the others take what they need as arguments). */
const BROWSER_API = ['entrypoints', 'background', 'ui', 'content'];

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['src', 'entrypoints'];

interface Import {
  file: string;
  line: number;
  spec: string;
  /** The repository path it resolves to (relative imports only). */
  target: string | null;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // not this one
    }
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Every import, export-from and dynamic import() of a file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, spec: string, typeOnly: boolean) =>
    out.push({ file: relative(ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, spec, target: resolveSpec(file, spec), typeOnly });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier.text, allTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The node a repository path belongs to: `src/<folder>/…` → folder, `src/<file>.ts` → file, `entrypoints/…`, `rules/*.json`. */
function nodeOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'entrypoints') return 'entrypoints';
  if (parts[0] === 'rules') return 'pack-data';
  if (parts[0] !== 'src') throw new Error(`${path} is outside src/, entrypoints/ and rules/`);
  return parts.length === 2 ? parts[1]!.replace(/\.tsx?$/, '') : parts[1]!;
}

/** `match/types` for src/match/types.ts: how a one-file entry of the table names its file. */
const fileEntry = (path: string) => path.replace(/^src\//, '').replace(/\.tsx?$/, '');

const IMPORTS = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap(importsOf);
const OURS = IMPORTS.filter((i): i is Import & { target: string } => i.target !== null).map((i) => ({ ...i, from: nodeOf(i.file), to: nodeOf(i.target) }));
const CROSSING = OURS.filter((i) => i.from !== i.to);
const where = (i: Import) => `${i.file}:${i.line} imports ${i.spec}`;

describe('dependencies', () => {
  it('every folder is in the table', () => {
    const nodes = new Set(OURS.flatMap((i) => [i.from, i.to]));
    expect([...nodes].filter((n) => !(n in MAY_IMPORT) && n !== 'pack-data')).toEqual([]);
  });

  it('the table itself has no cycle, so following it keeps every dependency pointing down', () => {
    const edges: Edge[] = Object.entries(MAY_IMPORT).flatMap(([from, tos]) => tos.map((to) => [from, to.split('/')[0]!] as const));
    expect(findCycle(Object.keys(MAY_IMPORT), edges)?.join(' → ') ?? null).toBeNull();
  });

  it('every import crossing folders is allowed by the table', () => {
    const allowed = (i: (typeof CROSSING)[number]) => {
      const may = MAY_IMPORT[i.from] ?? [];
      return may.includes(i.to) || may.includes(fileEntry(i.target));
    };
    expect(CROSSING.filter((i) => !allowed(i)).map((i) => `${where(i)}: ${i.from} may not import ${i.to}`)).toEqual([]);
  });

  it('the folder graph has no cycle', () => {
    const edges = CROSSING.map((i) => [i.from, i.to] as const);
    const cycle = findCycle([...new Set(edges.flat())].sort(), edges);
    const explain = (c: string[]) => c.slice(1).map((to, k) => CROSSING.find((i) => i.from === c[k] && i.to === to)!).map(where);
    expect(cycle && [cycle.join(' → '), ...explain(cycle)]).toBeNull();
  });

  it(`${TYPES_ONLY.join(' and ')} import only types of ours`, () => {
    expect(CROSSING.filter((i) => TYPES_ONLY.includes(i.from) && i.to !== 'pack-data' && !RUNTIME_FOUNDATION.includes(i.to) && !i.typeOnly).map(where)).toEqual([]);
  });

  it(`only ${BROWSER_API.join(', ')} use the browser's APIs`, () => {
    const users = IMPORTS.filter((i) => i.spec === 'wxt/browser' || i.spec.startsWith('wxt/browser/'));
    expect(users.filter((i) => !BROWSER_API.includes(nodeOf(i.file))).map(where)).toEqual([]);
  });

  // tldts is 48 KB gzip and the line-and-column JSON reader 1 KB: the worker (90 KB budget) carries
  // neither. Only the build (wxt.config.ts), scripts and tests load them, through public-suffix.ts;
  // the reader alone, also the options page's pack preview (src/preview/draft.ts, which no worker
  // layer may import: MAY_IMPORT), to place a draft's errors by line and column.
  it('no source loads the public-suffix list or the locating JSON reader but public-suffix.ts (and the reader, the pack preview), which none imports', () => {
    const READERS = ['src/rules/public-suffix.ts', 'src/preview/draft.ts'];
    const heavy = IMPORTS.filter(
      (i) => !i.typeOnly && (i.spec === 'tldts' || i.target === 'src/rules/public-suffix.ts' || (i.target === 'src/rules/json-text.ts' && !READERS.includes(i.file))),
    );
    expect(heavy.filter((i) => !(i.spec === 'tldts' && i.file === 'src/rules/public-suffix.ts')).map(where)).toEqual([]);
    // Nor the French half of the validator's catalog: the options page says the worker's messages in French.
    const french = IMPORTS.filter((i) => !i.typeOnly && i.target === 'src/rules/messages-fr.ts');
    expect(french.filter((i) => !i.file.startsWith('src/ui/')).map(where)).toEqual([]);
  });

  it('reads what it checks: the imports of every source file, types and export-from included', () => {
    expect(new Set(IMPORTS.map((i) => i.file)).size).toBeGreaterThan(100);
    expect(OURS.some((i) => i.file === 'src/messages.ts' && i.to === 'verdicts' && i.typeOnly)).toBe(true);
    expect(OURS.some((i) => i.file === 'src/diagnostics/load-timer.ts' && i.to === 'rules' && i.spec === '../rules/diagnostics-schema')).toBe(true);
  });
});
