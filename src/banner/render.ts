/**
 * The on-page banner, in an open shadow root so the page's CSS and ours never
 * mix. Its shape is a stable contract for automation and support staff:
 *   <aiguilleur-banner data-verdict="…" data-portal="…"> with, in its open shadow root,
 *   a[data-action="open-webmail"], button[data-action="close"] (this page view),
 *   button[data-action="dismiss"] (this site, remembered) and, on a warning the user
 *   may mark wrong, button[data-action="false-warning"].
 * It warns without standing in the way: a bar in the page's flow, above <body>, so the page's
 * controls sit below it, never under it (place.ts moves what the page pins to the top); it takes
 * no focus; Escape closes it when the focus is in it; a screen reader hears it once.
 * Plain DOM, no framework: content scripts must stay tiny.
 */
import type { BannerModel, InstitutionFooter } from '../messages';
import { keepRoom } from './place';
import { BANNER_CSS } from './style';

export const BANNER_TAG = 'aiguilleur-banner';

/** What the banner's buttons tell the content script (each removes the banner first). */
export interface BannerActions {
  /** « Ne plus afficher pour ce site »: every banner of the portal. */
  dismiss(): void;
  /** « Cet avertissement est faux »: this verdict on this host only. */
  wrong(): void;
}

/** Delay before the live region is filled: a region filled as it is inserted is not announced. */
export const ANNOUNCE_DELAY_MS = 150;

interface Shown {
  host: HTMLElement;
  /** The model it shows, as JSON: the same model again changes nothing (no second announcement). */
  key: string;
  on: BannerActions;
  /** Undoes what was done to the page (room made, listeners). */
  stop(): void;
}

const shown = new WeakMap<Document, Shown>();
/** What « Fermer » closed, per document: the same banner is not shown again in this page view. */
const closed = new WeakMap<Document, string>();

const closedKey = (doc: Document, model: BannerModel) => `${model.verdict} ${model.portal} ${doc.location?.href ?? ''}`;

/**
 * Shows `model`'s banner, or keeps the one shown if it shows the same (its actions updated).
 * Returns null when the person closed that banner in this page view.
 */
export function renderBanner(doc: Document, model: BannerModel, on: BannerActions): HTMLElement | null {
  if (closed.get(doc) === closedKey(doc, model)) return null;
  const key = JSON.stringify(model);
  const current = shown.get(doc);
  if (current && current.key === key && current.host.isConnected) {
    current.on = on;
    return current.host;
  }
  removeBanner(doc);

  const host = doc.createElement(BANNER_TAG);
  host.dataset.verdict = model.verdict;
  host.dataset.portal = model.portal;
  const root = host.attachShadow({ mode: 'open' });
  const state: Shown = { host, key, on, stop: () => {} };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /** Where the focus was before it entered the banner: given back when the banner closes. */
  let cameFrom: HTMLElement | null = null;
  const close = () => {
    const hadFocus = root.activeElement !== null;
    removeBanner(doc);
    if (hadFocus && cameFrom?.isConnected) cameFrom.focus();
  };
  const button = (action: string, label: string, cls: string, then: () => void) => {
    const b = el('button', { 'data-action': action, type: 'button', class: cls }, label);
    b.addEventListener('click', () => {
      close();
      then();
    });
    return b;
  };

  const style = el('style', {}, BANNER_CSS);
  const box = el('section', { class: 'box', role: 'region', 'aria-label': model.label, lang: model.lang });
  const text = el('div', { class: 'text' });
  const headline = el('p', { class: 'headline' }, model.headline);
  const lines = model.lines.map((line) => el('p', { class: 'line' }, line));
  text.append(headline, ...lines);
  const actions = el('div', { class: 'actions' });
  const open = el('a', { 'data-action': 'open-webmail', href: model.webmailUrl, class: 'primary' }, model.actionLabel);
  actions.append(open, button('dismiss', model.dismissLabel, 'secondary', () => state.on.dismiss()));
  if (model.wrongLabel) actions.append(button('false-warning', model.wrongLabel, 'secondary', () => state.on.wrong()));
  const closeButton = button('close', model.closeLabel, 'close', () => closed.set(doc, closedKey(doc, model)));
  // Said once, politely: a region filled after it is in the page is announced; it is never
  // filled again (the same model keeps this element), so a re-render says nothing.
  const live = el('p', { class: 'sr-only', role: 'status' });
  box.append(live, text, actions, closeButton);
  if (model.institution) box.append(footer(el, model.institution));
  root.append(style, box);

  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      e.stopPropagation();
      close();
      closed.set(doc, closedKey(doc, model));
    }
  });
  root.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget;
    if (from instanceof doc.defaultView!.HTMLElement && !host.contains(from) && from !== host) cameFrom = from;
  });

  // In the flow, above <body> (on <html>, not in <body>: pages restyle or replace their body more often).
  const body = doc.body?.parentNode === doc.documentElement ? doc.body : null;
  doc.documentElement.insertBefore(host, body ?? doc.documentElement.firstChild);
  const stopRoom = keepRoom(doc, host);
  const timer = setTimeout(() => {
    live.textContent = `${model.label}. ${model.headline}`;
  }, ANNOUNCE_DELAY_MS);
  state.stop = () => {
    clearTimeout(timer);
    stopRoom();
  };
  shown.set(doc, state);
  return host;
}

/** The institution's name and support contact, when the policy sets them. */
function footer(
  el: <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, text?: string) => HTMLElementTagNameMap[K],
  inst: InstitutionFooter,
): HTMLElement {
  const p = el('p', { class: 'footer', 'data-institution': '' });
  if (inst.name) p.append(el('span', { class: 'institution' }, inst.name));
  if (inst.support) {
    const { label, links } = inst.support;
    const support = el('span', { class: 'support' }, label);
    for (const link of links) {
      support.append(' ');
      support.append(el('a', { href: link.href, 'data-support': link.kind, ...(link.kind === 'url' ? { target: '_blank', rel: 'noopener' } : {}) }, link.text));
    }
    p.append(support);
  }
  return p;
}

export function removeBanner(doc: Document): void {
  shown.get(doc)?.stop();
  shown.delete(doc);
  doc.querySelectorAll(BANNER_TAG).forEach((n) => n.remove());
}
