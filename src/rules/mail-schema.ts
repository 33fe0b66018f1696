/**
 * The `mail` part of a rules pack: how a mail app reaches the academy's mailbox
 * (IMAP in, SMTP out), which servers belong to other providers, and which
 * domains stay inside the education perimeter when mail is forwarded.
 *
 * Domain families are prefix/suffix checks on labels, never regular expressions:
 * `{ prefix: 'ac-', suffix: '.fr' }` matches `ac-lyon.fr` (and its subdomains)
 * but not `evil-ac-lyon.fr` nor `ac-lyon.fr.example.com`.
 *
 * This module takes the pack's building blocks (`fact`, `Host`, …) as
 * parameters instead of importing them: schema.ts imports this module, and an
 * import back would be a cycle whose evaluation order decides whether it works.
 */
import { z } from 'zod';
import type { fact as factFn, HostSchema, Selector as SelectorSchema, Text as TextSchema } from './schema';
import { familyProblem, type HostScope, type PerimeterRole } from './hosts';

export const ENCRYPTIONS = ['ssl-tls', 'starttls'] as const;
export type Encryption = (typeof ENCRYPTIONS)[number];

export interface MailSchemaParts {
  fact: typeof factFn;
  /** The academy's own servers: at or under its domains. */
  AcademyHost: HostSchema;
  /** One outside server (another relay seen in sources, a provider's server). */
  OutsideHost: HostSchema;
  /** Another provider's domain with all its subdomains: never a public suffix. */
  ProviderDomain: HostSchema;
  /** A domain of the forwarding perimeter's academic set, with its subdomains: never a public suffix. */
  AcademicDomain: HostSchema;
  /** A domain of the forwarding perimeter's ministry set, with its subdomains: never a public suffix. */
  MinistryDomain: HostSchema;
  /** Where the pack is checked (./hosts.ts): families are held to the built-in pack's in the worker. */
  scope: HostScope;
  Selector: typeof SelectorSchema;
  Text: typeof TextSchema;
}

/** Ports that only make sense with one kind of encryption. */
export const PORT_ENCRYPTION: Record<number, Encryption> = { 993: 'ssl-tls', 143: 'starttls', 465: 'ssl-tls', 587: 'starttls' };

export function mailSettingsSchema({ fact, AcademyHost, OutsideHost, ProviderDomain, AcademicDomain, MinistryDomain, scope, Selector, Text }: MailSchemaParts) {
  const Port = z.number().int().min(1).max(65535);
  const Encryption = z
    .enum(ENCRYPTIONS)
    .describe('ssl-tls: TLS from the first byte (implicit, "SSL/TLS"); starttls: plain connection upgraded with STARTTLS');

  /** One server with each value's own provenance. */
  const Server = z
    .object({ host: fact(AcademyHost), port: fact(Port), encryption: fact(Encryption) })
    .strict();

  /** Another server that may work, as one fact (the whole triple comes from the same sources). */
  // Outside allowed: a relay seen in sources may be the region's (smtps.region-academique-….fr).
  const Alternative = fact(z.object({ host: OutsideHost, port: Port, encryption: Encryption }).strict());

  const Family = (role: PerimeterRole) =>
    z
      .object({
        prefix: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-?$/, 'v_family_prefix'),
        suffix: z.string().regex(/^(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'v_family_suffix'),
      })
      .strict()
      .superRefine((family, ctx) => {
        const problem = familyProblem(family, role, scope);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.key, params: { subs: problem.subs ?? [] } });
      })
      .describe('domains whose label just before `suffix` starts with `prefix` (and is longer than it), plus their subdomains');

  const DomainSet = (role: PerimeterRole, Domain: HostSchema) =>
    z
      .object({
        exact: z.array(Domain).describe('these domains and their subdomains'),
        families: z.array(Family(role)),
      })
      .strict();

  const Provider = z
    .object({
      name: z.string().min(1).describe('the provider as users know it: "Gmail", "Outlook"…'),
      domains: z.array(ProviderDomain).min(1).describe('a server host equal to or under one of these belongs to the provider'),
      hosts: z.array(OutsideHost).describe('its well-known IMAP/SMTP/POP servers, for the record'),
    })
    .strict();

  const coherent = (ctx: z.RefinementCtx, path: (string | number)[], port: number, encryption: Encryption) => {
    const wanted = PORT_ENCRYPTION[port];
    if (wanted !== undefined && wanted !== encryption) {
      ctx.addIssue({ code: 'custom', path, message: 'v_port_encryption', params: { subs: [port, wanted, encryption] } });
    }
  };

  return z
    .object({
      incoming: Server.extend({
        protocol: z.literal('imap'),
        alternatives: z.array(Alternative).describe('other hosts seen in sources, with their own confidence'),
      })
        .strict()
        .describe('the server the mail app reads mail from'),
      outgoing: Server.extend({
        protocol: z.literal('smtp'),
        alternatives: z.array(Alternative).describe('other relays seen in sources, with their own confidence'),
      })
        .strict()
        .describe('the server the mail app sends mail through (authenticated submission)'),
      identifier: fact(z.enum(['full-address', 'short-login'])).describe('what the mail app must use as user name'),
      displayName: Text.describe('the account name mail apps show (profile, autoconfig)'),
      otherProviders: z
        .array(Provider)
        .describe('other providers, only to recognise their servers in a user\'s settings (well-known public values)'),
      forwarding: z
        .object({
          domains: fact(z.object({ academic: DomainSet('academic', AcademicDomain), ministry: DomainSet('ministry', MinistryDomain) }).strict()).describe(
            'addresses that stay inside the education perimeter when mail is forwarded to them',
          ),
          selectors: fact(z.array(Selector)).describe("the webmail's forwarding-address fields, when known"),
          words: z
            .array(z.string().regex(/^[a-z]{3,}$/, 'v_forwarding_word'))
            .min(1)
            .describe('words that mark a forwarding field in its label, name, id or placeholder, as the beginning of a word, accents folded (transfert finds Transferts, transférer finds transférés; mailForwardingAddress holds forwarding; Retransferts holds none); a password, NUMEN, login or recovery field never is one'),
        })
        .strict(),
    })
    .strict()
    .superRefine((mail, ctx) => {
      coherent(ctx, ['incoming', 'port'], mail.incoming.port.value, mail.incoming.encryption.value);
      coherent(ctx, ['outgoing', 'port'], mail.outgoing.port.value, mail.outgoing.encryption.value);
      mail.incoming.alternatives.forEach((a, i) => coherent(ctx, ['incoming', 'alternatives', i, 'value', 'port'], a.value.port, a.value.encryption));
      mail.outgoing.alternatives.forEach((a, i) => coherent(ctx, ['outgoing', 'alternatives', i, 'value', 'port'], a.value.port, a.value.encryption));
    });
}

export type MailSettings = z.infer<ReturnType<typeof mailSettingsSchema>>;
export type MailServer = MailSettings['incoming'] | MailSettings['outgoing'];
export type DomainFamily = MailSettings['forwarding']['domains']['value']['academic']['families'][number];
