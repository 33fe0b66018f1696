/**
 * How the UI tests put a component on a page (happy-dom): in a fresh element of the document,
 * with its effects run at once, as they would after the first paint; whatever is mounted is
 * unmounted and removed after each test (importing this module registers that).
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let host: HTMLElement | null = null;

/** Unmounts what is mounted, which runs its effects' clean-ups, and removes its element. */
export function unmount(): void {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
}

/** Mounts `node` (after unmounting the previous one) and returns the element that holds it. */
export function mount(node: ComponentChild): HTMLElement {
  unmount();
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(node, el));
  host = el;
  return el;
}

/** Lets pending promises and timers of zero delay settle (an answer, a rejection, a copy), inside act(). */
export const settle = (): Promise<void> => act(async () => new Promise<void>((r) => setTimeout(r, 0)));

afterEach(unmount);
