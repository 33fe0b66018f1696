import { describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../messages';
import { renderBanner } from './render';

const model: BannerModel = {
  verdict: 'portal-login-no-mailbox',
  portal: 'drane',
  host: 'drane.ac-lyon.fr',
  lang: 'fr',
  label: 'Avertissement Aiguilleur',
  headline: 'Vous êtes sur DRANE. Ce site ne donne pas accès à votre messagerie académique.',
  lines: ['Ligne 1', 'Ligne 2'],
  webmailUrl: 'https://webmail.ac-lyon.fr/',
  actionLabel: 'Ouvrir ma messagerie académique',
  dismissLabel: 'Ne plus afficher pour ce site',
  wrongLabel: 'Cet avertissement est faux',
};

const none = { dismiss: () => {}, wrong: () => {} };
const shadow = () => document.querySelector('aiguilleur-banner')!.shadowRoot!;

describe('banner', () => {
  it('follows the stable contract: host element, data attributes, open shadow root, actions', () => {
    renderBanner(document, model, none);
    const host = document.querySelector('aiguilleur-banner') as HTMLElement;
    expect(host.dataset).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'drane' });
    const root = host.shadowRoot!;
    expect(root).not.toBeNull();
    expect(root.querySelector('a[data-action="open-webmail"]')!.getAttribute('href')).toBe('https://webmail.ac-lyon.fr/');
    expect(root.querySelector('button[data-action="dismiss"]')!.textContent).toBe('Ne plus afficher pour ce site');
    expect(root.querySelector('button[data-action="false-warning"]')!.textContent).toBe('Cet avertissement est faux');
    expect(root.textContent).toContain('Ce site ne donne pas accès à votre messagerie académique');
    expect(root.querySelector('[lang="fr"]')).not.toBeNull();
  });

  it('is shown once even when rendered again, and dismiss removes it and tells the background', () => {
    const dismiss = vi.fn();
    const wrong = vi.fn();
    renderBanner(document, model, none);
    renderBanner(document, model, { dismiss, wrong });
    expect(document.querySelectorAll('aiguilleur-banner')).toHaveLength(1);
    (shadow().querySelector('button[data-action="dismiss"]') as HTMLButtonElement).click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(dismiss).toHaveBeenCalledOnce();
    expect(wrong).not.toHaveBeenCalled();
  });

  it('« Cet avertissement est faux » removes it and tells the background that warning only, not a dismissal', () => {
    const dismiss = vi.fn();
    const wrong = vi.fn();
    renderBanner(document, model, { dismiss, wrong });
    (shadow().querySelector('button[data-action="false-warning"]') as HTMLButtonElement).click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(wrong).toHaveBeenCalledOnce();
    expect(dismiss).not.toHaveBeenCalled();
  });

  it('offers no « Cet avertissement est faux » when the background gives no label for it', () => {
    const { wrongLabel: _, ...plain } = model;
    renderBanner(document, plain, none);
    expect(shadow().querySelector('button[data-action="false-warning"]')).toBeNull();
    expect(shadow().querySelector('button[data-action="dismiss"]')).not.toBeNull();
  });

  it('puts page text in text nodes, never as HTML', () => {
    renderBanner(document, { ...model, headline: '<img src=x onerror=alert(1)>' }, none);
    const root = shadow();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
