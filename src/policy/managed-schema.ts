/**
 * What the academy's IT service may set by browser policy (`storage.managed`:
 * Chrome/Edge policy "3rdparty", Firefox `policies.json` "3rdparty"), and the
 * key-by-key check of what the browser hands us.
 *
 * Neither browser can be trusted to have checked anything: Firefox ignores the
 * declared schema entirely, and Chrome's schema (public/managed-schema.json,
 * generated from here) only declares types. So every value is checked here, one
 * key at a time: a bad key is ignored and reported with its path and reason, the
 * others apply. Within one key nothing is half-applied: one bad portal in
 * `extraPortals` rejects the whole key.
 */
import { z } from 'zod';
import { Department, portalSchema, supportSchemaIn, urlSchema, type HostScope } from '../rules/schema';
import { formatPath, issuesToErrors, valueAt } from '../rules/validate';
import type { MessageRef } from '../rules/messages';

/** Features an institution may switch off. */
export const FEATURES = ['banner', 'forwarding-guard', 'self-check', 'reminders', 'journeys', 'first-run'] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * Each managed key's schema; `validateManaged` checks them one by one. Its URLs and hosts follow the
 * pack's one URL and host rule (src/rules/hosts.ts), in `scope`: in the worker, the academy's
 * domains and bounds of the pack built into the extension.
 */
export function managedKeys(scope: HostScope = {}) {
  /** The pack's own contact shape (url, email, phone; all optional), with a label. */
  const Contact = supportSchemaIn(scope).shape.departmentIt.element.shape.contact.shape.value;
  const DepartmentContact = Contact.extend({ label: z.string().trim().min(1).max(200) })
    .strict()
    .refine((c) => c.url !== undefined || c.email !== undefined || c.phone !== undefined, 'v_contact_empty');
  return {
    webmailUrl: urlSchema('academy', scope).meta({
      title: 'Webmail address',
      description:
        'The address offered to reach the academic mailbox (popup, banner, guide), replacing the rules pack\'s. https only, no user name or password, on one of the academy\'s domains (the same rule as the pack\'s webmail.url). Example: "{webmailUrl}".',
    }),
    assistanceUrl: urlSchema('academy', scope).meta({
      title: 'Assistance page',
      description: 'The institution\'s help page for mail problems. https only, on one of the academy\'s domains. Example: "{assistanceUrl}".',
    }),
    institutionName: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .meta({
        title: 'Institution name',
        description: 'Shown in the footer of the banner and of the popup. Example: "{institutionName}".',
      }),
    supportContact: DepartmentContact.meta({
      title: 'Support contact',
      description:
        'Shown in the footer of the banner and of the popup: label, and at least one of url (https, on the academy\'s domains), phone, email. Example: {"label": "Assistance informatique", "phone": "04 00 00 00 00", "url": "{assistanceUrl}"}.',
    }),
    departmentContacts: z
      .record(Department, DepartmentContact)
      .meta({
        title: 'Departmental IT contacts',
        description:
          'Per department of the academy, by its code ("69"): label, and at least one of url (https, on the academy\'s domains), phone, email. Shown on the account page in place of the rules pack\'s; a department the pack does not list is refused, with the reason, on the options page. Example: {"69": {"label": "Assistance DSDEN", "phone": "04 00 00 00 00"}}.',
      }),
    extraPortals: z
      .array(portalSchema(scope))
      .max(100, 'must hold at most 100 portals')
      .superRefine((portals, ctx) => {
        const seen = new Map<string, number>();
        portals.forEach((p, i) => {
          const first = seen.get(p.id);
          if (first === undefined) seen.set(p.id, i);
          else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'v_duplicate_portal', params: { subs: [p.id, `[${first}]`] } });
        });
      })
      .meta({
        title: 'Extra portals',
        description:
          'Portals added to the rules pack, in the pack\'s portal format (rules/schema.json, "portals" items): hosts under the academy\'s domains, or "outside": true for another\'s site (which may not claim subdomains the built-in rules do not). A portal whose id is already in the pack replaces it. One invalid portal rejects the whole list.',
      }),
    rulesUrl: urlSchema('outside', scope).meta({
      title: 'Hosted rules pack',
      description:
        'https URL of a rules pack hosted by the institution (rules/schema.json), on any server it runs (no user name or password). Fetched at start-up and every 6 hours, at most 512 KiB; an invalid or unreachable pack keeps the last good one. Example: "{rulesUrl}".',
    }),
    disabledFeatures: z
      .array(z.enum(FEATURES))
      .max(20, 'must hold at most 20 entries')
      .transform((list) => [...new Set(list)])
      .meta({
        title: 'Disabled features',
        description: `Features to switch off, among: ${FEATURES.join(', ')}. Example: ["reminders"].`,
      }),
    language: z.enum(['fr', 'en', 'auto']).meta({
      title: 'Language',
      description: 'Language of the extension: "fr", "en", or "auto" (the browser\'s). When set, it takes precedence over the user\'s choice.',
    }),
  } as const;
}

