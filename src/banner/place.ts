/**
 * The banner is a bar in the page's flow, above <body>: the page's own content starts below it
 * and nothing of it is covered. What the flow does not move is what the page positions against
 * the viewport or the root (`position: fixed`, `position: absolute` with no positioned
 * ancestor): a fixed header, a login box pinned at the top. `makeRoom` finds those that lie
 * under the bar, by asking the browser what is at points across the bar's band, and moves each
 * down by exactly its overlap with the independent `translate` property (it composes with the
 * page's own `transform`, changes no layout, and moves hit-testing with the paint); a box pinned
 * to the viewport that this would push past its bottom (a login overlay on a short window) is
 * unpinned (`absolute`, the same place at the top of the page) so that it can be scrolled to.
 * Undone when the banner goes, and done again when the bar's height changes (a narrower window).
 */

/** Step between probe points across the bar, both ways: smaller than any control worth clicking. */
export const PROBE_STEP_PX = 24;

const OUT_OF_FLOW = new Set(['fixed', 'absolute']);

/** The nearest ancestor-or-self the page positions out of the flow, below <html>. */
function positionedAncestor(el: Element, doc: Document): HTMLElement | null {
  const win = doc.defaultView!;
  for (let at: Element | null = el; at && at !== doc.documentElement; at = at.parentElement) {
    if (OUT_OF_FLOW.has(win.getComputedStyle(at).position)) return at as HTMLElement;
  }
  return null;
}

/** From `from` to `to` by `step`, both ends included. */
const steps = (from: number, to: number, step: number): number[] => {
  const at: number[] = [];
  for (let v = from; v < to; v += step) at.push(v);
  at.push(to);
  return at;
};

/** The points probed across a band [top, bottom) of a viewport `width` wide: a grid, edges included. */
export function probePoints(width: number, top: number, bottom: number): Array<[number, number]> {
  if (bottom - top < 2 || width < 2) return [];
  const ys = steps(top + 1, bottom - 1, PROBE_STEP_PX);
  return steps(1, width - 1, PROBE_STEP_PX).flatMap((x) => ys.map((y): [number, number] => [x, y]));
}

/** An inline style we set, and what the page had there. */
interface Saved {
  el: HTMLElement;
  prop: string;
  value: string;
  priority: string;
}

function set(saved: Saved[], el: HTMLElement, prop: string, value: string): void {
  saved.push({ el, prop, value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
  el.style.setProperty(prop, value, 'important');
}

/** Whether an ancestor below <html> would become the containing block of an `absolute` element. */
function hasContainingAncestor(el: HTMLElement, doc: Document): boolean {
  const win = doc.defaultView!;
  for (let at = el.parentElement; at && at !== doc.documentElement; at = at.parentElement) {
    const cs = win.getComputedStyle(at);
    // (An unset value reads '' where no layout engine runs, as in unit tests: static, no transform.)
    if (!['static', ''].includes(cs.position) || !['none', ''].includes(cs.transform)) return true;
  }
  return false;
}

/**
 * Moves the page's out-of-flow elements that lie under `host` down below it. Returns the undo.
 * Measures once (one layout), then writes: no layout thrashing.
 */
export function makeRoom(doc: Document, host: HTMLElement): () => void {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return () => {};
  const band = host.getBoundingClientRect();
  const top = Math.max(0, band.top);
  const bottom = Math.min(win.innerHeight, band.bottom);
  const found = new Set<HTMLElement>();
  for (const [x, y] of probePoints(doc.documentElement.clientWidth || win.innerWidth, top, bottom)) {
    for (const el of doc.elementsFromPoint(x, y)) {
      if (el === host || el === doc.documentElement || host.contains(el)) continue;
      const positioned = positionedAncestor(el, doc);
      if (positioned) found.add(positioned);
    }
  }
  // One move per box: an element inside another that moves goes with it.
  const outer = [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
  const moves = outer
    .map((el) => {
      const box = el.getBoundingClientRect();
      const by = Math.ceil(bottom - box.top);
      // A box pinned to the viewport and pushed past its bottom could never be scrolled to: at the
      // top of the page, `absolute` against the root puts it at the same place, in the page's
      // scrollable area.
      const unpin =
        by > 0 && box.bottom + by > win.innerHeight && win.scrollY === 0 && win.getComputedStyle(el).position === 'fixed' && !hasContainingAncestor(el, doc);
      return { el, by, unpin };
    })
    .filter(({ by }) => by > 0);
  const saved: Saved[] = [];
  for (const { el, by, unpin } of moves) {
    if (unpin) set(saved, el, 'position', 'absolute');
    set(saved, el, 'translate', `0 ${by}px`);
  }
  return () => {
    for (const { el, prop, value, priority } of saved.reverse()) {
      if (value) el.style.setProperty(prop, value, priority);
      else el.style.removeProperty(prop);
    }
  };
}

/** How long the page's DOM must stay still before the room is made again (a page still drawing itself). */
export const SETTLE_MS = 200;

/**
 * Keeps room made for `host` while it is in the page: again when its size changes (a resized or
 * zoomed window wraps its text), when the window is resized, and once the page has added or
 * removed elements (a header drawn by a script after the banner came). Returns the stop, which
 * undoes the room.
 */
export function keepRoom(doc: Document, host: HTMLElement): () => void {
  const win = doc.defaultView;
  let undo = makeRoom(doc, host);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const again = () => {
    undo();
    undo = host.isConnected ? makeRoom(doc, host) : () => {};
  };
  const resized = win && 'ResizeObserver' in win ? new win.ResizeObserver(again) : undefined;
  resized?.observe(host);
  win?.addEventListener('resize', again);
  // Elements added or removed only: the styles written here are attributes, never a cause.
  const changed = win && 'MutationObserver' in win ? new win.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(again, SETTLE_MS);
  }) : undefined;
  if (doc.body) changed?.observe(doc.body, { childList: true, subtree: true });
  return () => {
    resized?.disconnect();
    changed?.disconnect();
    clearTimeout(timer);
    win?.removeEventListener('resize', again);
    undo();
  };
}
