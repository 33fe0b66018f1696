import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The schemas' `.describe("…")` and `.meta({…})` texts are for the published JSON Schemas
 * (rules/schema.json, public/managed-schema.json), which `npm run gen` writes from the sources: no
 * bundle reads them. Removed from the built bundles (about 3 KB gzip of the worker's 90 KB budget),
 * only when their argument is literal data, so no code is dropped. Not applied under Vitest
 * (`apply: 'build'`), where the staleness tests generate the schemas.
 */
export function stripSchemaDocs(): Plugin {
  return {
    name: 'aiguilleur:strip-schema-docs',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/](rules|policy)[\\/][^\\/]+\.ts$/.test(id) || !/\.(describe|meta)\(/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const cuts: [number, number][] = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          ['describe', 'meta'].includes(node.expression.name.text) &&
          node.arguments.length === 1 &&
          isLiteralData(node.arguments[0]!)
        ) {
          // `x.describe("…")` → `x`: cut from the dot to the closing parenthesis.
          cuts.push([node.expression.expression.getEnd(), node.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (cuts.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [from, to] of cuts.sort((a, b) => a[0] - b[0])) {
        if (from < at) continue; // nested in a cut already made
        out += code.slice(at, from);
        at = to;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/** A string, a template whose parts are names or strings, or an object of such: text, not code. */
function isLiteralData(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((s) => ts.isIdentifier(s.expression) || isLiteralData(s.expression) || isJoinCall(s.expression));
  if (ts.isObjectLiteralExpression(node)) return node.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralData(p.initializer));
  return false;
}

/** `FEATURES.join(', ')` in a description. */
const isJoinCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isIdentifier(node.expression.expression);
