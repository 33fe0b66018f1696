/**
 * The shell of every extension page (popup, guide, account, mail, diagnostics, and a part of a
 * page that loads apart, such as the institution's settings in the guide's column): ask the background for the page's view once, show nothing
 * (or the page's placeholder) while it answers, the page's error screen when it does not,
 * and keep `<html lang>` and the title in the language of what is shown. Which translator
 * writes the title stays the page's choice (the popup keeps its small one).
 */
import type { ComponentChild } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n/lang';
import './base.css';

type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; view: T } | { kind: 'error' };

/** The view, once; an answer arriving after the component is gone is dropped. */
function useLoaded<T>(load: () => Promise<T>, label: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (view) => live && setState({ kind: 'ready', view }),
      (e: unknown) => {
        console.error(`${label}:`, e);
        if (live) setState({ kind: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

export interface PageShellProps<T extends { lang: Lang }> {
  /** Asks the background for the view; rejects when it does not answer. */
  load: () => Promise<T>;
  /** Names the page in the console when the background fails. */
  label: string;
  /** The language of the loading and error screens (the background normally decides). */
  fallbackLang: Lang;
  /** The document's title in a language; absent for a part of a page, which leaves `<html lang>` and the title alone. */
  title?: (lang: Lang) => string;
  /**
   * What holds the page's place while the background answers (a few milliseconds). Nothing by
   * default: no flash of a wrong language, and the mount point stays empty until there is
   * something to read (what tests and axe wait for).
   */
  loading?: ComponentChild;
  ready: (view: T) => ComponentChild;
  /** The page when the background did not answer, in `fallbackLang`: what still helps without it. */
  error: (lang: Lang) => ComponentChild;
}

export function PageShell<T extends { lang: Lang }>({ load, label, fallbackLang, title, loading = null, ready, error }: PageShellProps<T>) {
  const state = useLoaded(load, label);
  const lang = state.kind === 'ready' ? state.view.lang : fallbackLang;
  const text = title?.(lang);
  useEffect(() => {
    if (text === undefined) return;
    document.documentElement.lang = lang;
    document.title = text;
  }, [lang, text]);
  if (state.kind === 'loading') return loading;
  return state.kind === 'ready' ? ready(state.view) : error(fallbackLang);
}

/**
 * A page that changes what the background says (the popup's and the guide's « Cet avertissement
 * est faux » and its undo): the load to give PageShell, and what asks for the view again once
 * the change is answered. The shown view stays until the new one comes (no flash).
 */
export function useAskAgain<T>(load: () => Promise<T>): [() => Promise<T>, () => void] {
  const [asked, setAsked] = useState(0);
  // `asked` is in the list only to make a new function: PageShell loads again when it changes.
  const again = useCallback(() => load(), [load, asked]);
  return [again, () => setAsked((n) => n + 1)];
}

/** Sends a page's request, then asks for the view again; a refusal is logged, the page stays. */
export const actThenReload =
  <R>(send: (req: R) => Promise<unknown>, reload: () => void, label: string) =>
  (req: R): void =>
    void send(req).then(reload, (e: unknown) => console.error(`${label}:`, e));
