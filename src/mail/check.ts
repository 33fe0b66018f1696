/**
 * The settings checker: what a user's mail app holds, compared with the pack.
 * Each finding names the field, how serious it is, a stable code, what was
 * found and what to put instead; `describeFinding` (describe.ts) says it in
 * plain words. Pure: no DOM, no catalog.
 *
 * Severity: `error` when the setting cannot work or is unsafe (another
 * provider's server, a typo, no encryption, a port that does not go with its
 * encryption, the wrong identifier); `warning` when it only differs from what
 * our sources say and might still work. `confirmed: false` means the expected
 * value is not confirmed by several sources: it is shown "à confirmer".
 */
import type { Encryption, MailSettings } from '../rules/mail-schema';
import type { Pack } from '../rules/schema';
import { addressDomain, inDomainSet } from './domains';
import { isAtOrUnder, isUnderAny } from '../match/normalize';
import { editDistance } from './distance';
import { isConfirmed, isSourced } from '../model/confidence';
import type { DomainSet } from './types';

export type ClientEncryption = Encryption | 'none';
export type Role = 'incoming' | 'outgoing';

export interface ServerInput {
  host: string;
  port: string | number;
  /** '' when the user has not chosen. */
  encryption: ClientEncryption | '';
}

export interface MailClientInput {
  incoming: ServerInput;
  outgoing: ServerInput;
  identifier: string;
}

export type FindingField = `${Role}.${'host' | 'port' | 'encryption'}` | 'identifier';
export type FindingSeverity = 'error' | 'warning';

export const FINDING_CODES = [
  'host-missing',
  'host-url',
  'host-with-port',
  'host-is-address',
  'host-spaces',
  'host-typo',
  'host-domain-only',
  'host-other-provider',
  'host-swapped',
  'host-alternative',
  'host-unknown-academy',
  'host-ministry',
  'host-other-academy',
  'host-unknown',
  'port-missing',
  'port-invalid',
  'port-pop',
  'port-smtp-on-incoming',
  'port-incoming-on-outgoing',
  'port-25',
  'port-encryption-mismatch',
  'port-differs',
  'encryption-missing',
  'encryption-none',
  'identifier-missing',
  'identifier-spaces',
  'identifier-numen',
  'identifier-short',
  'identifier-not-short',
  'identifier-malformed',
  'identifier-domain-typo',
  'identifier-other-provider',
  'identifier-other-academy',
  'identifier-wrong-domain',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  field: FindingField;
  severity: FindingSeverity;
  code: FindingCode;
  /** What the user typed (left out for a NUMEN: it is a default password). */
  found?: string;
  /** What to put instead, ready to copy. */
  expected?: string;
  /** False when the expected value is not confirmed by several sources ("à confirmer"). */
  confirmed?: boolean;
  /** Context for the sentence: a provider's name, the other role, an encryption, the mail domain. */
  detail?: string;
}

export const ENCRYPTION_LABELS: Record<ClientEncryption, string> = { 'ssl-tls': 'SSL/TLS', starttls: 'STARTTLS', none: '—' };

/** Ports that only make sense with one kind of encryption (implicit TLS or STARTTLS). */
export const PORT_ENCRYPTION: Readonly<Record<number, Encryption>> = { 993: 'ssl-tls', 143: 'starttls', 465: 'ssl-tls', 587: 'starttls' };


/** The server the user's settings are compared with: the pack's, or a well-sourced alternative they chose. */
interface Reference {
  host: string;
  port: number;
  encryption: Encryption;
  hostConfirmed: boolean;
  portConfirmed: boolean;
  encryptionConfirmed: boolean;
}

const primary = (s: MailSettings['incoming'] | MailSettings['outgoing']): Reference => ({
  host: s.host.value,
  port: s.port.value,
  encryption: s.encryption.value,
  hostConfirmed: isConfirmed(s.host),
  portConfirmed: isConfirmed(s.port),
  encryptionConfirmed: isConfirmed(s.encryption),
});

const hostsOf = (s: MailSettings['incoming'] | MailSettings['outgoing']): string[] => [s.host.value, ...s.alternatives.map((a) => a.value.host)];

