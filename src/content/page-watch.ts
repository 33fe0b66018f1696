/**
 * Watches one page for the few signals the background asked for (a password
 * field, the inbox markers), including elements a script adds after load.
 * It only tests for the presence of elements: it never reads any field's value.
 */
import type { PageSignals } from '../model/facts';

export interface Watch {
  passwordField: boolean;
  inboxMarkers: string[];
}

// HTML matches the `type` attribute case-insensitively, so this also finds type="PASSWORD".
const PASSWORD = 'input[type="password"]';

export function readSignals(doc: Document, watch: Watch): PageSignals {
  return {
    passwordField: watch.passwordField && doc.querySelector(PASSWORD) !== null,
    inboxMarkers: watch.inboxMarkers.some((sel) => {
      try {
        return doc.querySelector(sel) !== null;
      } catch {
        return false; // a selector the browser rejects is simply not found
      }
    }),
  };
}

export const sameSignals = (a: PageSignals, b: PageSignals) => a.passwordField === b.passwordField && a.inboxMarkers === b.inboxMarkers;

/** Of the signals a page reported, those it is watched for: the others tell nothing there. */
export const watchedSignals = (s: PageSignals, watch: Watch): PageSignals => ({
  passwordField: s.passwordField && watch.passwordField,
  inboxMarkers: s.inboxMarkers && watch.inboxMarkers.length > 0,
});

/**
 * Calls `onChange` whenever the watched signals change. DOM mutations are
 * coalesced (one check per `delayMs` at most) so busy pages cost little.
 * Returns a function that stops watching.
 */
export function watchPage(doc: Document, watch: Watch, initial: PageSignals, onChange: (s: PageSignals) => void, delayMs = 150): () => void {
  if (!watch.passwordField && watch.inboxMarkers.length === 0) return () => {};
  let last = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const now = readSignals(doc, watch);
    if (!sameSignals(now, last)) {
      last = now;
      onChange(now);
    }
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(check, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['type'] });
  check();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
