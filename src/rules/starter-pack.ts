/**
 * A starter rules pack for an académie, built from what public sources say of it
 * (rules/academies/known.json, ./known-schema.ts): its domains, webmail, sign-on portal,
 * departments, mail settings and support routes. Pure: `npm run pack:new` (scripts/pack-new.ts)
 * reads the files and writes the result.
 *
 * Every fact enters unconfirmed ("guess", the lowest confidence): only the académie's IT can
 * confirm it, and the extension warns only on sure facts. Its research confidence stays in the
 * note. What no source gives is a placeholder that still validates, so the DSI can validate and
 * preview from the first minute: its source starts with PLACEHOLDER, and its hosts sit under a
 * label `a-renseigner` that no académie runs. `placeholdersIn` lists them, in a file edited since too.
 */
import { fixFrenchTypography } from '../i18n/typography';
import { isUnderAny } from './host-names';
import type { KnownAcademy, KnownFacts, NationalFacts } from './known-schema';
import { PORT_ENCRYPTION, type Encryption, type MailSettings } from './mail-schema';
import { type PackInput, type Pack, type Support, type Text } from './schema';
import { formatPath } from './validate';

/** How every placeholder's source begins: what the checklist and the validator look for. */
export const PLACEHOLDER = 'À RENSEIGNER / TO FILL IN:';
/** The label under which placeholder hosts are made: `webmail.a-renseigner.ac-nice.fr`. */
export const PLACEHOLDER_LABEL = 'a-renseigner';

/** Choices of the product rather than facts of an académie, taken from the bundled pack. */
export interface ProductChoices {
  forwardingWords: MailSettings['forwarding']['words'];
  otherProviders: MailSettings['otherProviders'];
  tempPassword: Support['tempPassword'];
}

export function productChoicesOf(pack: Pack): ProductChoices | undefined {
  if (!pack.mail || !pack.support) return undefined;
  return { forwardingWords: pack.mail.forwarding.words, otherProviders: pack.mail.otherProviders, tempPassword: pack.support.tempPassword };
}

/** Something the DSI must add that the pack cannot hold yet, or a fact the sources give for it. */
export interface Todo {
  path: string;
  text: Text;
}

export interface StarterPack {
  pack: PackInput;
  /** What is missing from the pack itself (not a placeholder in it): `placeholdersIn` lists those. */
  todo: Todo[];
}

type Fact<T> = { value: T; confidence: 'guess'; sources: string[]; note?: string };
type Sourced<T> = { value: T; confidence: string; sources: string[]; note?: string | undefined };

/** `ac-versailles` → `versailles`: the pack's academy id and its file name. */
export const shortId = (id: string): string => id.replace(/^ac-/, '');

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s'’_]+/g, '-');

/** The académie a user named: `versailles`, `ac-versailles`, `Orléans-Tours`, `orleans tours`. */
export function findAcademy(known: KnownFacts, query: string): KnownAcademy | undefined {
  const q = shortId(fold(query));
  return known.academies.find((a) => shortId(a.id) === q);
}

/** A known fact, unconfirmed: its research confidence kept in the note. */
function seeded<T>(f: Sourced<unknown>, value: T, extra?: string): Fact<T> {
  const note = [`Research confidence: ${f.confidence}.`, f.note, extra, 'To confirm by the académie (à confirmer).'].filter(Boolean).join(' ');
  return { value, confidence: 'guess', sources: [...f.sources], note };
}

/** Several known facts as one, each one's research confidence in the note. */
function seededMany<T>(facts: readonly Sourced<unknown>[], value: T, names: readonly string[]): Fact<T> {
  const sources = [...new Set(facts.flatMap((f) => f.sources))];
  const each = facts.map((f, i) => `${names[i]}: ${f.confidence}${f.note ? ` (${f.note})` : ''}`).join('; ');
  return { value, confidence: 'guess', sources, note: `Research confidence: ${each}. To confirm by the académie (à confirmer).` };
}

/** A value no source gives: it validates, and says what to write instead. */
function placeholder<T>(value: T, what: Text, hint?: string): Fact<T> {
  return { value, confidence: 'guess', sources: [`${PLACEHOLDER} ${what.fr} / ${what.en}`], ...(hint ? { note: hint } : {}) };
}

const placeholderHost = (label: string, domain: string) => `${label}.${PLACEHOLDER_LABEL}.${domain}`;
const hostOf = (url: string): string => new URL(url).hostname;

