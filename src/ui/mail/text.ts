/** Fills `$1` of an already-translated message with markup rather than text. */
import type { ComponentChildren } from 'preact';

export function withNode(text: string, node: ComponentChildren): ComponentChildren {
  const at = text.indexOf('$1');
  return at < 0 ? text : [text.slice(0, at), node, text.slice(at + 2)];
}
