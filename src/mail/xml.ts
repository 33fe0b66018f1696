/** Escaping for the XML files we generate (plist profiles, Thunderbird autoconfig). */

/** Text and attribute values: `&`, `<`, `>`, `"`, `'`; characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A comment's text: "--" is not allowed inside a comment, nor a trailing "-". */
export const xmlComment = (s: string): string => `<!-- ${escapeXml(s).replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`;
