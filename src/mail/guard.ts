/**
 * The forwarding guard of the webmail's options: when the address typed into a
 * forwarding field leaves the education perimeter (Gmail, Yahoo, any personal
 * domain), an inline warning appears right after that field. It never blocks
 * typing nor submitting, and it reads no field but the forwarding field itself: never a
 * password, NUMEN, login or recovery-address field, whatever the pack says (forwarding-field.ts).
 *
 * Contract for automation and support staff:
 *   <aiguilleur-forwarding data-verdict="forwarding-risk"> right after the field,
 *   with the text in its open shadow root (section[role="alert"][lang]).
 * Not an <aiguilleur-banner>: the page banner's code removes every such element.
 *
 * Content-script code: plain DOM, no framework, no zod, no catalog. Texts come
 * already localised in the model the background sends.
 */
import { classifyForwardingList } from './domains';
import { findForwardingFields, isProtectedField, type AddressControl } from './forwarding-field';
import type { ForwardingGuardModel, ForwardingTexts } from './types';

export const FORWARDING_VERDICT = 'forwarding-risk';
export const FORWARDING_TAG = 'aiguilleur-forwarding';

const CSS = `
:host{all:initial !important;display:block !important;margin:6px 0 10px !important;max-width:640px !important}
.box{box-sizing:border-box;margin:0;padding:10px 12px;border:2px solid #b54708;border-left-width:6px;border-radius:8px;background:#fffaeb;color:#3d2400;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.headline{margin:0 0 4px;font-weight:700}
.headline::before{content:"⚠\\FE0E  ";color:#b54708}
.line{margin:0 0 4px}
.line:last-child{margin-bottom:0}
@media (prefers-color-scheme:dark){.box{background:#2b1d05;color:#ffe8b3;border-color:#f0a035}.headline::before{color:#f0a035}}
`;

/** The warning element that follows `field`, if shown. */
export function warningAfter(field: Element): HTMLElement | null {
  const next = field.nextElementSibling;
  return next && next.tagName.toLowerCase() === FORWARDING_TAG ? (next as HTMLElement) : null;
}

export function showWarning(field: Element, texts: ForwardingTexts): HTMLElement {
  const existing = warningAfter(field);
  if (existing) return existing;
  const doc = field.ownerDocument;
  const host = doc.createElement(FORWARDING_TAG);
  host.dataset.verdict = FORWARDING_VERDICT;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-label', texts.label);
  box.setAttribute('lang', texts.lang);
  const p = (cls: string, text: string) => {
    const el = doc.createElement('p');
    el.className = cls;
    el.textContent = text;
    return el;
  };
  box.append(p('headline', texts.headline), ...texts.lines.map((line) => p('line', line)));
  root.append(style, box);
  field.after(host);
  return host;
}

export const hideWarning = (field: Element): void => warningAfter(field)?.remove();

/**
 * Warns or not, from this one field's value. Checked again before each read: a page may have
 * turned the field into a password or relabelled it since it was found.
 */
export function judgeField(field: AddressControl, model: ForwardingGuardModel): void {
  if (isProtectedField(field)) hideWarning(field);
  else if (classifyForwardingList(field.value, model) === 'personal') showWarning(field, model.texts);
  else hideWarning(field);
}

/**
 * Guards every forwarding field of `doc`, including fields a script adds later
 * (the webmail is a single-page app). Each field is judged when found (a
 * forwarding set up long ago shows the warning as soon as the options open) and
 * on its own `input` and `change` events. Returns a function that stops
 * everything and removes the warnings.
 */
export function forwardingGuard(doc: Document, model: ForwardingGuardModel, delayMs = 150): () => void {
  const guarded = new Map<AddressControl, () => void>();
  const attach = (field: AddressControl) => {
    if (guarded.has(field)) return;
    const onEvent = () => judgeField(field, model);
    field.addEventListener('input', onEvent);
    field.addEventListener('change', onEvent);
    guarded.set(field, () => {
      field.removeEventListener('input', onEvent);
      field.removeEventListener('change', onEvent);
      hideWarning(field);
    });
    judgeField(field, model);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scan = () => {
    timer = undefined;
    for (const [field, detach] of guarded) {
      if (!field.isConnected) {
        detach();
        guarded.delete(field);
      }
    }
    findForwardingFields(doc, model).forEach(attach);
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(scan, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    guarded.forEach((detach) => detach());
    guarded.clear();
  };
}
