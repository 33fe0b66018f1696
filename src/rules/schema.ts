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
import { extensionSchema } from './extension-schema';
import { HOST_RE, hostProblem, readUrl, type BuildBounds, type HostScope, type Reach, type UrlReach } from './hosts';
import type { MessageRef } from './messages';

export type { HostScope } from './hosts';

/** A custom issue naming a message of the validator's catalog (./messages.ts). */
const issue = (ctx: z.RefinementCtx, ref: MessageRef, path?: PropertyKey[]) =>
  ctx.addIssue({ code: 'custom', message: ref.key, params: { subs: ref.subs ?? [] }, ...(path ? { path } : {}) });

/** A calendar day that exists (2026-02-30 does not). */
const isRealDay = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'v_date').refine(isRealDay, 'v_date');

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
    by: z.string().min(1).describe('who confirmed it: the service, e.g. "DSI du rectorat"'),
    on: Day,
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

/**
 * A host name of a given reach (./hosts.ts: the one host rule). Its scope says what it is checked
 * against: the pack's academy domains, the public-suffix list where it is carried, the build's pack.
 */
export const hostSchema = (reach: Reach, scope: HostScope = {}) =>
  z
    .string()
    .regex(HOST_RE, 'v_host_syntax')
    .superRefine((host, ctx) => {
      const problem = hostProblem(host, reach, scope);
      if (problem) issue(ctx, problem);
    });
export type HostSchema = ReturnType<typeof hostSchema>;
/** A host name, checked for its syntax and not being an IP address only: the reach of a field is its own schema's. */
export const Host = hostSchema('outside');

/**
 * A URL by the one URL rule (./hosts.ts): https, no user info, its host normalised and of the given
 * reach. The value in force is the normalised URL.
 */
export const urlSchema = (reach: UrlReach, scope: HostScope = {}) =>
  z
    .string()
    .max(2048, 'v_url_length')
    .transform((u, ctx) => {
      const read = readUrl(u, reach, scope);
      if (read.ok) return read.href;
      issue(ctx, read.problem);
      return z.NEVER;
    })
    .meta({ format: 'uri' });
export type UrlSchema = ReturnType<typeof urlSchema>;
/** An https URL of any host (not an IP), for what names no academy place. */
export const HttpsUrl = urlSchema('outside');

/** "/a/b" or "/a/b*" — whole segments; only the last one may end with "*". */
const PATH_RE = /^\/([A-Za-z0-9._~!$&'()+,;=:@%-]+\/)*([A-Za-z0-9._~!$&'()+,;=:@%-]*\*?)$/;
/**
 * Patterns are not regular expressions: a whole segment `.*` or `.+` ("any segment" in a regex),
 * or a segment ending with `.+` (a prefix is written with `*`, never `+`), is a regex written by
 * mistake and would be taken literally. `/owa/auth/logon.*` is not: it is the prefix `logon.`, and
 * such a path exists.
 */
const regexSegment = (segment: string): boolean => segment === '.*' || segment.endsWith('.+');
const notRegex = (path: string, ctx: z.RefinementCtx) => {
  if (path.split('/').some(regexSegment)) issue(ctx, { key: 'v_path_regex', subs: [path] });
};
export const PathPrefix = z.string().regex(PATH_RE, 'v_path').superRefine(notRegex);

/** The `subdomains` of a URL pattern. */
const Subdomains = z
  .enum(['none', 'include', 'only'])
  .default('none')
  .describe('none: this host only; include: this host and every subdomain; only: subdomains but not the host itself');

/** Where a site lives: a host (of the given reach), its subdomains or not, a path prefix, query parameters. */
export const urlPatternSchema = (reach: UrlReach, scope: HostScope = {}) =>
  z
    .object({
      host: hostSchema(reach, scope),
      subdomains: Subdomains,
      path: PathPrefix.optional().describe('path prefix by whole segments; the last segment may end with "*"'),
      query: z
        .record(z.string().regex(/^[A-Za-z0-9_.-]+$/), z.string())
        .optional()
        .describe('query parameters that must be present with exactly these values'),
    })
    .strict()
    .superRefine((p, ctx) => {
      // An outside site claiming every subdomain of a public suffix would claim the whole web under it.
      if (reach !== 'outside' || p.subdomains === 'none') return;
      const problem = hostProblem(p.host, 'outside', scope, true);
      if (problem) issue(ctx, problem, ['host']);
    });
export const UrlPattern = urlPatternSchema('outside');

