import { describe, expect, it } from 'vitest';
import { MorePages } from './MorePages';
import { mount } from '../testing/mount';

describe("guide: more help and forwarding", () => {
  it('links the help pages, explains why forwarding is discouraged, and tells an outdated browser how to update', () => {
    const host = mount(<MorePages lang="fr" outdated="Mettez à jour Chromium" />);
    expect(host.querySelector('a[data-action="open-account"]')!.getAttribute('href')).toBe('account.html');
    expect(host.querySelector('a[data-action="open-mail"]')!.getAttribute('href')).toBe('mail.html');
    expect(host.querySelector('#forwarding')!.textContent).toBe('Pourquoi ne pas transférer vers Gmail\u202f?');
    expect(host.textContent).toContain('périmètre de sécurité du ministère');
    expect(host.querySelector('[data-outdated]')!.textContent).toBe('Mettez à jour Chromium');
  });
});
