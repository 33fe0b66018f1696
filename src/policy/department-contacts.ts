/**
 * The policy's department IT contacts (`departmentContacts`) put into the pack's account help
 * (`support.departmentIt`), so that every page showing a department's IT service (the account
 * page's forgotten-password route today) shows the institution's contact, and the pack's where
 * the policy is silent. Pure; `effectiveConfig` checks the result again like any change to the pack.
 */
import type { Pack } from '../rules/schema';
import { own } from '../own';
import type { DepartmentContact } from './managed-schema';

type DepartmentIt = NonNullable<Pack['support']>['departmentIt'][number];
export type DepartmentContacts = Partial<Record<DepartmentIt['department'], DepartmentContact>>;

export interface ContactsApplied {
  pack: Pack;
  /** The departments whose policy contact is now in the pack. */
  applied: DepartmentIt['department'][];
  /** The contacts the pack in force has no place for, and why. */
  refused: { code: string; reason: string }[];
}

/** The policy's contact as a pack fact: the institution's own word, so sure (no « à confirmer »). */
function entryFor(code: DepartmentIt['department'], c: DepartmentContact, base: Pick<DepartmentIt, 'seat'>): DepartmentIt {
  const { label, url, email, phone } = c;
  return {
    department: code,
    service: { fr: label, en: label },
    seat: base.seat,
    contact: {
      value: { ...(url ? { url } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
      confidence: 'multi',
      sources: [`policy: departmentContacts.${code}`],
    },
  };
}

export function withDepartmentContacts(pack: Pack, contacts: DepartmentContacts): ContactsApplied {
  const codes = (Object.keys(contacts) as DepartmentIt['department'][]).filter((code) => own(contacts, code) !== undefined).sort();
  if (codes.length === 0) return { pack, applied: [], refused: [] };
  const support = pack.support;
  if (!support) {
    const reason = 'the rules pack in force has no account help ("support"), where department contacts are shown; this contact is not shown';
    return { pack, applied: [], refused: codes.map((code) => ({ code, reason })) };
  }
  const applied: DepartmentIt['department'][] = [];
  const refused: ContactsApplied['refused'] = [];
  const departmentIt = support.departmentIt.map((d) => {
    const c = own(contacts, d.department);
    if (!c) return d;
    applied.push(d.department);
    return entryFor(d.department, c, d);
  });
  for (const code of codes) {
    if (departmentIt.some((d) => d.department === code)) continue;
    // A department the pack's account help lacks: listed with the academy's own seat for it.
    const department = pack.academy.departments.find((d) => d.code === code);
    if (!department) {
      refused.push({ code, reason: `the rules pack in force has no department "${code}"; this contact is not shown` });
      continue;
    }
    departmentIt.push(entryFor(code, own(contacts, code)!, department));
    applied.push(code);
  }
  return { pack: { ...pack, support: { ...support, departmentIt } }, applied: applied.sort(), refused };
}
