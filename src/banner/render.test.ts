import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BannerModel } from '../messages';
import { ANNOUNCE_DELAY_MS, removeBanner, renderBanner } from './render';
import { BANNER_CSS } from './style';

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
  closeLabel: 'Fermer',
  wrongLabel: 'Cet avertissement est faux',
};

const none = { dismiss: () => {}, wrong: () => {} };
const shadow = () => document.querySelector('aiguilleur-banner')!.shadowRoot!;
const action = (name: string) => shadow().querySelector(`button[data-action="${name}"]`) as HTMLButtonElement;
const escape = (target: EventTarget) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));

let view = 0;
beforeEach(() => {
  // Each test a page view of its own: what « Fermer » closed stays closed only in its own view.
  history.replaceState(null, '', `/login?view=${++view}`);
  document.body.innerHTML = '<form><input id="user"><input id="pw" type="password"><button>Valider</button></form>';
});
afterEach(() => {
  removeBanner(document);
  vi.useRealTimers();
});

describe('banner', () => {
  it('follows the stable contract: host element, data attributes, open shadow root, actions', () => {
    renderBanner(document, model, none);
    const host = document.querySelector('aiguilleur-banner') as HTMLElement;
    expect(host.dataset).toMatchObject({ verdict: 'portal-login-no-mailbox', portal: 'drane' });
    const root = host.shadowRoot!;
    expect(root).not.toBeNull();
    expect(root.querySelector('a[data-action="open-webmail"]')!.getAttribute('href')).toBe('https://webmail.ac-lyon.fr/');
    expect(action('close').textContent).toBe('Fermer');
    expect(action('dismiss').textContent).toBe('Ne plus afficher pour ce site');
    expect(action('false-warning').textContent).toBe('Cet avertissement est faux');
    expect(root.textContent).toContain('Ce site ne donne pas accès à votre messagerie académique');
    expect(root.querySelector('[lang="fr"]')).not.toBeNull();
  });

  it('is a bar in the flow above <body>, never a layer over the page', () => {
    const host = renderBanner(document, model, none)!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.nextElementSibling).toBe(document.body);
    expect(BANNER_CSS).not.toMatch(/position:\s*(fixed|absolute|sticky)\s*!important/);
    expect(BANNER_CSS).toMatch(/:host\{[^}]*position:relative !important/);
  });

  it('is shown once even when rendered again, and dismiss removes it and tells the background', () => {
    const dismiss = vi.fn();
    const wrong = vi.fn();
    renderBanner(document, model, none);
    renderBanner(document, model, { dismiss, wrong });
    expect(document.querySelectorAll('aiguilleur-banner')).toHaveLength(1);
    action('dismiss').click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(dismiss).toHaveBeenCalledOnce();
    expect(wrong).not.toHaveBeenCalled();
  });

  it('« Cet avertissement est faux » removes it and tells the background that warning only, not a dismissal', () => {
    const dismiss = vi.fn();
    const wrong = vi.fn();
    renderBanner(document, model, { dismiss, wrong });
    action('false-warning').click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(wrong).toHaveBeenCalledOnce();
    expect(dismiss).not.toHaveBeenCalled();
  });

  it('« Fermer » closes it for this page view only: nothing is told to the background, and the same banner is not shown again here', () => {
    const dismiss = vi.fn();
    const wrong = vi.fn();
    renderBanner(document, model, { dismiss, wrong });
    action('close').click();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(dismiss).not.toHaveBeenCalled();
    expect(wrong).not.toHaveBeenCalled();
    // The page reports again (its watched signals changed): the closed banner stays closed.
    expect(renderBanner(document, model, none)).toBeNull();
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    // Another warning is another banner; the next page view shows it again.
    expect(renderBanner(document, { ...model, verdict: 'login-failed' }, none)).not.toBeNull();
    history.replaceState(null, '', '/login?next-view');
    expect(renderBanner(document, model, none)).not.toBeNull();
  });

  it('Escape closes it when the focus is in it, and gives the focus back to the field it came from', () => {
    const field = document.getElementById('user') as HTMLInputElement;
    renderBanner(document, model, none);
    field.focus();
    escape(field);
    expect(document.querySelector('aiguilleur-banner')).not.toBeNull();
    const close = action('close');
    close.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: field }));
    close.focus();
    escape(close);
    expect(document.querySelector('aiguilleur-banner')).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('never takes the focus from the field being typed in, when shown or shown again', () => {
    const field = document.getElementById('pw') as HTMLInputElement;
    field.focus();
    renderBanner(document, model, none);
    expect(document.activeElement).toBe(field);
    renderBanner(document, { ...model, verdict: 'login-failed' }, none);
    expect(document.activeElement).toBe(field);
  });

  it('is said once to a screen reader: one live region, filled after it is in the page, untouched when rendered again', async () => {
    vi.useFakeTimers();
    const host = renderBanner(document, model, none)!;
    const live = () => shadow().querySelectorAll('[role="status"], [aria-live], [role="alert"]');
    expect(live()).toHaveLength(1);
    expect(live()[0]!.textContent).toBe('');
    expect(live()[0]!.closest('[lang]')!.getAttribute('lang')).toBe('fr');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(live()[0]!.textContent).toBe(`Avertissement Aiguilleur. ${model.headline}`);
    const region = live()[0];
    // The content script renders on every report of the page: the same banner is kept as it is.
    expect(renderBanner(document, structuredClone(model), none)).toBe(host);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(live()).toHaveLength(1);
    expect(live()[0]).toBe(region);
  });

  it('a re-render keeps the element but takes the new actions', () => {
    const first = vi.fn();
    const second = vi.fn();
    renderBanner(document, model, { dismiss: first, wrong: () => {} });
    renderBanner(document, model, { dismiss: second, wrong: () => {} });
    action('dismiss').click();
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
  });

  it('offers no « Cet avertissement est faux » when the background gives no label for it', () => {
    const { wrongLabel: _, ...plain } = model;
    renderBanner(document, plain, none);
    expect(shadow().querySelector('button[data-action="false-warning"]')).toBeNull();
    expect(shadow().querySelector('button[data-action="dismiss"]')).not.toBeNull();
  });

  it("shows the institution's name and support contact in its footer when the policy sets them, and no footer otherwise", () => {
    renderBanner(document, model, none);
    expect(shadow().querySelector('[data-institution]')).toBeNull();
    removeBanner(document);
    renderBanner(document, {
      ...model,
      institution: {
        name: 'Académie de Lyon',
        support: { label: 'Assistance informatique', links: [{ kind: 'phone', href: 'tel:0400000000', text: '04 00 00 00 00' }] },
      },
    }, none);
    const footer = shadow().querySelector('[data-institution]')!;
    expect(footer.textContent).toContain('Académie de Lyon');
    expect(footer.textContent).toContain('Assistance informatique');
    expect(footer.querySelector('a[data-support="phone"]')!.getAttribute('href')).toBe('tel:0400000000');
  });

  it('puts page text in text nodes, never as HTML', () => {
    renderBanner(document, { ...model, headline: '<img src=x onerror=alert(1)>' }, none);
    const root = shadow();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
