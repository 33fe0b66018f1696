/**
 * The configuration in force: the bundled pack, under the institution's hosted
 * pack (`rulesUrl`), under its managed settings. Pure: the inputs are already
 * read (storage, policy); this only decides.
 *
 * Each layer, and each managed key that changes the pack, is applied on its own
 * and the result checked again by the Pack schema: when the result is invalid,
 * that change is dropped (the layer below stays in force) and the reason is
 * reported. Nothing is ever half-applied.
 */
import type { LangSetting } from '../i18n/lang';
import { buildBounds, type HostScope, type Pack, type Portal } from '../rules/schema';
import { checkPack, describeErrors, type FieldError, type PackScope } from '../rules/validate';
import type { DepartmentContact, Feature, Managed, Rejection } from './managed-schema';
import { withDepartmentContacts } from './department-contacts';

export type Source = 'bundled' | 'hosted' | 'policy';

/** The hosted pack as cached: `pack` comes from storage, so it is checked again here. */
export interface HostedInput {
  pack: unknown;
  fetchedAt: string;
  url: string;
}

export interface LayerInputs {
  bundled: Pack;
  hosted?: HostedInput | undefined;
  managed: Partial<Managed>;
}

/** A layer or a managed value that could not be applied: where it came from, and why. */
export interface LayerRejection extends Rejection {
  source: Exclude<Source, 'bundled'>;
}

/** Something worth knowing that is not an error (a portal replaced, an old hosted pack). */
export interface Notice {
  path: string;
  message: string;
}

export interface EffectiveConfig {
  pack: Pack;
  /**
   * Where each value in force comes from. Keys: `pack`, `webmail.url`,
   * `portals.<id>` (every portal), and each managed setting in force
   * (`assistanceUrl`, `departmentContacts.<code>`, `disabledFeatures`,
   * `language`, `rulesUrl`).
   */
  sources: Record<string, Source>;
  disabledFeatures: Feature[];
  /** The policy's language, which takes precedence over the user's; undefined when no policy sets it. */
  language: LangSetting | undefined;
  assistanceUrl: string | undefined;
  departmentContacts: Partial<Record<Pack['academy']['departments'][number]['code'], DepartmentContact>>;
  /** Layers and values dropped because the pack they made was invalid. */
  rejected: LayerRejection[];
  notices: Notice[];
}

