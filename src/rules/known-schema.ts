/**
 * What the project knows of every académie from public sources (rules/academies/known.json): its
 * domains, webmail, sign-on portals, departments, mail servers, support routes, and the national
 * patterns they share. Every fact carries its confidence and sources, as in a rules pack; none is
 * confirmed by an académie. `npm run pack:new` seeds a starter pack from it (./starter-pack.ts).
 *
 * Hosts here are checked for their syntax only: which of them lie under the académie's domains is
 * the starter pack's question, answered when the pack is built and validated.
 */
import { z } from 'zod';
import { ENCRYPTIONS } from './mail-schema';
import { Day, Host, HttpsUrl, PagePath, Text, fact } from './schema';

/** `ac-versailles`: the académie's domain label, as people and scripts name it. */
export const KnownAcademyId = z.string().regex(/^ac-[a-z]+(-[a-z]+)*$/, 'v_kebab');

/** A French department code: 01–95, 2A, 2B, 971–976. */
export const DepartmentCode = z.string().regex(/^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])$/);

/** A server seen in sources; port and encryption only when the source gives them. */
const KnownServer = z
  .object({
    protocol: z.enum(['imap', 'pop', 'smtp']),
    host: Host,
    port: z.number().int().min(1).max(65535).optional(),
    encryption: z.enum(ENCRYPTIONS).optional(),
  })
  .strict();

export const KnownAcademy = z
  .object({
    id: KnownAcademyId,
    name: Text,
    domains: fact(z.array(Host).min(1)).describe('the académie\'s domains, the mail domain first'),
    webmail: z.array(fact(HttpsUrl)).default([]).describe('webmail addresses seen, the likeliest first'),
    webmailSoftware: fact(z.string().min(1)).optional(),
    signOn: z
      .array(fact(z.object({ host: Host, loginPath: PagePath.optional() }).strict()))
      .default([])
      .describe('ARENA / identity-provider hosts, the likeliest first; the login page\'s path when a source gives it'),
    departments: z
      .array(z.object({ code: DepartmentCode, name: Text, seat: fact(z.string().min(1)).optional() }).strict())
      .default([])
      .describe('the departments (DSDEN) the sources name'),
    mail: z
      .object({
        incoming: z.array(fact(KnownServer)).default([]),
        outgoing: z.array(fact(KnownServer)).default([]),
        identifier: fact(z.enum(['full-address', 'short-login'])).optional(),
      })
      .strict()
      .optional(),
    support: z
      .object({
        routes: z.array(fact(z.object({ name: Text, url: HttpsUrl }).strict())).default([]).describe('password-reset or account pages'),
        account: fact(Text).optional().describe('account conventions the académie publishes (username, first password)'),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Facts every académie shares (national advice, ARENA's shapes, the forwarding perimeter). */
const Family = z.object({ prefix: z.string().min(1), suffix: z.string().min(2) }).strict();
const DomainSet = z.object({ exact: z.array(Host), families: z.array(Family) }).strict();
export const NationalFacts = z
  .object({
    addressLocalPart: fact(z.string().min(1)),
    webmailPattern: fact(Text),
    imap: fact(z.object({ port: z.number().int(), encryption: z.enum(ENCRYPTIONS) }).strict()),
    smtpPattern: fact(Text),
    identifier: fact(z.enum(['full-address', 'short-login'])),
    signOnLoginPaths: fact(z.array(PagePath).min(1)),
    signOnReturns: fact(z.array(z.string().min(1)).min(1)),
    forwardingPerimeter: fact(z.object({ academic: DomainSet, ministry: DomainSet }).strict()),
  })
  .strict();

export const KnownFacts = z
  .object({
    $comment: z.string().optional(),
    updated: Day,
    national: NationalFacts,
    academies: z.array(KnownAcademy).min(1),
  })
  .strict()
  .superRefine((known, ctx) => {
    const seen = new Set<string>();
    known.academies.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['academies', i, 'id'], message: `duplicate académie id "${a.id}"` });
      seen.add(a.id);
    });
  });

export type KnownAcademy = z.infer<typeof KnownAcademy>;
export type NationalFacts = z.infer<typeof NationalFacts>;
export type KnownFacts = z.infer<typeof KnownFacts>;
