/**
 * Finds the webmail's forwarding-address fields: by the pack's selectors, and by
 * a label, name, id, placeholder, title or ARIA label containing one of the
 * pack's words (transfert, rediriger, forward…), accents folded, case ignored.
 *
 * Pure DOM querying that reads attributes and label text only, never a value:
 * a label's text skips the form controls inside it (a textarea's text is its value).
 */
import type { Pack } from '../rules/schema';
import { rulesOf } from './domains';
import type { ForwardingRules } from './types';

export type AddressControl = HTMLInputElement | HTMLTextAreaElement;

/** Inputs that can hold an address: text-like inputs and textareas (not checkboxes, passwords, hidden…). */
const ADDRESS_INPUT_TYPES = new Set(['', 'text', 'email']);

export function isAddressControl(el: Element): el is AddressControl {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && ADDRESS_INPUT_TYPES.has((el.getAttribute('type') ?? '').trim().toLowerCase());
}

/** Lowercase without accents: `Transférer` → `transferer`. */
export const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const SKIPPED = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** The text a person reads in a label, without the content of the controls it wraps. */
export function readableText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3 /* text */) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 /* element */ && !SKIPPED.has((child as Element).tagName.toUpperCase())) out += ` ${readableText(child)} `;
  });
  return out;
}

/** `<label for>` elements by the id they name, gathered once per scan. */
export function labelsByFor(doc: Document): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const label of Array.from(doc.getElementsByTagName('label'))) {
    const f = label.getAttribute('for');
    if (f) map.set(f, [...(map.get(f) ?? []), label]);
  }
  return map;
}

/** Everything that names a control: its attributes, its labels and the elements that label it. Never its value. */
export function controlDescription(el: AddressControl, labels: Map<string, Element[]> = labelsByFor(el.ownerDocument)): string[] {
  const doc = el.ownerDocument;
  const out: string[] = [];
  for (const attr of ['name', 'id', 'placeholder', 'title', 'aria-label']) {
    const v = el.getAttribute(attr);
    if (v) out.push(v);
  }
  const id = el.getAttribute('id');
  if (id) for (const label of labels.get(id) ?? []) out.push(readableText(label));
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) out.push(readableText(wrapping));
  for (const ref of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const target = ref ? doc.getElementById(ref) : null;
    if (target) out.push(readableText(target));
  }
  return out;
}

export function mentionsForwarding(el: AddressControl, words: readonly string[], labels?: Map<string, Element[]>): boolean {
  const text = fold(controlDescription(el, labels).join(' '));
  return words.some((w) => text.includes(w));
}

/** Every forwarding-address field of the page, in document order. */
export function findForwardingFields(doc: Document, source: Pack | ForwardingRules): AddressControl[] {
  const rules = rulesOf(source);
  if (!rules) return [];
  const bySelector = new Set<Element>();
  for (const sel of rules.selectors) {
    try {
      doc.querySelectorAll(sel).forEach((el) => bySelector.add(el));
    } catch {
      // a selector this browser rejects simply finds nothing
    }
  }
  const words = rules.words.map(fold);
  const controls = Array.from(doc.querySelectorAll('input, textarea')).filter(isAddressControl);
  if (controls.length === 0) return [];
  const labels = labelsByFor(doc);
  return controls.filter((el) => bySelector.has(el) || mentionsForwarding(el, words, labels));
}

/** The page's first forwarding-address field, or null. */
export const findForwardingField = (doc: Document, source: Pack | ForwardingRules): AddressControl | null =>
  findForwardingFields(doc, source)[0] ?? null;
