import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; view: T } | { kind: 'error' };

/**
 * What every page root does first: ask the background for its view, once, and
 * say whether it is still loading, ready or failed (an answer arriving after the
 * component is gone is dropped). `label` names the page in the console.
 */
export function useLoaded<T>(load: () => Promise<T>, label: string): Loaded<T> {
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
