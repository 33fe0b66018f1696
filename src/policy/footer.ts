/**
 * The institution's name and support contact, as the banner's and the popup's footers show
 * them (policy keys `institutionName`, `supportContact`). Pure: ready-made links, so the banner
 * (plain DOM) and the popup (preact) draw the same thing without knowing the policy's shape.
 */
import type { Managed } from './managed-schema';

export interface SupportLink {
  kind: 'phone' | 'email' | 'url';
  href: string;
  text: string;
}

export interface InstitutionFooter {
  name?: string;
  support?: { label: string; links: SupportLink[] };
}

/** The footer, or undefined when the policy sets neither key (the footer is not drawn). */
export function institutionFooter(values: Partial<Pick<Managed, 'institutionName' | 'supportContact'>>): InstitutionFooter | undefined {
  const { institutionName: name, supportContact: contact } = values;
  if (!name && !contact) return undefined;
  const links: SupportLink[] = [];
  if (contact?.phone) links.push({ kind: 'phone', href: `tel:${contact.phone.replace(/[ .]/g, '')}`, text: contact.phone });
  if (contact?.email) links.push({ kind: 'email', href: `mailto:${contact.email}`, text: contact.email });
  if (contact?.url) links.push({ kind: 'url', href: contact.url, text: new URL(contact.url).host });
  return {
    ...(name ? { name } : {}),
    ...(contact ? { support: { label: contact.label, links } } : {}),
  };
}
