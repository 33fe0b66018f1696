/**
 * The rules pack schema: the one description of what a pack may say.
 * Every type the rest of the code uses for pack data is inferred from here.
 *
 * URL patterns are deliberately not regular expressions: a pack can be hosted
 * centrally or pushed by policy, and a catastrophic regex would then run on
 * every navigation. Only explicit kinds exist: exact host, subdomains of a
 * host, path prefix by whole segments (the last segment may end with `*`),
 * and exact query parameters.
 */
import { z } from 'zod';
import { mailSettingsSchema } from './mail-schema';
import { supportSchema } from './support-schema';
import { diagnosticsSchema } from './diagnostics-schema';

export const CONFIDENCES = ['multi', 'one', 'weak', 'guess'] as const;
export const Confidence = z
  .enum(CONFIDENCES)
  .describe('multi: several independent sources; one: a single source; weak: SEO filler or contradicted; guess: an inference. Anything but multi is shown as "à confirmer".');

/** Where a fact comes from and how sure we are of it. */
export const Provenance = z
  .object({
    confidence: Confidence,
    sources: z.array(z.string().min(1)).min(1).describe('URLs or short descriptions of where the fact was read'),
    note: z.string().optional(),
  })
  .strict();

/**
 * The institution's word that a fact is right, whatever its confidence: only an institution's own
 * pack (hosted, named by its policy) says it; the bundled pack never does (rules.test.ts).
 */
export const ConfirmedBy = z
  .object({
    by: z.string().min(1).describe('who confirmed it: the service, e.g. "DSI de l\'académie de Lyon"'),
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'),
  })
  .strict()
  .describe('set by the institution that runs the site: the fact is then sure (warnings may rest on it)');

/** A value carrying its provenance. */
export const fact = <T extends z.ZodType>(value: T) =>
  z.object({ value, confidence: Confidence, sources: Provenance.shape.sources, note: z.string().optional(), confirmedBy: ConfirmedBy.optional() }).strict();

export const Text = z
  .object({ fr: z.string().min(1), en: z.string().min(1) })
  .strict()
  .describe('A text in French (first) and English');

/** Lowercase ASCII host name: IDNs must be written in punycode, as URL parsing returns them. */
const HOST_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;
export const Host = z
  .string()
  .regex(HOST_RE, 'must be a lowercase ASCII host name (punycode for IDN), without scheme, port, path or wildcard');

/** "/a/b" or "/a/b*" — whole segments; only the last one may end with "*". */
const PATH_RE = /^\/([A-Za-z0-9._~!$&'()+,;=:@%-]+\/)*([A-Za-z0-9._~!$&'()+,;=:@%-]*\*?)$/;
export const PathPrefix = z
  .string()
  .regex(PATH_RE, 'must start with "/", hold whole path segments, and may only end with "*"');

export const UrlPattern = z
  .object({
    host: Host,
    subdomains: z
      .enum(['none', 'include', 'only'])
      .default('none')
      .describe('none: this host only; include: this host and every subdomain; only: subdomains but not the host itself'),
    path: PathPrefix.optional().describe('path prefix by whole segments; the last segment may end with "*"'),
    query: z
      .record(z.string().regex(/^[A-Za-z0-9_.-]+$/), z.string())
      .optional()
      .describe('query parameters that must be present with exactly these values'),
  })
  .strict();

/**
 * A page path: a path prefix whose middle segments may also be a lone `*`, standing for exactly
 * one whole, non-empty segment (a glob `*` that never crosses a `/`). That is how a page whose
 * path holds a name (SOGo's `/SOGo/so/<user>/Mail/view`) is matched without the name being
 * written in the pack; the matched segment is never kept (`redactPath`). Only page patterns take
 * it: the portals' URL tries stay exact segment by segment.
 */