/** Last two labels: `smtps.ac-lyon.fr` → `ac-lyon.fr`. */
const baseOf = (host: string): string => host.split('.').slice(-2).join('.');

/**
 * Does `host` imitate `base` (`ac-lyon.fr`) without being under it: `ac-lyon.com`,
 * `imap.aclyon.fr`, `ac-lyon.fr.example.com`, `imap.ac-lyon-fr.com`? Inside the academic
 * families (`ac-dijon.fr` is a real academy) only a one-letter slip counts.
 */
function imitates(host: string, base: string, academic: DomainSet): boolean {
  if (isAtOrUnder(host, base)) return false;
  const strict = inDomainSet(host, academic);
  const tol = strict ? 1 : 2;
  const labels = host.split('.');
  if (editDistance(host, base, tol) <= tol) return true;
  if (labels.length > 2 && editDistance(labels.slice(1).join('.'), base, tol) <= tol) return true;
  const baseLabel = base.split('.')[0]!;
  const labelTol = baseLabel.length > 10 && !strict ? 2 : 1;
  return labels.some((l) => (!strict && l.startsWith(baseLabel)) || editDistance(l, baseLabel, labelTol) <= labelTol);
}

function providerOf(host: string, mail: MailSettings): string | null {
  for (const p of mail.otherProviders) {
    if (p.hosts.includes(host) || isUnderAny(host, p.domains)) return p.name;
  }
  return null;
}

const ROLE_OTHER: Record<Role, Role> = { incoming: 'outgoing', outgoing: 'incoming' };

interface HostResult {
  findings: Finding[];
  reference: Reference;
}

function checkHost(role: Role, raw: string, pack: Pack, mail: MailSettings): HostResult {
  const server = mail[role];
  const reference = primary(server);
  const field = `${role}.host` as const;
  const expected = { expected: reference.host, confirmed: reference.hostConfirmed };
  const one = (code: FindingCode, severity: FindingSeverity, extra: Partial<Finding> = {}): HostResult => ({
    findings: [{ field, severity, code, found: raw.trim(), ...expected, ...extra }],
    reference,
  });

  const trimmed = raw.trim();
  if (trimmed === '') return { findings: [{ field, severity: 'error', code: 'host-missing', ...expected }], reference };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || trimmed.includes('/')) return one('host-url', 'error');
  if (trimmed.includes('@')) return one('host-is-address', 'error');
  if (/\s/.test(trimmed)) return one('host-spaces', 'error');
  if (/:\d*$/.test(trimmed)) return one('host-with-port', 'error');

  const lower = trimmed.toLowerCase();
  // `imap.ac-lyon.fr.` names the same DNS host, but mail apps compare names (certificates, saved passwords).
  const host = lower.replace(/\.+$/, '');
  const dotted = host !== lower;

  const alternative = server.alternatives.find((a) => a.value.host === host);
  if (dotted && (host === reference.host || alternative)) {
    return one('host-typo', 'error', { expected: host, confirmed: host === reference.host ? reference.hostConfirmed : false });
  }
  if (host === reference.host) return { findings: [], reference };
  if (alternative) {
    if (isSourced(alternative.confidence)) {
      const c = isConfirmed(alternative);
      return {
        findings: [],
        reference: { ...alternative.value, hostConfirmed: c, portConfirmed: c, encryptionConfirmed: c },
      };
    }
    return one('host-alternative', 'warning');
  }

  const other = mail[ROLE_OTHER[role]];
  if (hostsOf(other).includes(host)) return one('host-swapped', 'error', { detail: ROLE_OTHER[role] });

  const provider = providerOf(host, mail);
  if (provider) return one('host-other-provider', 'error', { detail: provider });

  const academic = mail.forwarding.domains.value.academic;
  const candidates = hostsOf(server);
  const strict = inDomainSet(host, academic);
  for (const c of candidates) {
    if (editDistance(host, c, strict ? 1 : 2) <= (strict ? 1 : 2)) {
      return one('host-typo', 'error', { expected: c, confirmed: c === reference.host ? reference.hostConfirmed : false });
    }
  }
  const bases = [pack.academy.mailDomain, ...candidates.map(baseOf)];
  for (const base of new Set(bases)) {
    if (imitates(host, base, academic)) {
      const suggestion = candidates.find((c) => baseOf(c) === base) ?? reference.host;
      return one('host-typo', 'error', { expected: suggestion, confirmed: suggestion === reference.host ? reference.hostConfirmed : false });
    }
  }

  if (host === pack.academy.mailDomain || pack.academy.domains.includes(host)) return one('host-domain-only', 'error');
  if (isUnderAny(host, pack.academy.domains) || isUnderAny(host, bases)) {
    return one('host-unknown-academy', 'warning');
  }
  if (inDomainSet(host, mail.forwarding.domains.value.ministry)) return one('host-ministry', 'warning');
  if (strict) return one('host-other-academy', 'error');
  return one('host-unknown', 'error');
}