/** Port and encryption of a server: the source's, the one its port implies, or the fallback's. */
function portAndEncryption(
  server: { port?: number | undefined; encryption?: Encryption | undefined },
  fallback: { port: number; encryption: Encryption } | undefined,
): { port: number; encryption: Encryption; how: string } | undefined {
  const port = server.port ?? fallback?.port;
  if (port === undefined) return undefined;
  const encryption = server.encryption ?? PORT_ENCRYPTION[port] ?? fallback?.encryption;
  if (encryption === undefined) return undefined;
  const how = server.port === undefined ? 'port and encryption: the national advice' : server.encryption === undefined ? 'encryption: the one its port implies' : '';
  return { port, encryption, how };
}

function mailSettings(academy: KnownAcademy, national: NationalFacts, product: ProductChoices, mailDomain: string, domains: readonly string[]): NonNullable<PackInput['mail']> {
  const mail = academy.mail;
  const server = (protocol: 'imap' | 'smtp') => {
    const seen = (protocol === 'imap' ? mail?.incoming : mail?.outgoing)?.filter((s) => s.value.protocol === protocol) ?? [];
    const fallback = protocol === 'imap' ? national.imap.value : undefined;
    const main = seen.find((s) => isUnderAny(s.value.host, domains) && portAndEncryption(s.value, fallback));
    const alternatives = seen.flatMap((s) => {
      const pe = s === main ? undefined : portAndEncryption(s.value, fallback);
      return pe ? [seeded(s, { host: s.value.host, port: pe.port, encryption: pe.encryption }, pe.how ? `${pe.how}.` : undefined)] : [];
    });
    const pop = (mail?.incoming ?? []).filter((s) => s.value.protocol === 'pop').map((s) => `${s.value.host} (POP, ${s.confidence})`);
    const what = protocol === 'imap' ? { fr: 'serveur IMAP', en: 'IMAP server' } : { fr: 'serveur SMTP (envoi authentifié)', en: 'SMTP server (authenticated submission)' };
    if (main) {
      const pe = portAndEncryption(main.value, fallback)!;
      // Each value's sources: the server's when it gave the value or its port implies it, else the national advice.
      const portFrom = main.value.port !== undefined ? main : national.imap;
      const encryptionFrom = main.value.port !== undefined || main.value.encryption !== undefined ? main : national.imap;
      return {
        protocol,
        host: seeded(main, main.value.host),
        port: seeded(portFrom, pe.port),
        encryption: seeded(encryptionFrom, pe.encryption, pe.how ? `${pe.how}.` : undefined),
        alternatives,
      };
    }
    const hint = protocol === 'imap' ? `${national.webmailPattern.value.en} The IMAP host is "generally the webmail's" (national advice).${pop.length ? ` Sources name POP servers only: ${pop.join(', ')}.` : ''}` : national.smtpPattern.value.en;
    return {
      protocol,
      host: placeholder(placeholderHost(protocol, mailDomain), what, hint),
      port: protocol === 'imap' ? seeded(national.imap, national.imap.value.port) : placeholder(465, { fr: 'port SMTP (465 ou 587)', en: 'SMTP port (465 or 587)' }, national.smtpPattern.value.en),
      encryption: protocol === 'imap' ? seeded(national.imap, national.imap.value.encryption) : placeholder<Encryption>('ssl-tls', { fr: 'chiffrement SMTP (ssl-tls pour 465, starttls pour 587)', en: 'SMTP encryption (ssl-tls for 465, starttls for 587)' }),
      alternatives,
    };
  };
  const name = academy.name;
  return {
    incoming: { ...server('imap'), protocol: 'imap' },
    outgoing: { ...server('smtp'), protocol: 'smtp' },
    identifier: mail?.identifier ? seeded(mail.identifier, mail.identifier.value) : seeded(national.identifier, national.identifier.value),
    displayName: { fr: `Messagerie de l'${name.fr.charAt(0).toLowerCase()}${name.fr.slice(1)}`, en: `${name.en.replace(/ \(.*\)$/, '')} mail` },
    otherProviders: product.otherProviders,
    forwarding: {
      domains: seeded(national.forwardingPerimeter, national.forwardingPerimeter.value),
      selectors: placeholder<string[]>([], { fr: 'sélecteurs CSS du champ d’adresse de transfert du webmail (vide si inconnu)', en: "CSS selectors of the webmail's forwarding-address field (empty when unknown)" }),
      words: product.forwardingWords,
    },
  };
}