const PAGE_PATH_RE = /^\/(([A-Za-z0-9._~!$&'()+,;=:@%-]+|\*)\/)*([A-Za-z0-9._~!$&'()+,;=:@%-]*\*?)$/;
export const PagePath = z
  .string()
  .regex(PAGE_PATH_RE, 'must start with "/", hold whole path segments (a middle segment may be a lone "*": any one segment), and may only end with "*"');

/** A pattern on the path (and query) only, valid on whatever host it is applied to. */
export const PagePattern = UrlPattern.omit({ host: true, subdomains: true })
  .extend({
    path: PagePath,
    exact: z
      .boolean()
      .optional()
      .describe('true: the path is the whole pathname, nothing may follow (OWA\'s inbox "/owa/" is not its login "/owa/auth/logon.aspx"); a trailing "/" then counts'),
  })
  .strict()
  .refine((p) => !(p.exact && p.path.endsWith('*')), { message: 'an exact path cannot end with "*"', path: ['path'] });

/** What the matcher calls a page that matches no role's patterns: no pack may declare a role by this name. */
export const NO_PAGE_ROLE = 'other';
const KEBAB_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PageRoleId = z.string().regex(KEBAB_RE, 'must be lowercase kebab-case');

/**
 * The pages of one site (a portal, the webmail, the whole academy) by role: a
 * role declared in `pageRoles` → a fact listing its page patterns. The matcher
 * reads every declared role the same way, so a new role is data only.
 */
export const PageSets = z
  // Any key here: the pack checks that each names a declared role, with a clearer message than a key pattern's.
  .record(z.string(), fact(z.array(PagePattern)).describe('the pages of this role; confidence: that of the least sure pattern'))
  .describe('pages by role, each role one of pageRoles, e.g. {"login": {"value": [{"path": "/login*"}], "confidence": "guess", "sources": ["…"]}}');

export const WebUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL');

export const HttpsUrl = z
  .string()
  .url()
  .refine((u) => {
    try {
      return new URL(u).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

/** A CSS selector from the pack; only simple selector syntax, checked again at run time. */
export const Selector = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_#.\-\[\]="' :>,*^$|~()]+$/, 'must be a plain CSS selector');

/**
 * A webmail software the académies run or may move to (Convergence, Outlook on the web, SOGo,
 * Roundcube, Zimbra, Horde): its page shapes and inbox markers, read from its own code or
 * documentation (docs/research/webmail-families.md). The pack does not say which one the
 * webmail runs, so on the webmail's host any family's inbox counts as the inbox.
 */
export const WebmailFamily = z
  .object({
    id: z.string().regex(KEBAB_RE, 'must be lowercase kebab-case'),
    name: z.string().min(1).describe('the software\'s name, as its vendor writes it'),
    pages: PageSets.describe('its pages by role (pageRoles), valid on the webmail\'s host only'),
    inboxMarkers: fact(z.array(Selector)).describe('DOM elements only present once its inbox is shown (empty when none is known)'),
  })
  .strict();

export const PORTAL_KINDS = [
  'rectorate',
  'webmail',
  'staff-portal',
  'services',
  'drane',
  'forum',
  'dsden',
  'disciplinary',
  'school',
  'legacy',
  'regional-ent',
] as const;
export const PortalKind = z.enum(PORTAL_KINDS);

export const Department = z.enum(['01', '42', '69']);
export const Credentials = z.enum(['yes', 'no', 'unknown']);

export const Portal = z
  .object({
    id: z.string().regex(KEBAB_RE, 'must be lowercase kebab-case'),
    kind: PortalKind,
    department: Department.optional(),
    name: Text,
    role: Text.describe('what the site is for, in one sentence'),
    home: fact(WebUrl).optional().describe('address to show in the directory'),
    urls: fact(z.array(UrlPattern).min(1)).describe('where the portal lives'),
    pages: PageSets.optional().describe('pages of this portal by role (pageRoles), e.g. its login pages'),
    sharesAcademicCredentials: fact(Credentials).describe('does the login form take the academic username and password?'),
    hasMailbox: fact(z.boolean()).describe('can the academic mailbox be read on this site?'),
  })
  .strict();

export const DepartmentInfo = z
  .object({
    code: Department,
    name: Text,
    seat: fact(z.string().min(1)).describe('town of the DSDEN'),
  })
  .strict();

/** Account help: password-reset routes, departmental IT services, first-login reminder (see support-schema.ts). */
export const Support = supportSchema({ fact, Text, Department, HttpsUrl });

export const Pack = z
  .object({
    $schema: z.string().optional(),
    packVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'),
    pageRoles: z
      .array(PageRoleId.refine((id) => id !== NO_PAGE_ROLE, `"${NO_PAGE_ROLE}" is the name of pages with no role; it cannot be declared`))
      .describe(
        `the kinds of page the "pages" fields may name (academy.pages, webmail.pages, portals[].pages), most important first: a page matching the patterns of several roles gets the first one listed; a page matching none is "${NO_PAGE_ROLE}"`,
      ),
    academy: z
      .object({
        id: z.string().regex(/^[a-z-]+$/),
        name: Text,
        domains: z.array(Host).min(1).describe('every host under these domains belongs to the academy'),
        mailDomain: Host,
        addressFormat: fact(z.string().min(1)),
        departments: z.array(DepartmentInfo),
        pages: PageSets.optional().describe('page shapes common to academy software (Arena, SAML IdP, Convergence), by role: valid on every host under the domains, portal or not'),
        signOnReturns: fact(z.array(z.string().min(1)))
          .optional()
          .describe('query parameters in which sign-on pages carry the address they return to (CT_ORIG_URL, service, TARGET…): a sign-on page returning to the webmail is the mailbox\'s own login; it only ever silences a warning'),
      })
      .strict(),
    webmail: z
      .object({
        portal: z.string().describe('id of the portal that hosts the mailbox'),
        url: fact(HttpsUrl).describe('the address to type to reach the mailbox'),
        pages: PageSets.optional().describe('pages of the webmail portal by role (pageRoles), e.g. its login page and its inbox'),
        inboxMarkers: fact(z.array(Selector)).describe('DOM elements only present once the inbox is shown'),
      })
      .strict(),
    webmailFamilies: z
      .array(WebmailFamily)
      .default([])
      .describe('webmail software families whose inbox is recognised on the webmail\'s host, beside webmail.pages and webmail.inboxMarkers'),
    loginEndpoints: fact(z.array(PagePattern))
      .optional()
      .describe('where credentials are POSTed on academy hosts (SAML SSO, Arena, the webmail login service): a POST there starts a login journey'),
    portals: z.array(Portal).min(1),
    support: Support.optional(),
    mail: mailSettingsSchema({ fact, Host, Selector, Text }).optional().describe('mail apps and forwarding (src/rules/mail-schema.ts)'),
    diagnostics: diagnosticsSchema({ fact, Text }).optional().describe('connection diagnostics: slow-load threshold, minimum browsers, unsupported systems (src/rules/diagnostics-schema.ts)'),
  })
  .strict()
  .superRefine((pack, ctx) => {
    // Each role is declared once, and every `pages` field names declared roles only (a typo would silently match nothing).
    const declared = new Set<string>();
    pack.pageRoles.forEach((role, i) => {
      if (declared.has(role)) ctx.addIssue({ code: 'custom', path: ['pageRoles', i], message: `role "${role}" is declared twice` });
      declared.add(role);
    });
    const sites: [(string | number)[], PageSets | undefined][] = [
      [['academy', 'pages'], pack.academy.pages],
      [['webmail', 'pages'], pack.webmail.pages],
      ...pack.portals.map((p, i): [(string | number)[], PageSets | undefined] => [['portals', i, 'pages'], p.pages]),
      ...pack.webmailFamilies.map((f, i): [(string | number)[], PageSets | undefined] => [['webmailFamilies', i, 'pages'], f.pages]),
    ];
    const families = new Map<string, number>();
    pack.webmailFamilies.forEach((f, i) => {
      const first = families.get(f.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['webmailFamilies', i, 'id'], message: `duplicate webmail family id "${f.id}" (first at webmailFamilies[${first}])` });
      else families.set(f.id, i);
    });
    for (const [path, pages] of sites) {
      for (const role of Object.keys(pages ?? {})) {
        if (declared.has(role)) continue;
        ctx.addIssue({ code: 'custom', path: [...path, role], message: `role "${role}" is not in pageRoles (${[...declared].join(', ') || 'none declared'})` });
      }
    }
    const seen = new Map<string, number>();
    pack.portals.forEach((p, i) => {
      const first = seen.get(p.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['portals', i, 'id'], message: `duplicate portal id "${p.id}" (first at portals[${first}])` });
      } else seen.set(p.id, i);
    });
    const webmail = pack.portals.find((p) => p.id === pack.webmail.portal);
    if (!webmail) {
      ctx.addIssue({ code: 'custom', path: ['webmail', 'portal'], message: `no portal has id "${pack.webmail.portal}"` });
    } else if (!webmail.hasMailbox.value) {
      ctx.addIssue({ code: 'custom', path: ['webmail', 'portal'], message: `portal "${webmail.id}" must have hasMailbox true` });
    }
  });

export type Confidence = z.infer<typeof Confidence>;
export type Text = z.infer<typeof Text>;
export type UrlPattern = z.infer<typeof UrlPattern>;
export type PagePattern = z.infer<typeof PagePattern>;
export type PageSets = z.infer<typeof PageSets>;
export type Portal = z.infer<typeof Portal>;
export type WebmailFamily = z.infer<typeof WebmailFamily>;
export type PortalKind = z.infer<typeof PortalKind>;
export type Credentials = z.infer<typeof Credentials>;
export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
export type Support = z.infer<typeof Support>;