/**
 * A page path: a path prefix whose middle segments may also be a lone `*`, standing for exactly
 * one whole, non-empty segment (a glob `*` that never crosses a `/`). That is how a page whose
 * path holds a name (SOGo's `/SOGo/so/<user>/Mail/view`) is matched without the name being
 * written in the pack; the matched segment is never kept (`redactPath`). Only page patterns take
 * it: the portals' URL tries stay exact segment by segment.
 */
const PAGE_PATH_RE = /^\/(([A-Za-z0-9._~!$&'()+,;=:@%-]+|\*)\/)*([A-Za-z0-9._~!$&'()+,;=:@%-]*\*?)$/;
export const PagePath = z.string().regex(PAGE_PATH_RE, 'v_page_path').superRefine(notRegex);

// A path made of "/" and lone "*" segments names no page, only "any page".
const EVERY_PATH_RE = /^(\/\*?)+$/;

/** A pattern on the path (and query) only, valid on whatever host it is applied to. */
export const PagePattern = z
  .object({
    path: PagePath,
    query: UrlPattern.shape.query,
    exact: z
      .boolean()
      .optional()
      .describe('true: the path is the whole pathname, nothing may follow (OWA\'s inbox "/owa/" is not its login "/owa/auth/logon.aspx"); a trailing "/" then counts'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.exact && p.path.endsWith('*')) issue(ctx, { key: 'v_exact_star' }, ['path']);
    // A login page or endpoint that is every page would call every page a login (and start a journey on every POST).
    if (!p.exact && p.query === undefined && EVERY_PATH_RE.test(p.path)) issue(ctx, { key: 'v_path_every', subs: [p.path] }, ['path']);
  });

/** What the matcher calls a page that matches no role's patterns: no pack may declare a role by this name. */
export const NO_PAGE_ROLE = 'other';
const KEBAB_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PageRoleId = z.string().regex(KEBAB_RE, 'v_kebab');

/**
 * The pages of one site (a portal, the webmail, the whole academy) by role: a
 * role declared in `pageRoles` → a fact listing its page patterns. The matcher
 * reads every declared role the same way, so a new role is data only.
 */
export const PageSets = z
  // Any key here: the pack checks that each names a declared role, with a clearer message than a key pattern's.
  .record(z.string(), fact(z.array(PagePattern)).describe('the pages of this role; confidence: that of the least sure pattern'))
  .describe('pages by role, each role one of pageRoles, e.g. {"login": {"value": [{"path": "/login*"}], "confidence": "guess", "sources": ["…"]}}');

/** A CSS selector from the pack; only simple selector syntax, checked again at run time. */
export const Selector = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_#.\-\[\]="' :>,*^$|~()]+$/, 'v_selector');

/** Selectors every page matches: an inbox marker among them would call every page the inbox. */
const EVERY_PAGE_SELECTOR = /^(\*|html|body|head|:root)$/i;
/** A selector of an element only present once the inbox is shown: not one every page has. */
export const MarkerSelector = Selector.superRefine((s, ctx) => {
  const every = s.split(',').map((part) => part.trim()).find((part) => EVERY_PAGE_SELECTOR.test(part));
  if (every !== undefined) issue(ctx, { key: 'v_selector_every', subs: [every] });
});

/**
 * A webmail software the académies run or may move to (Convergence, Outlook on the web, SOGo,
 * Roundcube, Zimbra, Horde): its page shapes and inbox markers, read from its own code or
 * documentation (docs/research/webmail-families.md). The pack does not say which one the
 * webmail runs, so on the webmail's host any family's inbox counts as the inbox.
 */
export const WebmailFamily = z
  .object({
    id: z.string().regex(KEBAB_RE, 'v_kebab'),
    name: z.string().min(1).describe('the software\'s name, as its vendor writes it'),
    pages: PageSets.describe('its pages by role (pageRoles), valid on the webmail\'s host only'),
    inboxMarkers: fact(z.array(MarkerSelector)).describe('DOM elements only present once its inbox is shown (empty when none is known)'),
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

/** A French department's code (metropolitan 01–95 with Corsica's 2A and 2B, overseas 971–976): each académie's pack lists its own. */
export const Department = z.string().regex(/^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])$/, 'v_department');
export const Credentials = z.enum(['yes', 'no', 'unknown']);

/**
 * The fields of a portal whose hosts and home are of the given reach. An academy portal's host off
 * the academy's domains is refused with the way to mend it (`"outside": true`): a pack hosted
 * before the host rule may have the regional ENT without it.
 */
const portalShape = (reach: 'academy-site' | 'outside', scope: HostScope) => ({
  id: z.string().regex(KEBAB_RE, 'v_kebab'),
  kind: PortalKind,
  department: Department.optional(),
  name: Text,
  role: Text.describe('what the site is for, in one sentence'),
  home: fact(urlSchema(reach, scope)).optional().describe('address to show in the directory (https)'),
  urls: fact(z.array(urlPatternSchema(reach, scope)).min(1)).describe('where the portal lives'),
  pages: PageSets.optional().describe('pages of this portal by role (pageRoles), e.g. its login pages'),
  sharesAcademicCredentials: fact(Credentials).describe('does the login form take the academic username and password?'),
  hasMailbox: fact(z.boolean()).describe('can the academic mailbox be read on this site?'),
});

/**
 * A site: the academy's (its hosts at or under `academy.domains`), or, said explicitly with
 * `"outside": true`, someone else's (the regional ENT's sign-on). An outside site may not claim
 * every subdomain of a public suffix, nor, from a hosted pack or a policy, subdomains the built-in
 * pack does not claim.
 */
export const portalSchema = (scope: HostScope = {}) =>
  z.discriminatedUnion('outside', [
    z
      .object({
        outside: z.literal(false).optional().describe('true: the site is not the academy\'s (e.g. the regional ENT); its hosts need not be under academy.domains'),
        ...portalShape('academy-site', scope),
      })
      .strict(),
    z.object({ outside: z.literal(true), ...portalShape('outside', scope) }).strict(),
  ]);
export const Portal = portalSchema();

export const DepartmentInfo = z
  .object({
    code: Department,
    name: Text,
    seat: fact(z.string().min(1)).describe('town of the DSDEN'),
  })
  .strict();

/** Account help: password-reset routes, departmental IT services, first-login reminder (see support-schema.ts); its URLs are the academy's. */
export const supportSchemaIn = (scope: HostScope = {}) => supportSchema({ fact, Text, Department, HttpsUrl: urlSchema('academy', scope) });
export const Support = supportSchemaIn();

/**
 * The rules pack, its hosts and URLs checked in `scope`. Only `checkPack` (./validate.ts) knows the
 * academy's domains before the rest is read: it reads `academy.domains` first, then the pack in
 * their scope. `Pack` (no scope) checks every rule but "under the academy's domains".
 */
export const packSchema = (scope: HostScope = {}) =>
  z
    .object({
      $schema: z.string().optional(),
      packVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'v_semver'),
      updated: Day,
      pageRoles: z
        .array(PageRoleId.superRefine((id, ctx) => (id === NO_PAGE_ROLE ? issue(ctx, { key: 'v_role_other', subs: [NO_PAGE_ROLE] }) : undefined)))
        .describe(
          `the kinds of page the "pages" fields may name (academy.pages, webmail.pages, portals[].pages), most important first: a page matching the patterns of several roles gets the first one listed; a page matching none is "${NO_PAGE_ROLE}"`,
        ),
      academy: academySchema(scope),
      webmail: z
        .object({
          portal: z.string().describe('id of the portal that hosts the mailbox (one of the academy\'s: not outside)'),
          url: fact(urlSchema('academy', scope)).describe('the address to type to reach the mailbox (https, on the academy\'s domains)'),
          pages: PageSets.optional().describe('pages of the webmail portal by role (pageRoles), e.g. its login page and its inbox'),
          inboxMarkers: fact(z.array(MarkerSelector)).describe('DOM elements only present once the inbox is shown'),
        })
        .strict(),
      webmailFamilies: z
        .array(WebmailFamily)
        .default([])
        .describe('webmail software families whose inbox is recognised on the webmail\'s host, beside webmail.pages and webmail.inboxMarkers'),
      loginEndpoints: fact(z.array(PagePattern))
        .optional()
        .describe('where credentials are POSTed on academy hosts (SAML SSO, Arena, the webmail login service): a POST there starts a login journey'),
      portals: z.array(portalSchema(scope)).min(1),
      support: supportSchemaIn(scope).optional(),
      mail: mailSettingsSchema({
        fact,
        Selector,
        Text,
        AcademyHost: hostSchema('academy', scope),
        OutsideHost: hostSchema('outside', scope),
        ProviderDomain: hostSchema('provider-domain', scope),
        AcademicDomain: hostSchema('academic-perimeter', scope),
        MinistryDomain: hostSchema('ministry-perimeter', scope),
        scope,
      })
        .optional()
        .describe('mail apps and forwarding (src/rules/mail-schema.ts)'),
      diagnostics: diagnosticsSchema({ fact, Text }).optional().describe('connection diagnostics: slow-load threshold, minimum browsers, unsupported systems (src/rules/diagnostics-schema.ts)'),
    })
    .strict()
    .superRefine((pack, ctx) => {
      // Each role is declared once, and every `pages` field names declared roles only (a typo would silently match nothing).
      const declared = new Set<string>();
      pack.pageRoles.forEach((role, i) => {
        if (declared.has(role)) issue(ctx, { key: 'v_role_twice', subs: [role] }, ['pageRoles', i]);
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
        if (first !== undefined) issue(ctx, { key: 'v_duplicate_family', subs: [f.id, first] }, ['webmailFamilies', i, 'id']);
        else families.set(f.id, i);
      });
      for (const [path, pages] of sites) {
        for (const role of Object.keys(pages ?? {})) {
          if (declared.has(role)) continue;
          issue(ctx, { key: 'v_role_unknown', subs: [role, [...declared].join(', ') || 'none declared'] }, [...path, role]);
        }
      }
      const seen = new Map<string, number>();
      pack.portals.forEach((p, i) => {
        const first = seen.get(p.id);
        if (first !== undefined) issue(ctx, { key: 'v_duplicate_portal', subs: [p.id, `portals[${first}]`] }, ['portals', i, 'id']);
        else seen.set(p.id, i);
      });
      // A department named anywhere is one of the academy's own (each académie lists its own codes).
      const codes = new Set(pack.academy.departments.map((d) => d.code));
      const listed = [...codes].join(', ') || 'none listed';
      pack.portals.forEach((p, i) => {
        if (p.department !== undefined && !codes.has(p.department)) issue(ctx, { key: 'v_department_unknown', subs: [p.department, listed] }, ['portals', i, 'department']);
      });
      pack.support?.departmentIt.forEach((d, i) => {
        if (!codes.has(d.department)) issue(ctx, { key: 'v_department_unknown', subs: [d.department, listed] }, ['support', 'departmentIt', i, 'department']);
      });
      const webmail = pack.portals.find((p) => p.id === pack.webmail.portal);
      if (!webmail) issue(ctx, { key: 'v_no_portal', subs: [pack.webmail.portal] }, ['webmail', 'portal']);
      else if (webmail.outside) issue(ctx, { key: 'v_webmail_outside', subs: [webmail.id] }, ['webmail', 'portal']);
      else if (!webmail.hasMailbox.value) issue(ctx, { key: 'v_webmail_no_mailbox', subs: [webmail.id] }, ['webmail', 'portal']);
    });