/** The keys' schemas with no academy known: for types and the published schema. */
export const MANAGED_KEYS = managedKeys();
export const DepartmentContact = MANAGED_KEYS.departmentContacts.valueType;
export type DepartmentContact = z.infer<typeof DepartmentContact>;

export type ManagedKey = keyof typeof MANAGED_KEYS;
export const MANAGED_KEY_NAMES = Object.keys(MANAGED_KEYS) as ManagedKey[];
export type Managed = { [K in ManagedKey]: z.output<(typeof MANAGED_KEYS)[K]> };

/** The whole managed object, for types and the published schema; validation goes key by key. */
export const ManagedSettings = z.object(MANAGED_KEYS).partial().strict();

/** A value that was not applied: where, why, and what it was (a short JSON preview). */
export interface Rejection {
  path: string;
  reason: string;
  /** The validator's message (key and values), for the options page to say in the user's language. */
  ref?: MessageRef;
  value?: string;
}

export interface ManagedResult {
  values: Partial<Managed>;
  rejected: Rejection[];
}

const PREVIEW_MAX = 200;

/** A short JSON rendering of a rejected value, for the options page. */
export function preview(value: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = String(value);
  }
  if (text === undefined) return undefined;
  return text.length > PREVIEW_MAX ? `${text.slice(0, PREVIEW_MAX - 1)}…` : text;
}

const isKey = (key: string): key is ManagedKey => Object.hasOwn(MANAGED_KEYS, key);
export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each key wrapped in an object of its own, so error paths start with the key's name. */
const wrapKeys = (keys: ReturnType<typeof managedKeys>) =>
  Object.fromEntries(MANAGED_KEY_NAMES.map((k) => [k, z.object({ [k]: keys[k] })])) as Record<ManagedKey, z.ZodObject>;
const WRAPPED = wrapKeys(MANAGED_KEYS);
/** Building the keys' schemas costs more than checking a value: once per scope. */
const wrappedIn = new WeakMap<HostScope, ReturnType<typeof wrapKeys>>();
function schemasIn(scope: HostScope) {
  let schemas = wrappedIn.get(scope);
  if (!schemas) wrappedIn.set(scope, (schemas = wrapKeys(managedKeys(scope))));
  return schemas;
}

/**
 * Checks what `storage.managed.get()` returned, key by key. `undefined`/`null`
 * (no policy) is no settings and no error.
 */
export function validateManaged(raw: unknown, scope?: HostScope): ManagedResult {
  const schemas = scope ? schemasIn(scope) : WRAPPED;
  const values: Partial<Record<ManagedKey, unknown>> = {};
  const rejected: Rejection[] = [];
  if (raw === undefined || raw === null) return { values: {}, rejected };
  if (!isPlainObject(raw)) return { values: {}, rejected: [{ path: '(root)', reason: 'managed settings must be an object', value: preview(raw) }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!isKey(key)) {
      rejected.push({ path: formatPath([key]), reason: `unknown setting (known: ${MANAGED_KEY_NAMES.join(', ')})`, value: preview(value) });
      continue;
    }
    const wrapped = { [key]: value };
    const result = schemas[key].safeParse(wrapped);
    if (result.success) {
      values[key] = result.data[key];
      continue;
    }
    for (const issue of result.error.issues) {
      const [error] = issuesToErrors([issue], wrapped);
      const at = preview(valueAt(wrapped, issue.path).value);
      rejected.push({ path: error!.path, reason: error!.message, ref: error!.ref, ...(at === undefined ? {} : { value: at }) });
    }
  }
  return { values: values as Partial<Managed>, rejected };
}
