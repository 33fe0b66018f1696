/**
 * Ready-made configurations generated from the pack: an Apple configuration
 * profile (.mobileconfig, iPhone/iPad/Mac) and a Thunderbird autoconfig file
 * (config-v1.1.xml). Neither holds a password. Pure string building, valid and
 * escaped XML; the tests parse both back.
 */
import type { Lang } from '../i18n/lang';
import { localize } from '../i18n/lang';
import { t } from '../strings';
import type { Encryption, MailSettings } from '../rules/mail-schema';
import type { Pack } from '../rules/schema';
import { addressDomain } from './domains';
import { uuidV5 } from './uuid';
import { isConfirmed, isSourced } from '../model/confidence';
import { escapeXml, xmlComment } from './xml';

export const MOBILECONFIG_TYPE = 'application/x-apple-aspen-config';
export const AUTOCONFIG_TYPE = 'application/xml';
export const AUTOCONFIG_FILE = 'config-v1.1.xml';

/** Namespace of Aiguilleur's name-based UUIDs (fixed forever: changing it would duplicate installed accounts). */
export const UUID_NAMESPACE = '0D899045-3252-44AB-91B4-DD0A0D3CE4CA';

function requireMail(pack: Pack): MailSettings {
  if (!pack.mail) throw new Error('the rules pack has no mail settings');
  return pack.mail;
}

/** The address, trimmed and lowercased, when it is a well-formed address of the academy's mail domain; else null. */
export function academyAddress(address: string, pack: Pack): string | null {
  const clean = address.trim().toLowerCase();
  return /^[a-z0-9._%+-]+@[a-z0-9.-]+$/.test(clean) && addressDomain(clean) === pack.academy.mailDomain && !clean.endsWith('.') ? clean : null;
}

/** Values a generated file carries that several sources do not confirm, e.g. `imap.ac-lyon.fr`, `993`. */
export function unconfirmedValues(pack: Pack): string[] {
  const mail = requireMail(pack);
  const out: string[] = [];
  for (const s of [mail.incoming, mail.outgoing]) {
    if (!isConfirmed(s.host)) out.push(s.host.value);
    if (!isConfirmed(s.port)) out.push(String(s.port.value));
    if (!isConfirmed(s.encryption)) out.push(s.encryption.value === 'ssl-tls' ? 'SSL/TLS' : 'STARTTLS');
  }
  if (!isConfirmed(mail.identifier)) out.push(mail.identifier.value);
  return [...new Set(out)];
}

// ---------------------------------------------------------------- plist

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

function plistValue(v: Plist, indent: string): string {
  const inner = `${indent}\t`;
  if (typeof v === 'string') return `${indent}<string>${escapeXml(v)}</string>`;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new RangeError('only integers are written');
    return `${indent}<integer>${v}</integer>`;
  }
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (Array.isArray(v)) return [`${indent}<array>`, ...v.map((x) => plistValue(x, inner)), `${indent}</array>`].join('\n');
  const entries = Object.entries(v).flatMap(([k, x]) => [`${inner}<key>${escapeXml(k)}</key>`, plistValue(x, inner)]);
  return [`${indent}<dict>`, ...entries, `${indent}</dict>`].join('\n');
}

