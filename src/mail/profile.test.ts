import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document, Element } from '@xmldom/xmldom';
import { v5 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import {
  academyAddress,
  mobileconfig,
  mobileconfigFileName,
  plist,
  profileIds,
  thunderbirdAutoconfig,
  unconfirmedValues,
  UUID_NAMESPACE,
} from './profile';
import { uuidV5 } from './uuid';
import { escapeXml, xmlComment } from './xml';
import { checkedXml, plistRoundTrip, xmllint } from './testing/xml-checks';

const pack = bundledPack;
const ADDRESS = 'jean.dupont@ac-lyon.fr';

// Every generated file is written here and checked by xmllint and a strict parser before it is read.
const dir = mkdtempSync(join(tmpdir(), 'aiguilleur-mail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = (ext: string) => join(dir, `${++files}.${ext}`);
const parseXml = (text: string, ext = 'xml'): Document => checkedXml(newFile(ext), text);
/** The profile as libplist reads it: converted to the binary property list format and back to XML. */
function viaBinaryPlist(text: string): string {
  const file = newFile('mobileconfig');
  checkedXml(file, text);
  return plistRoundTrip(file);
}
const plistRoot = (doc: Document) => readPlist(doc.documentElement!.children[0]!) as Record<string, PlistValue>;

type PlistValue = string | number | boolean | PlistValue[] | { [k: string]: PlistValue };

/** Reads a plist element back, the way Apple's parser does. */
function readPlist(el: Element): PlistValue {
  const kids = Array.from(el.children);
  switch (el.tagName) {
    case 'string':
      return el.textContent ?? '';
    case 'integer':
      expect(el.textContent).toMatch(/^-?\d+$/);
      return Number(el.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'array':
      return kids.map(readPlist);
    case 'dict': {
      const out: Record<string, PlistValue> = {};
      expect(kids.length % 2).toBe(0);
      for (let i = 0; i < kids.length; i += 2) {
        expect(kids[i]!.tagName).toBe('key');
        out[kids[i]!.textContent!] = readPlist(kids[i + 1]!);
      }
      return out;
    }
    default:
      throw new Error(`unexpected plist element ${el.tagName}`);
  }
}

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

describe('mobileconfig', () => {
  const text = mobileconfig(pack, ADDRESS);
  const doc = parseXml(text, 'mobileconfig');
  const root = doc.documentElement!;
  const profile = plistRoot(doc);
  const payload = (profile.PayloadContent as Record<string, PlistValue>[])[0]!;

  it('is an Apple plist', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"')).toBe(true);
    expect(root.tagName).toBe('plist');
    expect(root.getAttribute('version')).toBe('1.0');
    expect(root.children).toHaveLength(1);
  });

  it('reads the same after libplist converts it to the binary format and back: every key and value kept', () => {
    const back = plistRoot(parseXml(viaBinaryPlist(text)));
    expect(back).toEqual(profile);
    expect(Object.keys(back)).toEqual(Object.keys(profile));
  });

  it('is a configuration profile with one mail payload', () => {
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadDisplayName: 'Messagerie académique de Lyon (jean.dupont@ac-lyon.fr)',
      PayloadOrganization: 'Académie de Lyon',
      PayloadRemovalDisallowed: false,
    });
    expect(profile.PayloadContent).toHaveLength(1);
  });

  it('holds every server value of the pack, the address as user name, and no password', () => {
    const mail = pack.mail!;
    expect(payload).toEqual({
      EmailAccountDescription: 'Messagerie académique de Lyon',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: ADDRESS,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerHostName: mail.incoming.host.value,
      IncomingMailServerPortNumber: mail.incoming.port.value,
      IncomingMailServerUseSSL: true,
      IncomingMailServerUsername: ADDRESS,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerHostName: mail.outgoing.host.value,
      OutgoingMailServerPortNumber: mail.outgoing.port.value,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerUsername: ADDRESS,
      OutgoingPasswordSameAsIncomingPassword: true,
      PayloadDescription: expect.stringContaining('sans mot de passe'),
      PayloadDisplayName: 'Messagerie académique de Lyon',
      PayloadIdentifier: expect.stringMatching(/^aiguilleur\.lyon\.mail\.[0-9A-F-]{36}\.account$/),
      PayloadType: 'com.apple.mail.managed',
      PayloadUUID: expect.stringMatching(UUID),
      PayloadVersion: 1,
      PreventAppSheet: false,
      PreventMove: false,
      SMIMEEnabled: false,
    });
    expect(payload).toMatchObject({ IncomingMailServerHostName: 'imap.ac-lyon.fr', IncomingMailServerPortNumber: 993, OutgoingMailServerHostName: 'smtps.ac-lyon.fr', OutgoingMailServerPortNumber: 587 });
    expect(text).not.toMatch(/Password<\/key>\s*<string>/);
    expect(Object.keys(payload).filter((k) => /password/i.test(k))).toEqual(['OutgoingPasswordSameAsIncomingPassword']);
  });

  it('derives stable identifiers from the address, different per address', () => {
    expect(mobileconfig(pack, ADDRESS)).toBe(text);
    expect(mobileconfig(pack, '  Jean.Dupont@AC-LYON.fr ')).toBe(text);
    const ids = profileIds(pack, ADDRESS);
    expect(profile.PayloadUUID).toBe(ids.profileUuid);
    expect(payload.PayloadUUID).toBe(ids.accountUuid);
    expect(profile.PayloadIdentifier).toBe(ids.profileId);
    expect(ids.profileUuid).toMatch(UUID);
    expect(ids.profileUuid).not.toBe(ids.accountUuid);
    // Pinned: a profile downloaded before any release must be replaced, not duplicated, by one downloaded now.
    expect([ids.profileUuid, ids.accountUuid]).toEqual(['97D59905-6F53-5740-A774-BA64026A1DC9', '5E33C1B4-ED03-5ACC-A698-29B2029C7A5A']);
    const other = profileIds(pack, 'marie.durand@ac-lyon.fr');
    expect([other.profileUuid, other.accountUuid]).toEqual(['56D70777-5FC1-5894-A5B5-DD038C981538', '3ECFB3BB-55E8-5A73-AB18-2ABA0EEBF6A5']);
    expect(other.profileUuid).not.toBe(ids.profileUuid);
    expect(other.accountUuid).not.toBe(ids.accountUuid);
  });

  it('speaks English when asked', () => {
    const en = plistRoot(parseXml(mobileconfig(pack, ADDRESS, 'en'), 'mobileconfig'));
    expect(en.PayloadDisplayName).toBe('Lyon academic mail (jean.dupont@ac-lyon.fr)');
    // Same identifiers whatever the language: switching language replaces, never duplicates.
    expect(en.PayloadUUID).toBe(profile.PayloadUUID);
  });

  it('refuses an address outside the academy’s mail domain', () => {
    for (const bad of ['jean.dupont@gmail.com', 'jdupont', '', 'jean.dupont@ac-lyon.fr.example.com', 'a<b>@ac-lyon.fr', 'jean.dupont@ac-grenoble.fr']) {
      expect(academyAddress(bad, pack), bad).toBeNull();
      expect(() => mobileconfig(pack, bad), bad).toThrow(RangeError);
    }
    expect(academyAddress(' Jean.Dupont@ac-lyon.fr ', pack)).toBe(ADDRESS);
  });

  it('names the file after the address', () => {
    expect(mobileconfigFileName(pack, ADDRESS)).toBe('ac-lyon-jean.dupont.mobileconfig');
  });

  it('escapes what it writes', () => {
    const p: Pack = structuredClone(pack);
    p.mail!.displayName = { fr: 'Lyon <&> "test" \'q\'', en: 'x' };
    const written = mobileconfig(p, ADDRESS);
    for (const back of [plistRoot(parseXml(written, 'mobileconfig')), plistRoot(parseXml(viaBinaryPlist(written)))]) {
      expect((back.PayloadContent as Record<string, PlistValue>[])[0]!.EmailAccountDescription).toBe('Lyon <&> "test" \'q\'');
    }
    expect(plist({ a: 'x\u0000y\u0008z' })).toContain('<string>xyz</string>');
  });
});

describe('thunderbirdAutoconfig', () => {
  const text = thunderbirdAutoconfig(pack);
  const doc = parseXml(text);
  const root = doc.documentElement!;
  const provider = root.getElementsByTagName('emailProvider')[0]!;
  const child = (el: Element, tag: string) => Array.from(el.children).filter((c) => c.tagName === tag);
  const server = (el: Element) => Object.fromEntries(Array.from(el.children).map((c) => [c.tagName, c.textContent]));

  it('is clientConfig 1.1 for the academy’s mail domain', () => {
    expect(root.tagName).toBe('clientConfig');
    expect(root.getAttribute('version')).toBe('1.1');
    expect(provider.getAttribute('id')).toBe('ac-lyon.fr');
    expect(child(provider, 'domain').map((d) => d.textContent)).toEqual(['ac-lyon.fr']);
    expect(child(provider, 'displayName')[0]!.textContent).toBe('Messagerie académique de Lyon');
    expect(child(provider, 'displayShortName')[0]!.textContent).toBe('Académie de Lyon');
  });

  it('has the IMAP server, with %EMAILADDRESS% as user name', () => {
    const incoming = child(provider, 'incomingServer');
    expect(incoming).toHaveLength(1);
    expect(incoming[0]!.getAttribute('type')).toBe('imap');
    expect(server(incoming[0]!)).toEqual({
      hostname: 'imap.ac-lyon.fr',
      port: '993',
      socketType: 'SSL',
      authentication: 'password-cleartext',
      username: '%EMAILADDRESS%',
    });
  });

  it('has the SMTP server first, then the well-sourced regional relay; not the doubtful IMAP alternatives', () => {
    const outgoing = child(provider, 'outgoingServer');
    expect(outgoing.map((o) => o.getAttribute('type'))).toEqual(['smtp', 'smtp']);
    expect(outgoing.map(server)).toEqual([
      { hostname: 'smtps.ac-lyon.fr', port: '587', socketType: 'STARTTLS', authentication: 'password-cleartext', username: '%EMAILADDRESS%' },
      {
        hostname: 'smtps.region-academique-auvergne-rhone-alpes.fr',
        port: '587',
        socketType: 'STARTTLS',
        authentication: 'password-cleartext',
        username: '%EMAILADDRESS%',
      },
    ]);
    expect(text).not.toContain('mail.ac-lyon.fr<');
    expect(text).not.toContain('<hostname>webmail.ac-lyon.fr');
  });

  it('links the webmail and says which values are unconfirmed, in a comment', () => {
    const docEl = child(provider, 'documentation')[0]!;
    expect(docEl.getAttribute('url')).toBe('https://webmail.ac-lyon.fr/');
    expect(child(docEl, 'descr').map((d) => d.getAttribute('lang'))).toEqual(['fr', 'en']);
    expect(text).toContain('<!-- To be confirmed: imap.ac-lyon.fr, 993, SSL/TLS, smtps.ac-lyon.fr, 587, STARTTLS, full-address -->');
    expect(text).not.toMatch(/password<\/|<password/i);
  });

  it('uses %EMAILLOCALPART% when the pack says the short login', () => {
    const p = structuredClone(pack);
    p.mail!.identifier.value = 'short-login';
    parseXml(thunderbirdAutoconfig(p));
    expect(thunderbirdAutoconfig(p)).toContain('<username>%EMAILLOCALPART%</username>');
    expect(thunderbirdAutoconfig(p)).not.toContain('%EMAILADDRESS%');
  });

  it('lists unconfirmed values of the pack', () => {
    expect(unconfirmedValues(pack)).toEqual(['imap.ac-lyon.fr', '993', 'SSL/TLS', 'smtps.ac-lyon.fr', '587', 'STARTTLS', 'full-address']);
  });
});

describe('xml helpers', () => {
  it('escapes markup and keeps comments legal', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    const c = xmlComment('a -- b -');
    expect(c.slice(4, -3)).not.toContain('--');
    expect(c.endsWith('--->')).toBe(false);
    parseXml(`<r>${c}</r>`);
  });
});