/** The starter pack of an académie, with what it cannot hold yet. `updated`: today, YYYY-MM-DD. */
export function buildStarterPack(academy: KnownAcademy, known: Pick<KnownFacts, 'national'>, product: ProductChoices, updated: string, schemaRef = './schema.json'): StarterPack {
  const { national } = known;
  const todo: Todo[] = [];
  const domains = academy.domains.value;
  const mailDomain = domains[0]!;
  const under = (host: string) => isUnderAny(host, domains);

  // The webmail: every address seen under the domains, the likeliest first; else a placeholder.
  const webmails = academy.webmail.filter((w) => under(hostOf(w.value)));
  const webmailUrl = webmails[0]
    ? seeded(webmails[0], webmails[0].value)
    : placeholder(`https://${placeholderHost('webmail', mailDomain)}/`, { fr: 'adresse du webmail', en: 'address of the webmail' }, national.webmailPattern.value.en);
  const webmailHosts = webmails.length ? webmails.map((w) => hostOf(w.value)) : [hostOf(webmailUrl.value)];
  const webmailUrls = webmails.length
    ? seededMany(webmails, [...new Set(webmailHosts)].map((host) => ({ host })), webmailHosts)
    : { ...webmailUrl, value: [{ host: webmailHosts[0]! }] };
  const software = academy.webmailSoftware ? ` Sources say it runs ${academy.webmailSoftware.value} (research confidence: ${academy.webmailSoftware.confidence}): see webmailFamilies in rules/lyon.json.` : '';

  // The sign-on portal: its hosts under the domains, else a placeholder; its login pages, else ARENA's shapes.
  const signOns = academy.signOn.filter((s) => under(s.value.host));
  const signOnHosts = [...new Set(signOns.map((s) => s.value.host))];
  const signOnUrls = signOns.length
    ? seededMany(signOns, signOnHosts.map((host) => ({ host })), signOns.map((s) => s.value.host))
    : placeholder([{ host: placeholderHost('portail', mailDomain) }], { fr: 'hôte du portail d’authentification (ARENA)', en: 'host of the sign-on portal (ARENA)' });
  const withPath = signOns.filter((s) => s.value.loginPath);
  const loginPages = withPath.length
    ? seededMany(withPath, withPath.map((s) => ({ path: s.value.loginPath! })), withPath.map((s) => s.value.host))
    : seeded(national.signOnLoginPaths, national.signOnLoginPaths.value.map((path) => ({ path })), 'ARENA\'s usual shapes, not read for this host.');

  const departments = academy.departments.map((d) => {
    const seat = d.seat ? seeded(d.seat, d.seat.value) : placeholder('à renseigner', { fr: `ville de la DSDEN ${d.code}`, en: `town of the DSDEN ${d.code}` });
    return { code: d.code, name: d.name, seat };
  });
  if (departments.length === 0) {
    todo.push({
      path: 'academy.departments',
      text: { fr: 'les départements (DSDEN)\u00a0: aucune source ne les donne', en: 'the departments (DSDEN): no source gives them' },
    });
  }

  // Support routes: the pack's support part needs at least one department's IT service.
  const route = academy.support?.routes[0];
  const known_ = [...(academy.support?.routes ?? []).map((r) => `${r.value.name.en}: ${r.value.url} (${r.confidence})`), ...(academy.support?.account ? [`${academy.support.account.value.en} (${academy.support.account.confidence})`] : [])];
  let support: PackInput['support'];
  if (departments.length) {
    support = {
      resetPortal: {
        name: route?.value.name ?? { fr: 'Réinitialiser son mot de passe', en: 'Reset your password' },
        url: route ? seeded(route, route.value.url) : placeholder(`https://${placeholderHost('assistance', mailDomain)}/`, { fr: 'adresse de la plateforme d’assistance (réinitialisation du mot de passe)', en: 'address of the help platform (password reset)' }),
        haveAtHand: placeholder<('numen' | 'birthDate' | 'backupEmail')[]>(['numen'], { fr: 'ce que l’assistance demande\u00a0: numen, birthDate, backupEmail', en: 'what the support asks for: numen, birthDate, backupEmail' }),
      },
      departmentIt: departments.map((d) => ({
        department: d.code,
        service: { fr: `Service informatique de la DSDEN ${d.code} (${d.name.fr})`, en: `IT service of the education office DSDEN ${d.code} (${d.name.en})` },
        seat: d.seat,
        contact: placeholder({}, { fr: `contact du service informatique de la DSDEN ${d.code} (url, email, phone ; {} si aucun n’est publié)`, en: `contact of the DSDEN ${d.code} IT service (url, email, phone; {} when none is published)` }),
      })),
      tempPassword: { ...product.tempPassword, confidence: 'guess' },
    };
  } else {
    todo.push({
      path: 'support',
      text: {
        fr: `l’assistance (réinitialisation, service informatique de chaque DSDEN), à écrire une fois les départements acceptés${known_.length ? ` ; les sources donnent : ${known_.join(' ; ')}` : ''}`,
        en: `support (password reset, each DSDEN's IT service), to write once the departments are accepted${known_.length ? `; sources give: ${known_.join('; ')}` : ''}`,
      },
    });
  }

  const pack: PackInput = {
    $schema: schemaRef,
    packVersion: '0.1.0',
    updated,
    pageRoles: ['inbox', 'login'],
    academy: {
      id: shortId(academy.id),
      name: academy.name,
      domains: [...domains],
      mailDomain,
      addressFormat: seeded(national.addressLocalPart, `${national.addressLocalPart.value}@${mailDomain}`),
      departments,
      pages: { login: seeded(national.signOnLoginPaths, national.signOnLoginPaths.value.map((path) => ({ path }))) },
      signOnReturns: seeded(national.signOnReturns, national.signOnReturns.value),
    },
    webmail: {
      portal: 'webmail',
      url: webmailUrl,
      inboxMarkers: placeholder<string[]>([], { fr: 'sélecteurs CSS présents seulement dans la boîte de réception (vide si inconnus)', en: 'CSS selectors present only once the inbox is shown (empty when unknown)' }, software.trim() || undefined),
    },
    portals: [
      {
        id: 'webmail',
        kind: 'webmail',
        name: { fr: 'Messagerie académique (webmail)', en: 'Academic webmail' },
        role: { fr: `Votre boîte aux lettres professionnelle prenom.nom@${mailDomain}.`, en: `Your professional mailbox prenom.nom@${mailDomain}.` },
        home: webmailUrl,
        urls: webmailUrls,
        sharesAcademicCredentials: placeholder<'yes' | 'no' | 'unknown'>('unknown', { fr: 'le webmail prend-il l’identifiant et le mot de passe académiques\u202f? yes, no ou unknown', en: 'does the webmail take the academic username and password? yes, no or unknown' }),
        hasMailbox: webmails[0] ? seeded(webmails[0], true, 'The webmail holds the mailbox by definition.') : { value: true, confidence: 'guess', sources: ['The webmail portal holds the mailbox by definition (the validator requires it)'] },
      },
      {
        id: 'staff-portal',
        kind: 'staff-portal',
        name: { fr: 'Portail des agents (ARENA / authentification)', en: 'Staff portal (ARENA / sign-in)' },
        role: { fr: 'Applications de gestion des personnels (ARENA) et authentification unique des agents.', en: 'Staff management applications (ARENA) and the staff single sign-on.' },
        urls: signOnUrls,
        pages: { login: loginPages },
        sharesAcademicCredentials: placeholder<'yes' | 'no' | 'unknown'>('unknown', { fr: 'le portail prend-il l’identifiant et le mot de passe académiques\u202f? yes, no ou unknown', en: 'does the portal take the academic username and password? yes, no or unknown' }),
        hasMailbox: placeholder(false, { fr: 'la messagerie se lit-elle sur ce portail\u202f? true ou false', en: 'can the mailbox be read on this portal? true or false' }),
      },
    ],
    mail: mailSettings(academy, national, product, mailDomain, domains),
    ...(support ? { support } : {}),
  };
  return { pack: frenchTypography(pack), todo };
}

