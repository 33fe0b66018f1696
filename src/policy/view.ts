/**
 * What the options page's "Configuration de l'établissement" section shows: the
 * reply to `{ type: 'institution-view' }`. Built by the background from the
 * institution's state; plain data, ready to render.
 */
import { localize, type Lang } from '../i18n/lang';
import type { HostedError } from './hosted-pack';
import type { Source } from './layers';
import type { DepartmentContact } from './managed-schema';
import type { InstitutionState } from './runtime';
import type { MessageRef } from '../rules/messages';
import { packFacts } from '../rules/facts';
import { isConfirmed } from '../model/confidence';

/** One value in force. `value` null: not set (the extension's default applies); a list for `disabledFeatures`. */
export interface InstitutionRow {
  /** A managed key, `departmentContacts.<code>`, or `portals.<id>` for a portal the policy added or replaced. */
  key: string;
  value: string | string[] | null;
  source: Source;
}

export interface InstitutionRejection {
  /** Which layer the value came from: the policy, or the hosted pack (fetch or content). */
  source: 'policy' | 'hosted';
  path: string;
  /** In English; `ref`, when there is one, is the validator's message for the page to say in the user's language. */
  reason: string;
  ref?: MessageRef;
  /** Where the field is in the hosted pack's text, when known. */
  line?: number;
  column?: number;
  value?: string;
}

/** A fact of the pack in force that the institution confirmed (`confirmedBy`, in its own hosted pack). */
export interface ConfirmedFact {
  /** Its JSON path, as the validator names a field: what the IT staff find in their pack. */
  path: string;
  /** The site's name when the fact is a portal's. */
  site: string | null;
  /** Ready to show, but yes/no, which the page says in its language. */
  value: string | boolean;
  by: string;
  /** YYYY-MM-DD. */
  on: string;
}

export interface InstitutionView {
  lang: Lang;
  pack: { version: string; updated: string; source: Source };
  bundled: { version: string; updated: string };
  rows: InstitutionRow[];
  /** Null when the policy names no hosted pack. */
  hosted: {
    url: string;
    /** Whether the hosted pack is the one in force. */
    inForce: boolean;
    /** The last good pack from this URL, if any. */
    good: { fetchedAt: string; version: string | null; updated: string | null } | null;
    lastAttempt: { at: string; ok: boolean } | null;
    nextRefresh: string | null;
  } | null;
  rejected: InstitutionRejection[];
  notices: { path: string; message: string }[];
  /** Whether any policy is set at all (valid or not). */
  managed: boolean;
  /** What the pack in force asserts surely: the facts confirmed by the institution, and how many are not sure. */
  facts: { confirmed: ConfirmedFact[]; unconfirmed: number; total: number };
}

/** Longest value shown as written: a list of URL patterns is cut, its path still says where to read it whole. */
const VALUE_MAX = 120;

/** A fact's value on one line: a text in the page's language, a list or an object as compact JSON. */
function factValue(value: unknown, lang: Lang): string | boolean {
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  const v = value as { fr?: unknown; en?: unknown } | null;
  const text = v && typeof v.fr === 'string' && typeof v.en === 'string' ? localize(v as { fr: string; en: string }, lang) : JSON.stringify(value) ?? String(value);
  return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}

const packInfo = (pack: unknown): { version: string | null; updated: string | null } => {
  const p = pack as { packVersion?: unknown; updated?: unknown } | null;
  return {
    version: typeof p?.packVersion === 'string' ? p.packVersion : null,
    updated: typeof p?.updated === 'string' ? p.updated : null,
  };
};

/** A contact on one line: its label, then how to reach it. */
const contactLine = (c: DepartmentContact): string => [c.label, c.url, c.phone, c.email].filter(Boolean).join(' · ');

/**
 * The pack in force's facts as the confidence rule judges them (src/model/confidence.ts): those the
 * institution confirmed, with who and when, and the count of those still « à confirmer ».
 */
function factsView(pack: InstitutionState['pack'], lang: Lang): InstitutionView['facts'] {
  const facts = packFacts(pack);
  const confirmed = facts.flatMap((f): ConfirmedFact[] => {
    if (!f.confirmedBy) return [];
    const portal = f.portal === undefined ? undefined : pack.portals[f.portal];
    return [{ path: f.path, site: portal ? localize(portal.name, lang) : null, value: factValue(f.value, lang), by: f.confirmedBy.by, on: f.confirmedBy.on }];
  });
  return { confirmed, unconfirmed: facts.filter((f) => !isConfirmed(f)).length, total: facts.length };
}

export function institutionView(state: InstitutionState, lang: Lang): InstitutionView {
  const { pack, sources, managed, bundled } = state;
  const policy = managed.values;
  const source = (key: string, fallback: Source = 'bundled'): Source => sources[key] ?? fallback;

  const rows: InstitutionRow[] = [
    { key: 'webmailUrl', value: pack.webmail.url.value, source: source('webmail.url') },
    { key: 'rulesUrl', value: policy.rulesUrl ?? null, source: source('rulesUrl') },
    { key: 'assistanceUrl', value: state.assistanceUrl ?? null, source: source('assistanceUrl') },
    // Beside the pack, read from the policy alone (the footers of the banner and the popup).
    { key: 'institutionName', value: policy.institutionName ?? null, source: policy.institutionName === undefined ? 'bundled' : 'policy' },
    { key: 'supportContact', value: policy.supportContact ? contactLine(policy.supportContact) : null, source: policy.supportContact ? 'policy' : 'bundled' },
  ];
  for (const [code, c] of Object.entries(state.departmentContacts)) {
    if (c) rows.push({ key: `departmentContacts.${code}`, value: contactLine(c), source: 'policy' });
  }
  if (Object.keys(state.departmentContacts).length === 0) rows.push({ key: 'departmentContacts', value: null, source: 'bundled' });
  rows.push(
    { key: 'disabledFeatures', value: state.disabledFeatures.length > 0 ? state.disabledFeatures : null, source: source('disabledFeatures') },
    { key: 'language', value: state.language ?? null, source: source('language') },
  );
  for (const p of pack.portals) {
    if (sources[`portals.${p.id}`] === 'policy') rows.push({ key: `portals.${p.id}`, value: localize(p.name, lang), source: 'policy' });
  }

  const rejected: InstitutionRejection[] = [
    ...managed.rejected.map((r) => ({ source: 'policy' as const, ...r })),
    ...state.rejected.map(({ source: s, ...r }) => ({ source: s, ...r })),
  ];
  const last = state.rulesUrl && state.hosted.lastAttempt?.url === state.rulesUrl ? state.hosted.lastAttempt : undefined;
  if (last && !last.ok) rejected.push(...last.errors.map((e: HostedError) => ({ source: 'hosted' as const, ...e })));

  const good = state.rulesUrl && state.hosted.good?.url === state.rulesUrl ? state.hosted.good : undefined;
  return {
    lang,
    pack: { version: pack.packVersion, updated: pack.updated, source: source('pack') },
    bundled: { version: bundled.packVersion, updated: bundled.updated },
    rows,
    hosted: state.rulesUrl
      ? {
          url: state.rulesUrl,
          inForce: sources.pack === 'hosted',
          good: good ? { fetchedAt: good.fetchedAt, ...packInfo(good.pack) } : null,
          lastAttempt: last ? { at: last.at, ok: last.ok } : null,
          nextRefresh: state.nextRefresh ?? null,
        }
      : null,
    rejected,
    notices: state.notices,
    managed: Object.keys(policy).length > 0 || managed.rejected.length > 0,
    facts: factsView(pack, lang),
  };
}