const INCOMING_WRONG: Record<number, FindingCode> = { 110: 'port-pop', 995: 'port-pop', 25: 'port-smtp-on-incoming', 465: 'port-smtp-on-incoming', 587: 'port-smtp-on-incoming', 2525: 'port-smtp-on-incoming' };
const OUTGOING_WRONG: Record<number, FindingCode> = { 25: 'port-25', 143: 'port-incoming-on-outgoing', 993: 'port-incoming-on-outgoing', 110: 'port-incoming-on-outgoing', 995: 'port-incoming-on-outgoing' };

function checkTransport(role: Role, input: ServerInput, ref: Reference): Finding[] {
  const out: Finding[] = [];
  const portField = `${role}.port` as const;
  const encField = `${role}.encryption` as const;
  const refEnc = ENCRYPTION_LABELS[ref.encryption];
  const portExpected = { expected: String(ref.port), confirmed: ref.portConfirmed };
  const encExpected = { expected: refEnc, confirmed: ref.encryptionConfirmed };
  const pairExpected = { expected: `${ref.port} (${refEnc})`, confirmed: ref.portConfirmed && ref.encryptionConfirmed };

  const rawPort = String(input.port ?? '').trim();
  let port: number | null = null;
  if (rawPort === '') out.push({ field: portField, severity: 'error', code: 'port-missing', ...portExpected });
  else if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) {
    out.push({ field: portField, severity: 'error', code: 'port-invalid', found: rawPort, ...portExpected });
  } else port = Number(rawPort);

  let portDone = port === null;
  if (port !== null) {
    const wrong = (role === 'incoming' ? INCOMING_WRONG : OUTGOING_WRONG)[port];
    if (wrong) {
      out.push({ field: portField, severity: 'error', code: wrong, found: String(port), ...portExpected });
      portDone = true;
    }
  }

  const enc = input.encryption;
  if (enc === '') {
    out.push({ field: encField, severity: 'error', code: 'encryption-missing', ...encExpected });
    return out;
  }
  if (enc === 'none') {
    out.push({ field: encField, severity: 'error', code: 'encryption-none', found: ENCRYPTION_LABELS.none, ...encExpected });
    if (!portDone && port !== ref.port) out.push({ field: portField, severity: 'warning', code: 'port-differs', found: String(port), ...pairExpected });
    return out;
  }
  if (portDone || port === null) return out;

  const wanted = PORT_ENCRYPTION[port];
  const found = String(port);
  const detail = ENCRYPTION_LABELS[enc];
  if (wanted !== undefined && wanted !== enc) {
    if (port === ref.port) out.push({ field: encField, severity: 'error', code: 'port-encryption-mismatch', found, detail, ...encExpected });
    else if (enc === ref.encryption) out.push({ field: portField, severity: 'error', code: 'port-encryption-mismatch', found, detail, ...portExpected });
    else out.push({ field: portField, severity: 'error', code: 'port-encryption-mismatch', found, detail, ...pairExpected });
  } else if (port !== ref.port || enc !== ref.encryption) {
    out.push({ field: port !== ref.port ? portField : encField, severity: 'warning', code: 'port-differs', found, detail, ...pairExpected });
  }
  return out;
}

/** NUMEN shape (13 characters, e.g. 10E9501234ABC), spaces ignored; never echoed back: it is a default password. */
const looksLikeNumen = (s: string): boolean => /^\d{2}[A-Z]\d{2}[0-9A-Z]{8}$/.test(s.replace(/\s+/g, '').toUpperCase());

