import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRoom, makeRoom, probePoints, PROBE_STEP_PX, SETTLE_MS } from './place';

const rect = (top: number, height: number, width = 800) => ({ top, bottom: top + height, left: 0, right: width, width, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

/** A page with a fixed header holding a link, a form in the flow, and the banner 120 px high. */
function page() {
  document.body.innerHTML = `
    <header id="bar" style="position:fixed;top:0;left:0;right:0"><a id="login" href="#">Se connecter</a></header>
    <div id="flow"><input id="pw" type="password"></div>
    <div id="box" style="position:absolute;top:300px"><button id="deep">Valider</button></div>`;
  const host = document.createElement('aiguilleur-banner');
  document.documentElement.insertBefore(host, document.body);
  const bar = document.getElementById('bar')!;
  const moved = 0;
  vi.spyOn(host, 'getBoundingClientRect').mockReturnValue(rect(0, 120));
  vi.spyOn(bar, 'getBoundingClientRect').mockImplementation(() => rect(moved, 40));
  const probes: Array<[number, number]> = [];
  document.elementsFromPoint = (x: number, y: number) => {
    probes.push([x, y]);
    // Under the banner's band: the banner itself, the header's link (its header is fixed), the root.
    return y < 40 + moved ? [host, document.getElementById('login')!, bar, document.documentElement] : [host, document.documentElement];
  };
  return { host, bar, probes };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('aiguilleur-banner').forEach((n) => n.remove());
});

describe('making room for the banner', () => {
  it('probes the whole band, edge to edge, at most one step apart both ways: a small link pinned in a corner is found', () => {
    const points = probePoints(800, 0, 146);
    for (const axis of [0, 1] as const) {
      const at = [...new Set(points.map((p) => p[axis]))].sort((a, b) => a - b);
      expect(at[0]).toBe(1);
      expect(at.at(-1)).toBe(axis === 0 ? 799 : 145);
      expect(at.slice(1).every((v, i) => v - at[i]! <= PROBE_STEP_PX)).toBe(true);
    }
    // A 25 px high link at y 6..31, x 684..788 (haut.html's late link).
    expect(points.some(([x, y]) => x >= 684 && x <= 788 && y >= 6 && y <= 31)).toBe(true);
    expect(probePoints(800, 0, 0)).toEqual([]);
  });

  it('moves a fixed header that lies under the banner down by its overlap, and leaves the page in the flow alone', () => {
    const { host, bar } = page();
    const undo = makeRoom(document, host);
    expect(bar.style.getPropertyValue('translate')).toBe('0 120px');
    expect(bar.style.getPropertyPriority('translate')).toBe('important');
    expect(document.getElementById('box')!.style.getPropertyValue('translate')).toBe('');
    expect(document.getElementById('flow')!.style.getPropertyValue('translate')).toBe('');
    undo();
    expect(bar.style.getPropertyValue('translate')).toBe('');
  });

  it("gives back the page's own translate when the banner goes", () => {
    const { host, bar } = page();
    bar.style.setProperty('translate', '5px 0');
    const undo = makeRoom(document, host);
    expect(bar.style.getPropertyValue('translate')).toBe('0 120px');
    undo();
    expect(bar.style.getPropertyValue('translate')).toBe('5px 0');
  });

  it('does it again from scratch when the window is resized, and undoes it when stopped', () => {
    const { host, bar } = page();
    const stop = keepRoom(document, host);
    expect(bar.style.getPropertyValue('translate')).toBe('0 120px');
    window.dispatchEvent(new Event('resize'));
    expect(bar.style.getPropertyValue('translate')).toBe('0 120px');
    stop();
    expect(bar.style.getPropertyValue('translate')).toBe('');
  });

  it('unpins a box pinned to the viewport that the move would push past its bottom, so that it can be scrolled to; gives it back after', () => {
    const { host, bar } = page();
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue(rect(0, window.innerHeight));
    const undo = makeRoom(document, host);
    expect(bar.style.getPropertyValue('translate')).toBe('0 120px');
    expect(bar.style.getPropertyValue('position')).toBe('absolute');
    undo();
    expect(bar.style.getPropertyValue('position')).toBe('fixed');
    expect(bar.style.getPropertyValue('translate')).toBe('');
  });

  it('leaves pinned a box the move keeps inside the viewport', () => {
    const { host, bar } = page();
    makeRoom(document, host);
    expect(bar.style.getPropertyValue('position')).toBe('fixed');
  });

  it('makes room again once the page has added elements and stayed still, not at each addition', async () => {
    const { host, probes } = page();
    const stop = keepRoom(document, host);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 50));
    const before = probes.length;
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 20));
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, SETTLE_MS + 50));
    const onePass = probePoints(document.documentElement.clientWidth || window.innerWidth, 0, 120).length;
    expect(probes.length - before).toBe(onePass);
    stop();
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, SETTLE_MS + 50));
    expect(probes.length - before).toBe(onePass);
  });

  it('does nothing in a browser that cannot say what is at a point', () => {
    const { host, bar } = page();
    (document as { elementsFromPoint?: unknown }).elementsFromPoint = undefined;
    makeRoom(document, host)();
    expect(bar.style.getPropertyValue('translate')).toBe('');
  });
});
