import { describe, expect, it } from 'vitest';
import { institutionFooter } from './footer';
import { validateManaged } from './managed-schema';

describe('institutionFooter', () => {
  it('is absent when the policy sets neither the name nor the contact', () => {
    expect(institutionFooter({})).toBeUndefined();
    expect(institutionFooter(validateManaged({ language: 'fr' }).values)).toBeUndefined();
  });

  it('gives the name and the contact as links a person can follow: tel:, mailto:, the help page', () => {
    const { values } = validateManaged({
      institutionName: 'Académie de Lyon',
      supportContact: { label: 'Assistance informatique', phone: '04 00.00 00 00', email: 'assistance@ac-lyon.fr', url: 'https://assistance.ac-lyon.fr/mail' },
    });
    expect(institutionFooter(values)).toEqual({
      name: 'Académie de Lyon',
      support: {
        label: 'Assistance informatique',
        links: [
          { kind: 'phone', href: 'tel:0400000000', text: '04 00.00 00 00' },
          { kind: 'email', href: 'mailto:assistance@ac-lyon.fr', text: 'assistance@ac-lyon.fr' },
          { kind: 'url', href: 'https://assistance.ac-lyon.fr/mail', text: 'assistance.ac-lyon.fr' },
        ],
      },
    });
  });

  it('shows the name alone, or the contact alone', () => {
    expect(institutionFooter({ institutionName: 'DSI' })).toEqual({ name: 'DSI' });
    expect(institutionFooter({ supportContact: { label: 'Assistance', email: 'a@ac-lyon.fr' } })).toEqual({
      support: { label: 'Assistance', links: [{ kind: 'email', href: 'mailto:a@ac-lyon.fr', text: 'a@ac-lyon.fr' }] },
    });
  });
});