/** The academy's own part; its `domains` are what every academy host and URL is checked against. */
export const academySchema = (scope: HostScope = {}) =>
  z
    .object({
      id: z.string().regex(/^[a-z-]+$/),
      name: Text,
      domains: z
        .array(hostSchema('academy-domain', scope))
        .min(1)
        .describe('every host under these domains belongs to the academy; none may be a public suffix'),
      mailDomain: hostSchema('academy', scope).describe('the domain of the academic addresses, at or under one of the domains'),
      addressFormat: fact(z.string().min(1)),
      departments: z.array(DepartmentInfo),
      pages: PageSets.optional().describe('page shapes common to academy software (Arena, SAML IdP, Convergence), by role: valid on every host under the domains, portal or not'),
      signOnReturns: fact(z.array(z.string().min(1)))
        .optional()
        .describe('query parameters in which sign-on pages carry the address they return to (CT_ORIG_URL, service, TARGET…): a sign-on page returning to the webmail is the mailbox\'s own login; it only ever silences a warning'),
      extension: extensionSchema.optional(),
    })
    .strict();

/** A pack's hosts and URLs checked for syntax and IP literals only (its domains unknown): for types, the JSON Schema and tests. */
export const Pack = packSchema();

/**
 * What a remote layer (hosted pack, policy) may say, from the pack built into the extension:
 * the built-in pack was checked against the public-suffix list when it was built.
 */
export function buildBounds(built: Pack): BuildBounds {
  const claimed = (p: Portal) => (p.outside ? p.urls.value.filter((u) => u.subdomains !== 'none').map((u) => u.host) : []);
  const forwarding = built.mail?.forwarding.domains.value;
  const none = { exact: [], families: [] };
  // Each role its own bound: a provider's domain is never an academic one (the forwarding guard would trust it).
  return {
    domains: built.academy.domains,
    outsideSites: built.portals.flatMap(claimed),
    providerDomains: built.mail?.otherProviders.flatMap((p) => p.domains) ?? [],
    perimeter: { academic: forwarding?.academic ?? none, ministry: forwarding?.ministry ?? none },
  };
}

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
export type { BuildBounds } from './hosts';
export type Support = z.infer<typeof Support>;
