/**
 * npm run fix:typography [-- <file…>]: sets the French typography right (src/i18n/typography.ts)
 * in every French text of the sources — the `fr:` strings of the catalogs and verdicts — and of
 * rules packs (every `"fr"` of a `{ fr, en }` text). The special spaces are written as `\u202f`
 * and `\u00a0` escapes, so a reader sees them. tests/unit/typography.test.ts fails until it is run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { fixFrenchTypography } from '../src/i18n/typography';

const escape = (s: string) => s.replace(/\u202f/g, '\\u202f').replace(/\u00a0/g, '\\u00a0');

/** The `fr:` string literals of a TypeScript source, rewritten. */
function fixSource(file: string, text: string): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'fr' && (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))) {
      const lit = node.initializer;
      const fixed = fixFrenchTypography(lit.text);
      if (fixed !== lit.text) {
        const raw = lit.getText(sf);
        const quote = raw[0];
        // Rewrites only the changed characters inside the literal as written, keeping its escapes.
        const body = fixFrenchTypography(raw.slice(1, -1).replace(/\\u202f/g, '\u202f').replace(/\\u00a0/g, '\u00a0'));
        edits.push({ start: lit.getStart(sf), end: lit.getEnd(), text: `${quote}${escape(body)}${quote}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The `"fr": "…"` values of a JSON pack, rewritten in place (the file's layout is kept). */
const fixJson = (text: string): string =>
  text.replace(/("fr"\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (_m, head: string, body: string) => {
    const value = JSON.parse(`"${body}"`) as string;
    const fixed = fixFrenchTypography(value);
    return fixed === value ? _m : `${head}${escape(JSON.stringify(fixed))}`;
  });

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      ...execFileSync('git', ['ls-files', 'src/**/*.ts', 'src/**/*.tsx'], { encoding: 'utf8' })
        .split('\n')
        .filter((f) => f && !/\.test\.tsx?$/.test(f)),
      'rules/lyon.json',
      'rules/academies/known.json',
    ];
let changed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const out = file.endsWith('.json') ? fixJson(text) : fixSource(file, text);
  if (out !== text) {
    writeFileSync(file, out);
    changed++;
    console.log(`fixed ${file}`);
  }
}
console.log(`${changed} file(s) changed`);