function checkIdentifier(raw: string, pack: Pack, mail: MailSettings): Finding[] {
  const field = 'identifier' as const;
  const rule = mail.identifier;
  const sourced = isSourced(rule.confidence);
  const mailDomain = pack.academy.mailDomain;
  const example = { expected: pack.academy.addressFormat.value, confirmed: isConfirmed(pack.academy.addressFormat) };
  const out: Finding[] = [];

  if (raw.trim() === '') return [{ field, severity: 'error', code: 'identifier-missing', ...example }];
  if (looksLikeNumen(raw) && !raw.includes('@')) return [{ field, severity: 'error', code: 'identifier-numen', ...example }];
  let id = raw;
  if (/\s/.test(raw)) {
    id = raw.replace(/\s+/g, '');
    out.push({ field, severity: 'error', code: 'identifier-spaces', found: raw, expected: id, confirmed: true });
  }

  const at = id.lastIndexOf('@');
  if (at < 0) {
    if (rule.value === 'full-address') {
      out.push({ field, severity: sourced ? 'error' : 'warning', code: 'identifier-short', found: id, ...example, confirmed: isConfirmed(rule) });
    }
    return out;
  }
  const local = id.slice(0, at);
  const typed = id.slice(at + 1).toLowerCase();
  const domainTypo = (): Finding => ({ field, severity: 'error', code: 'identifier-domain-typo', found: id, expected: `${local}@${mailDomain}`, confirmed: true, detail: mailDomain });
  const domain = addressDomain(id);
  if (domain === null) {
    // `jean.dupont@ac-lyon`, `jean.dupont@ac-lyon,fr`: a slip in our domain, not an unknown one.
    const slip = !local.includes('@') && typed !== mailDomain && typed.length > 0 && (mailDomain.startsWith(typed) || editDistance(typed, mailDomain, 2) <= 2);
    return [...out, slip ? domainTypo() : { field, severity: 'error', code: 'identifier-malformed', found: id, ...example }];
  }
  if (domain === mailDomain && typed !== mailDomain) return [...out, domainTypo()];
  if (domain === mailDomain) {
    if (rule.value === 'short-login') {
      out.push({ field, severity: sourced ? 'error' : 'warning', code: 'identifier-not-short', found: id, confirmed: isConfirmed(rule) });
    }
    return out;
  }
  const academic = mail.forwarding.domains.value.academic;
  if (imitates(domain, mailDomain, academic)) return [...out, domainTypo()];
  const provider = providerOf(domain, mail);
  if (provider) return [...out, { field, severity: 'error', code: 'identifier-other-provider', found: id, detail: provider, ...example }];
  if (inDomainSet(domain, academic)) return [...out, { field, severity: 'error', code: 'identifier-other-academy', found: id, detail: mailDomain, ...example }];
  return [...out, { field, severity: 'error', code: 'identifier-wrong-domain', found: id, detail: mailDomain, ...example }];
}

/**
 * Every mistake in a mail app's settings, errors first, in the order of the form
 * (incoming, outgoing, identifier). An empty list means the settings match the pack.
 */
export function checkMailSettings(input: MailClientInput, pack: Pack): Finding[] {
  const mail = pack.mail;
  if (!mail) return [];
  const findings: Finding[] = [];
  for (const role of ['incoming', 'outgoing'] as const) {
    const { findings: hostFindings, reference } = checkHost(role, input[role].host, pack, mail);
    findings.push(...hostFindings, ...checkTransport(role, input[role], reference));
  }
  findings.push(...checkIdentifier(input.identifier, pack, mail));
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return findings.map((f, i) => [f, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);
}

/** The settings a mail app should hold, from the pack (what the checker form starts from). */
export function expectedSettings(pack: Pack): MailClientInput | null {
  const mail = pack.mail;
  if (!mail) return null;
  const server = (s: MailSettings['incoming'] | MailSettings['outgoing']) => ({ host: s.host.value, port: s.port.value, encryption: s.encryption.value });
  return { incoming: server(mail.incoming), outgoing: server(mail.outgoing), identifier: pack.academy.addressFormat.value };
}