/** Every `fr` text set right (narrow no-break spaces before « : ; ? ! »), as fix:typography would. */
function frenchTypography<T>(value: T): T {
  if (Array.isArray(value)) return value.map(frenchTypography) as T;
  if (value === null || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'fr' && typeof v === 'string' ? fixFrenchTypography(v) : frenchTypography(v)]));
  return out as T;
}

/** A placeholder still in a pack: where, and what to write there. */
export interface Placeholder {
  path: string;
  what: string;
}

/** The placeholders left in a pack (any JSON): facts whose source is PLACEHOLDER's, or that name a placeholder host. */
export function placeholdersIn(pack: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if ('value' in o && Array.isArray(o.sources)) {
      const marker = (o.sources as unknown[]).find((s): s is string => typeof s === 'string' && s.startsWith(PLACEHOLDER));
      const host = JSON.stringify(o.value ?? null).includes(`.${PLACEHOLDER_LABEL}.`);
      if (marker || host) {
        found.push({ path: formatPath(path), what: marker ? marker.slice(PLACEHOLDER.length).trim() : `a host under "${PLACEHOLDER_LABEL}" / un hôte sous « ${PLACEHOLDER_LABEL} »` });
        return;
      }
    }
    for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
  };
  walk(pack, []);
  return found;
}