export function plist(root: Plist): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(root, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** Stable identifiers for one address: same address, same profile (installing again replaces it). */
export function profileIds(pack: Pack, address: string): { profileUuid: string; accountUuid: string; profileId: string; accountId: string } {
  const clean = address.trim().toLowerCase();
  const profileUuid = uuidV5(`${pack.academy.id}:mail-profile:${clean}`, UUID_NAMESPACE);
  const accountUuid = uuidV5(`${pack.academy.id}:mail-account:${clean}`, UUID_NAMESPACE);
  const profileId = `aiguilleur.${pack.academy.id}.mail.${profileUuid}`;
  return { profileUuid, accountUuid, profileId, accountId: `${profileId}.account` };
}

/**
 * An Apple configuration profile with one `com.apple.mail.managed` payload: an
 * IMAP account for `address`, the address as user name for both servers, no
 * password (the device asks for it). `UseSSL` is true for SSL/TLS and for
 * STARTTLS alike: Apple Mail then negotiates STARTTLS on 587/143 and implicit TLS on 993/465.
 * Throws a RangeError when `address` is not an address of the academy's mail domain.
 */
export function mobileconfig(pack: Pack, address: string, lang: Lang = 'fr'): string {
  const mail = requireMail(pack);
  const clean = academyAddress(address, pack);
  if (clean === null) throw new RangeError(`not an address of ${pack.academy.mailDomain}`);
  const ids = profileIds(pack, clean);
  const name = localize(mail.displayName, lang);
  const username = mail.identifier.value === 'full-address' ? clean : clean.slice(0, clean.indexOf('@'));
  const useSsl = (e: Encryption) => e === 'ssl-tls' || e === 'starttls';
  const description = t(lang, 'mail_profileDescription');
  return plist({
    PayloadContent: [
      {
        EmailAccountDescription: name,
        EmailAccountType: 'EmailTypeIMAP',
        EmailAddress: clean,
        IncomingMailServerAuthentication: 'EmailAuthPassword',
        IncomingMailServerHostName: mail.incoming.host.value,
        IncomingMailServerPortNumber: mail.incoming.port.value,
        IncomingMailServerUseSSL: useSsl(mail.incoming.encryption.value),
        IncomingMailServerUsername: username,
        OutgoingMailServerAuthentication: 'EmailAuthPassword',
        OutgoingMailServerHostName: mail.outgoing.host.value,
        OutgoingMailServerPortNumber: mail.outgoing.port.value,
        OutgoingMailServerUseSSL: useSsl(mail.outgoing.encryption.value),
        OutgoingMailServerUsername: username,
        OutgoingPasswordSameAsIncomingPassword: true,
        PayloadDescription: description,
        PayloadDisplayName: name,
        PayloadIdentifier: ids.accountId,
        PayloadType: 'com.apple.mail.managed',
        PayloadUUID: ids.accountUuid,
        PayloadVersion: 1,
        PreventAppSheet: false,
        PreventMove: false,
        SMIMEEnabled: false,
      },
    ],
    PayloadDescription: description,
    PayloadDisplayName: `${name} (${clean})`,
    PayloadIdentifier: ids.profileId,
    PayloadOrganization: localize(pack.academy.name, lang),
    PayloadRemovalDisallowed: false,
    PayloadType: 'Configuration',
    PayloadUUID: ids.profileUuid,
    PayloadVersion: 1,
  });
}

/** File name of a profile: `ac-lyon-prenom.nom.mobileconfig`. */
export const mobileconfigFileName = (pack: Pack, address: string): string =>
  `${pack.academy.mailDomain.split('.')[0]}-${(academyAddress(address, pack) ?? 'compte').split('@')[0]}.mobileconfig`;

// ---------------------------------------------------------------- Thunderbird

const SOCKET: Record<Encryption, string> = { 'ssl-tls': 'SSL', starttls: 'STARTTLS' };

/**
 * Thunderbird's autoconfig file (clientConfig 1.1) for the academy's mail domain:
 * the pack's servers first, then the alternatives a source actually uses
 * (confidence multi or one); the user name is `%EMAILADDRESS%` (or
 * `%EMAILLOCALPART%` if the pack says the short login).
 */
export function thunderbirdAutoconfig(pack: Pack, lang: Lang = 'fr'): string {
  const mail = requireMail(pack);
  const username = mail.identifier.value === 'full-address' ? '%EMAILADDRESS%' : '%EMAILLOCALPART%';
  const server = (kind: 'incomingServer' | 'outgoingServer', type: string, s: { host: string; port: number; encryption: Encryption }) =>
    [
      `    <${kind} type="${type}">`,
      `      <hostname>${escapeXml(s.host)}</hostname>`,
      `      <port>${s.port}</port>`,
      `      <socketType>${SOCKET[s.encryption]}</socketType>`,
      `      <authentication>password-cleartext</authentication>`,
      `      <username>${username}</username>`,
      `    </${kind}>`,
    ].join('\n');
  const main = (s: MailSettings['incoming'] | MailSettings['outgoing']) => ({ host: s.host.value, port: s.port.value, encryption: s.encryption.value });
  const incoming = [main(mail.incoming), ...mail.incoming.alternatives.filter((a) => isSourced(a.confidence)).map((a) => a.value)];
  const outgoing = [main(mail.outgoing), ...mail.outgoing.alternatives.filter((a) => isSourced(a.confidence)).map((a) => a.value)];
  const unsure = unconfirmedValues(pack);
  const domain = pack.academy.mailDomain;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(`Generated by Aiguilleur from rules pack ${pack.packVersion} (${pack.updated}). No password inside.`),
    ...(unsure.length ? [xmlComment(`To be confirmed: ${unsure.join(', ')}`)] : []),
    '<clientConfig version="1.1">',
    `  <emailProvider id="${escapeXml(domain)}">`,
    `    <domain>${escapeXml(domain)}</domain>`,
    `    <displayName>${escapeXml(localize(mail.displayName, lang))}</displayName>`,
    `    <displayShortName>${escapeXml(localize(pack.academy.name, 'fr'))}</displayShortName>`,
    ...incoming.map((s) => server('incomingServer', 'imap', s)),
    ...outgoing.map((s) => server('outgoingServer', 'smtp', s)),
    `    <documentation url="${escapeXml(pack.webmail.url.value)}">`,
    `      <descr lang="fr">${escapeXml(localize(pack.academy.name, 'fr'))}\u00a0: webmail</descr>`,
    `      <descr lang="en">${escapeXml(localize(pack.academy.name, 'en'))}: webmail</descr>`,
    '    </documentation>',
    '  </emailProvider>',
    '</clientConfig>',
    '',
  ].join('\n');
}
