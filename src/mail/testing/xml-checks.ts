/**
 * How tests check the XML files we generate, with real tools instead of our own
 * reading of the XML grammar: xmldom, a parser stopped by any warning, and Debian's
 * xmllint (libxml2), which is the stricter of the two (xmldom accepts a bare `&`,
 * `]]>` in text and control characters). Property lists also go through libplist's
 * plistutil, to the binary format devices read and back. A missing tool fails the
 * test with the package to install (.ci/run installs them): a skipped check would
 * pass a malformed profile.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, onWarningStopParsing, type Document } from '@xmldom/xmldom';

const DEBIAN_PACKAGE = { xmllint: 'libxml2-utils', plistutil: 'libplist-utils' } as const;

/**
 * Runs a tool; throws with its output when it fails. Both are silent on success, and
 * plistutil 2.2 exits 0 when it cannot convert (it says ERROR on stdout): any output fails.
 */
function run(tool: keyof typeof DEBIAN_PACKAGE, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} is not installed: apt-get install ${DEBIAN_PACKAGE[tool]} (.ci/run does)`);
  }
  if (r.error) throw r.error;
  const said = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0 || said !== '') throw new Error(`${tool} ${args.join(' ')} failed (exit ${r.status}):\n${said}`);
}

/** Parses `text` with xmldom, throwing on any warning or error, not only fatal ones. */
function parseStrictly(text: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'text/xml');
}

/** `xmllint --noout` on a file; never fetches the DOCTYPE's DTD. Throws with xmllint's messages. */
export const xmllint = (file: string): void => run('xmllint', ['--noout', '--nonet', file]);

/** Writes `text` to `file`, checks it with xmllint and xmldom, and returns the parsed document. */
export function checkedXml(file: string, text: string): Document {
  writeFileSync(file, text);
  xmllint(file);
  return parseStrictly(text);
}

/**
 * Converts the XML property list `file` to libplist's binary format and back to
 * XML, and returns that XML: what a device reads once the profile is installed.
 */
export function plistRoundTrip(file: string): string {
  const bin = `${file}.bin`;
  const back = `${file}.back.plist`;
  run('plistutil', ['-i', file, '-o', bin, '-f', 'bin']);
  if (readFileSync(bin).subarray(0, 8).toString('latin1') !== 'bplist00') throw new Error(`plistutil wrote no binary plist for ${file}`);
  run('plistutil', ['-i', bin, '-o', back, '-f', 'xml']);
  return readFileSync(back, 'utf8');
}