describe('uuid v5', () => {
  it('matches the RFC example (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ED6657D-E927-568B-95E1-2665A8AEA6A2');
  });

  // Node runs the uuid package's node build (node:crypto's SHA-1); the extension pages get its
  // browser build (its own SHA-1), found here the way a bundler finds it: the export's default condition.
  it('gives the same UUIDs in the browser build the extension ships', async () => {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('uuid/package.json');
    const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { default: string } } }).exports['.'].default;
    const browser = (await import(pathToFileURL(join(dirname(manifest), entry)).href)) as typeof import('uuid');
    expect(browser.v5).not.toBe(v5);
    const inBrowser = (name: string) => browser.v5(name, UUID_NAMESPACE).toUpperCase();
    expect(inBrowser(`lyon:mail-profile:${ADDRESS}`)).toBe('97D59905-6F53-5740-A774-BA64026A1DC9');
    // Every SHA-1 padding case (namespace, 16 bytes, + a name of 0 to 130 bytes: one to three 64-byte blocks), and UTF-8 of 1 to 4 bytes.
    const names = [...Array.from({ length: 131 }, (_, n) => 'é'.repeat(n >> 1) + 'a'.repeat(n & 1)), '日本語 🙂 Ω', 'x'.repeat(1000), `lyon:mail-account:${ADDRESS}`];
    for (const name of names) expect(inBrowser(name), name).toBe(uuidV5(name, UUID_NAMESPACE));
  });
});

describe('the XML checks used above', () => {
  it('reject what happy-dom lets through, xmllint on its own too', () => {
    for (const bad of ['<a>&</a>', '<a x="1" x="2"/>', '<a><!-- -- --></a>', '<a/><b/>', '<a><b></a></b>', '<a>', 'text', '<a x=1/>', '<a>\u0001</a>', '<a x="<"/>', '<a>&nbsp;</a>', '<a>]]></a>']) {
      const file = newFile('xml');
      writeFileSync(file, bad);
      expect(() => xmllint(file), bad).toThrow(/xmllint/);
      expect(() => parseXml(bad), bad).toThrow();
    }
    for (const good of ['<a/>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "x" "y">\n<a b="&amp;&#38;&#x26;">t&lt;<!-- c - d --><c/></a>\n']) {
      expect(() => parseXml(good), good).not.toThrow();
    }
  });

  it('reject a property list libplist cannot read (an element plists do not have)', () => {
    const file = newFile('plist');
    writeFileSync(file, '<plist version="1.0"><dict><key>a</key><foo/></dict></plist>');
    expect(() => plistRoundTrip(file)).toThrow(/plistutil/);
  });
});