const semver = (v: string): number[] => v.split('.').map(Number);
function olderThan(a: string, b: string): boolean {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/**
 * How a remote layer (the hosted pack, the policy's changes to the pack) is checked in the worker,
 * which does not carry the public-suffix list: held to the pack built into the extension, which was
 * checked against the list when it was built (src/rules/hosts.ts).
 */
export function remoteScope(bundled: Pack): PackScope {
  let scope = scopes.get(bundled);
  if (!scope) scopes.set(bundled, (scope = { build: buildBounds(bundled) }));
  return scope;
}
const scopes = new WeakMap<Pack, PackScope>();

/**
 * How the worker checks the policy's values (`validateManaged`): held to the built-in pack like a
 * remote layer, and "under the academy's domains" meaning the built-in pack's. One object per
 * pack, so the policy's schemas are built once.
 */
export function policyScope(bundled: Pack): HostScope {
  let scope = policyScopes.get(bundled);
  if (!scope) policyScopes.set(bundled, (scope = { ...remoteScope(bundled), domains: bundled.academy.domains }));
  return scope;
}
const policyScopes = new WeakMap<Pack, HostScope>();

/** Tries a change to the pack; returns the checked result, or the errors it is refused for. */
function tryPack(candidate: unknown, scope: PackScope): { ok: true; pack: Pack } | { ok: false; reason: string; errors: FieldError[] } {
  const checked = checkPack(candidate, scope);
  return checked.ok
    ? { ok: true, pack: checked.value }
    : { ok: false, reason: `the resulting rules pack is invalid:\n${describeErrors(checked.errors)}`, errors: checked.errors };
}

export function effectiveConfig({ bundled, hosted, managed }: LayerInputs): EffectiveConfig {
  const scope = remoteScope(bundled);
  const rejected: LayerRejection[] = [];
  const notices: Notice[] = [];
  const sources: Record<string, Source> = {};
  const portalSource = new Map<string, Source>();

  // 1. Bundled < hosted.
  let pack = bundled;
  let base: Source = 'bundled';
  if (hosted) {
    const checked = checkPack(hosted.pack, scope);
    if (checked.ok) {
      pack = checked.value;
      base = 'hosted';
      if (olderThan(pack.packVersion, bundled.packVersion)) {
        notices.push({
          path: 'rulesUrl',
          message: `the hosted pack (${pack.packVersion}) is older than the one built into the extension (${bundled.packVersion})`,
        });
      }
    } else {
      rejected.push({
        source: 'hosted',
        path: 'rulesUrl',
        reason: `the hosted pack from ${hosted.url} is invalid; the bundled pack stays in force:\n${describeErrors(checked.errors)}`,
      });
    }
  }
  sources.pack = base;
  for (const p of pack.portals) portalSource.set(p.id, base);
  let webmailSource: Source = base;

  // 2. Managed keys that change the pack, one at a time.
  if (managed.extraPortals && managed.extraPortals.length > 0) {
    const extra = managed.extraPortals;
    const byId = new Map<string, Portal>(extra.map((p) => [p.id, p]));
    const replaced = pack.portals.filter((p) => byId.has(p.id)).map((p) => p.id);
    const portals = [...pack.portals.map((p) => byId.get(p.id) ?? p), ...extra.filter((p) => !replaced.includes(p.id))];
    const tried = tryPack({ ...pack, portals }, scope);
    if (tried.ok) {
      pack = tried.pack;
      for (const p of extra) portalSource.set(p.id, 'policy');
      for (const id of replaced) notices.push({ path: `extraPortals`, message: `portal "${id}" of the ${base} pack is replaced by the policy's` });
    } else {
      rejected.push({ source: 'policy', path: 'extraPortals', reason: tried.reason });
    }
  }

  if (managed.webmailUrl !== undefined) {
    // The pack's own URL rule (src/rules/hosts.ts), in the pack in force: https, no user info, on the
    // academy's domains. A typo here would send every user to someone else's site.
    const url = managed.webmailUrl;
    const tried = tryPack({ ...pack, webmail: { ...pack.webmail, url: { value: url, confidence: 'multi', sources: ['policy'] } } }, scope);
    if (tried.ok) {
      pack = tried.pack;
      webmailSource = 'policy';
    } else {
      const own = tried.errors.find((e) => e.path === 'webmail.url.value');
      rejected.push({
        source: 'policy',
        path: 'webmailUrl',
        reason: own ? own.message : tried.reason,
        ...(own ? { ref: own.ref } : {}),
        value: JSON.stringify(url),
      });
    }
  }
  sources['webmail.url'] = webmailSource;
  for (const p of pack.portals) sources[`portals.${p.id}`] = portalSource.get(p.id) ?? base;

  // The department contacts go into the pack's account help, so that every page showing the
  // pack's department IT services shows the policy's: only those in force are listed as such.
  const departmentContacts: EffectiveConfig['departmentContacts'] = {};
  const contacts = withDepartmentContacts(pack, managed.departmentContacts ?? {});
  for (const { code, reason } of contacts.refused) rejected.push({ source: 'policy', path: `departmentContacts.${code}`, reason });
  if (contacts.applied.length > 0) {
    const tried = tryPack(contacts.pack, scope);
    if (tried.ok) {
      pack = tried.pack;
      for (const code of contacts.applied) {
        departmentContacts[code] = managed.departmentContacts?.[code];
        sources[`departmentContacts.${code}`] = 'policy';
      }
    } else rejected.push({ source: 'policy', path: 'departmentContacts', reason: tried.reason });
  }

  // 3. Managed settings beside the pack: already checked key by key.
  for (const key of ['assistanceUrl', 'disabledFeatures', 'language', 'rulesUrl'] as const) {
    if (managed[key] !== undefined) sources[key] = 'policy';
  }

  return {
    pack,
    sources,
    disabledFeatures: managed.disabledFeatures ?? [],
    language: managed.language,
    assistanceUrl: managed.assistanceUrl,
    departmentContacts,
    rejected,
    notices,
  };
}

/** Whether the institution switched a feature off. */
export const featureEnabled = (config: Pick<EffectiveConfig, 'disabledFeatures'>, feature: Feature): boolean =>
  !config.disabledFeatures.includes(feature);

/** The language setting to resolve: the policy's when it sets one, else the user's own (kept untouched in storage). */
export const languageSetting = (config: Pick<EffectiveConfig, 'language'>, user: LangSetting): LangSetting => config.language ?? user;
