/**
 * The on-page banner, in an open shadow root so the page's CSS and ours never
 * mix. Its shape is a stable contract for automation and support staff:
 *   <aiguilleur-banner data-verdict="…" data-portal="…"> with, in its open shadow root,
 *   a[data-action="open-webmail"], button[data-action="dismiss"] and, on a warning the user
 *   may mark wrong, button[data-action="false-warning"].
 * Plain DOM, no framework: content scripts must stay tiny.
 */
import type { BannerModel } from '../messages';
import { BANNER_CSS } from './style';

export const BANNER_TAG = 'aiguilleur-banner';

/** What the banner's buttons tell the content script (each removes the banner first). */
export interface BannerActions {
  /** « Ne plus afficher pour ce site »: every banner of the portal. */
  dismiss(): void;
  /** « Cet avertissement est faux »: this verdict on this host only. */
  wrong(): void;
}

export function renderBanner(doc: Document, model: BannerModel, on: BannerActions): HTMLElement {
  removeBanner(doc);
  const host = doc.createElement(BANNER_TAG);
  host.dataset.verdict = model.verdict;
  host.dataset.portal = model.portal;
  const root = host.attachShadow({ mode: 'open' });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const style = el('style', {}, BANNER_CSS);
  const box = el('section', { class: 'box', role: 'region', 'aria-label': model.label, lang: model.lang });
  const headline = el('p', { class: 'headline' }, model.headline);
  const lines = model.lines.map((line) => el('p', { class: 'line' }, line));
  const actions = el('div', { class: 'actions' });
  const open = el('a', { 'data-action': 'open-webmail', href: model.webmailUrl, class: 'primary' }, model.actionLabel);
  const button = (action: string, label: string, then: () => void) => {
    const b = el('button', { 'data-action': action, type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', () => {
      host.remove();
      then();
    });
    return b;
  };
  actions.append(open, button('dismiss', model.dismissLabel, on.dismiss));
  if (model.wrongLabel) actions.append(button('false-warning', model.wrongLabel, on.wrong));
  box.append(headline, ...lines, actions);
  root.append(style, box);
  // On <html>, not <body>: pages restyle or replace their body more often.
  doc.documentElement.append(host);
  return host;
}

export function removeBanner(doc: Document): void {
  doc.querySelectorAll(BANNER_TAG).forEach((n) => n.remove());
}
