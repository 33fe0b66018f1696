import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MorePages } from './MorePages';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

describe("guide: more help and forwarding", () => {
  it('links the help pages, explains why forwarding is discouraged, and tells an outdated browser how to update', () => {
    host = document.createElement('div');
    document.body.append(host);
    render(<MorePages lang="fr" outdated="Mettez à jour Chromium" />, host);
    expect(host.querySelector('a[data-action="open-account"]')!.getAttribute('href')).toBe('account.html');
    expect(host.querySelector('a[data-action="open-mail"]')!.getAttribute('href')).toBe('mail.html');
    expect(host.querySelector('#forwarding')!.textContent).toBe('Pourquoi ne pas transférer vers Gmail ?');
    expect(host.textContent).toContain('périmètre de sécurité du ministère');
    expect(host.querySelector('[data-outdated]')!.textContent).toBe('Mettez à jour Chromium');
  });
});
