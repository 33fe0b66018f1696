/**
 * The on-page banner, in an open shadow root so the page's CSS and ours never
 * mix. Its shape is a stable contract for automation and support staff:
 *   <aiguilleur-banner data-verdict="…" data-portal="…"> with, in its open shadow root,
 *   a[data-action="open-webmail"] and button[data-action="dismiss"].
 * Plain DOM, no framework: content scripts must stay tiny.
 */
import type { BannerModel } from '../messages';
import { BANNER_CSS } from './style';

export const BANNER_TAG = 'aiguilleur-banner';

export function renderBanner(doc: Document, model: BannerModel, onDismiss: () => void): HTMLElement {
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
  const dismiss = el('button', { 'data-action': 'dismiss', type: 'button', class: 'secondary' }, model.dismissLabel);
  dismiss.addEventListener('click', () => {
    host.remove();
    onDismiss();
  });
  actions.append(open, dismiss);
  box.append(headline, ...lines, actions);
  root.append(style, box);
  // On <html>, not <body>: pages restyle or replace their body more often.
  doc.documentElement.append(host);
  return host;
}

export function removeBanner(doc: Document): void {
  doc.querySelectorAll(BANNER_TAG).forEach((n) => n.remove());
}
