/**
 * A strict XML 1.0 well-formedness check for tests: happy-dom's DOMParser is
 * lenient (it accepts `<a>&</a>`, duplicate attributes, `--` in comments), so
 * tests run this on every generated file before parsing it back.
 * Covers what our generators may write: declaration, DOCTYPE without internal
 * subset, comments, elements, attributes, text and references. Returns the
 * problems found (empty when well-formed).
 */
const NAME = /^[A-Za-z_:][\w.:-]*/;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// XML 1.0 Char production.
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function checkText(text: string, where: string, problems: string[]): void {
  if (BAD_CHAR.test(text)) problems.push(`${where}: character not allowed in XML`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!REFERENCE.test(text.slice(i))) problems.push(`${where}: bare "&" or unknown entity at "${text.slice(i, i + 12)}"`);
  }
  if (text.includes('<')) problems.push(`${where}: raw "<"`);
}

export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  let i = 0;
  const stack: string[] = [];
  let roots = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return ['unterminated XML declaration'];
    if (!/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z][\w.-]*")?( standalone="(yes|no)")?\s*\?>$/.test(xml.slice(0, end + 2))) problems.push('malformed XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element: "${text.trim().slice(0, 20)}"`);
    checkText(text.replace(/</g, ''), 'text', problems);
    if (lt < 0) break;
    const rest = xml.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      if (end < 0) return [...problems, 'unterminated comment'];
      const body = rest.slice(4, end);
      if (body.includes('--') || body.endsWith('-')) problems.push('"--" inside a comment');
      i = lt + end + 3;
    } else if (rest.startsWith('<!DOCTYPE')) {
      if (roots > 0 || stack.length > 0) problems.push('DOCTYPE after the root element');
      const end = rest.indexOf('>');
      if (end < 0 || rest.slice(0, end).includes('[')) return [...problems, 'unsupported or unterminated DOCTYPE'];
      i = lt + end + 1;
    } else if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return [...problems, 'unterminated processing instruction'];
      i = lt + end + 2;
    } else if (rest.startsWith('</')) {
      const name = NAME.exec(rest.slice(2))?.[0];
      const end = rest.indexOf('>');
      if (!name || end < 0 || rest.slice(2 + name.length, end).trim() !== '') return [...problems, `malformed end tag at "${rest.slice(0, 20)}"`];
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      i = lt + end + 1;
    } else {
      const name = NAME.exec(rest.slice(1))?.[0];
      if (!name) return [...problems, `malformed tag at "${rest.slice(0, 20)}"`];
      if (stack.length === 0 && roots++ > 0) problems.push(`second root element <${name}>`);
      let j = 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(rest.slice(j))![0].length;
        j += ws;
        if (rest.startsWith('/>', j)) {
          j += 2;
          break;
        }
        if (rest.startsWith('>', j)) {
          j += 1;
          stack.push(name);
          break;
        }
        const attr = ws > 0 ? NAME.exec(rest.slice(j))?.[0] : undefined;
        if (!attr) return [...problems, `malformed attribute in <${name}>`];
        if (seen.has(attr)) problems.push(`duplicate attribute ${attr} in <${name}>`);
        seen.add(attr);
        j += attr.length;
        const m = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest.slice(j));
        if (!m) return [...problems, `attribute ${attr} without a quoted value in <${name}>`];
        checkText(m[2] ?? m[3] ?? '', `attribute ${attr}`, problems);
        j += m[0].length;
      }
      i = lt + j;
    }
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots === 0) problems.push('no root element');
  return problems;
}
