/**
 * Plain shapes the forwarding guard works on. They travel from the background
 * to the content script in a message, so they hold only JSON data: no zod, no
 * catalog, nothing that would weigh on the content script.
 */

import type { DomainFamily } from '../rules/host-names';

export type { DomainFamily } from '../rules/host-names';

export interface DomainSet {
  /** These domains and their subdomains. */
  exact: string[];
  families: DomainFamily[];
}

export interface EducationDomains {
  academic: DomainSet;
  ministry: DomainSet;
}

/** What finds a forwarding field and judges the address typed into it. */
export interface ForwardingRules {
  /** CSS selectors of known forwarding-address fields. */
  selectors: string[];
  /** Lowercase, accent-free words that mark a forwarding field in its label, name, id or placeholder. */
  words: string[];
  domains: EducationDomains;
}

/** The warning's texts, already in the user's language. */
export interface ForwardingTexts {
  lang: string;
  /** Accessible name of the warning region. */
  label: string;
  headline: string;
  /** Why (data leaves the perimeter, responsibility) and what to do instead, one paragraph each. */
  lines: string[];
}

/** Everything the content script needs to guard the webmail's forwarding field. */
export interface ForwardingGuardModel extends ForwardingRules {
  texts: ForwardingTexts;
}

export type ForwardingClass = 'academic' | 'ministry' | 'personal' | 'invalid';
