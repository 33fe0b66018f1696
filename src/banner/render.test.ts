import { describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../messages';
import { renderBanner } from './render';

const model: BannerModel = {
  verdict: 'portal-login-no-mailbox',
  portal: 'drane',
  lang: 'fr',
  label: 'Avertissement Aiguilleur',
  headline: 'Vous êtes sur DRANE. Ce site ne donne pas accès à votre messagerie académique.',
  lines: ['Ligne 1', 'Ligne 2'],
  webmailUrl: 'https://webmail.ac-lyon.fr/',
  actionLabel: 'Ouvrir ma messagerie académique',
  dismissLabel: 'Ne plus afficher pour ce site',
};

describe('banner', () => {
  it('follows the stable contract: host element, data attributes, open shadow root, actions', () => {
    renderBanner(document, model, () => {});
    const host = document.querySelector('aiguilleur-banner') as HTMLElement;
    expect(host.dataset).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'drane' });
    const root = host.shadowRoot!;
    expect(root).not.toBeNull();
    expect(root.querySelector('a[data-action="open-webmail"]')!.getAttribute('href')).toBe('https://webmail.ac-lyon.fr/');
    expect(root.querySelector('button[data-action="dismiss"]')!.textContent).toBe('Ne plus afficher pour ce site');
    expect(root.textContent).toContain('Ce site ne donne pas accès à votre messagerie académique');
    expect(root.querySelector('[lang="fr"]')).not.toBeNull();
  });

  it('is shown once even when rendered again, and dismiss removes it and tells the background', () => {
    const onDismiss = vi.fn();
    renderBanner(document, model, () => {});
    renderBanner(document, model, onDismiss);
    expect(document.querySelectorAll('aiguilleur-banner')).toHaveLength(1);
    (document.querySelector('aiguilleur-banner')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('puts page text in text nodes, never as HTML', () => {
    renderBanner(document, { ...model, headline: '<img src=x onerror=alert(1)>' }, () => {});
    const root = document.querySelector('aiguilleur-banner')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
