/**
 * How to pin Aiguilleur's button, drawn: a browser's toolbar with its Extensions menu open.
 * Plain inline SVG made here (no downloaded image), in the page's colours (light and dark);
 * its words come from the caption beside it, so the drawing itself carries no text to translate
 * but Aiguilleur's name.
 */
import type { JSX } from 'preact';

const frame = { fill: 'var(--bg)', stroke: 'var(--border)', 'stroke-width': 2 } as const;

/** A puzzle piece, the Extensions button of both browsers. */
const Puzzle = ({ x, y }: { x: number; y: number }) => (
  <path
    transform={`translate(${x} ${y})`}
    d="M3 7h5a3 3 0 1 1 6 0h5v5a3 3 0 1 1 0 6v5h-5a3 3 0 1 0-6 0H3v-5a3 3 0 1 0 0-6z"
    fill="none"
    stroke="var(--text)"
    stroke-width="2"
    stroke-linejoin="round"
  />
);

/** Aiguilleur's icon, simplified: a mail envelope on the brand colour. */
const Icon = ({ x, y }: { x: number; y: number }) => (
  <g transform={`translate(${x} ${y})`}>
    <rect width="24" height="24" rx="5" fill="var(--brand)" />
    <path d="M5 8h14v9H5z M5 8l7 5 7-5" fill="none" stroke="var(--on-brand)" stroke-width="1.8" stroke-linejoin="round" />
  </g>
);

/** The ring that shows where to click. */
const Ring = ({ cx, cy, r = 17 }: { cx: number; cy: number; r?: number }) => (
  <circle cx={cx} cy={cy} r={r} fill="none" stroke="var(--warn-line)" stroke-width="3.5" />
);

/** The browser's frame: tab strip, address bar, the puzzle piece (ringed: step 1). */
function Toolbar({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <>
      <rect x="1" y="1" width="478" height="238" rx="10" {...frame} />
      <path d="M1 40h478" stroke="var(--border)" stroke-width="2" />
      <rect x="14" y="10" width="120" height="30" rx="6" fill="var(--surface)" />
      <rect x="20" y="50" width="330" height="28" rx="14" fill="var(--surface)" stroke="var(--border)" />
      <Puzzle x={392} y={52} />
      <Ring cx={403} cy={64} />
      <text x="430" y="52" text-anchor="middle" font-size="16" font-weight="700" fill="var(--warn-line)">
        1
      </text>
      {children}
    </>
  );
}

/** Chrome: the Extensions menu lists Aiguilleur with a pin at its right (step 2). */
export function ChromePin({ label }: { label: string }) {
  return (
    <svg class="pin-picture" viewBox="0 0 480 240" role="img" aria-label={label} data-picture="chrome">
      <Toolbar>
        <rect x="206" y="86" width="262" height="128" rx="8" fill="var(--bg)" stroke="var(--border)" stroke-width="2" />
        <rect x="222" y="100" width="120" height="10" rx="5" fill="var(--surface)" />
        <Icon x={222} y={128} />
        <text x="256" y="146" font-size="16" fill="var(--text)">
          Aiguilleur
        </text>
        {/* the pin */}
        <path d="M428 131l10 10m-5-13l13 13-6 2-7 7-2 6-13-13 6-2 7-7z M424 152l-7 7" fill="none" stroke="var(--text)" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" />
        <Ring cx={433} cy={142} />
        <text x="458" y="118" text-anchor="middle" font-size="16" font-weight="700" fill="var(--warn-line)">
          2
        </text>
        <rect x="222" y="174" width="200" height="10" rx="5" fill="var(--surface)" />
        <rect x="222" y="192" width="160" height="10" rx="5" fill="var(--surface)" />
      </Toolbar>
    </svg>
  );
}

/** Firefox: the Extensions panel lists Aiguilleur with a gear, whose menu pins it (step 2). */
export function FirefoxPin({ label, pinLabel }: { label: string; pinLabel: string }) {
  return (
    <svg class="pin-picture" viewBox="0 0 480 240" role="img" aria-label={label} data-picture="firefox">
      <Toolbar>
        <rect x="190" y="86" width="278" height="96" rx="8" fill="var(--bg)" stroke="var(--border)" stroke-width="2" />
        <Icon x={206} y={102} />
        <text x="240" y="120" font-size="16" fill="var(--text)">
          Aiguilleur
        </text>
        {/* the gear */}
        <g transform="translate(433 114)" fill="none" stroke="var(--text)" stroke-width="2">
          <circle r="4" />
          <path d="M0-10v4M0 6v4M-10 0h4M6 0h4M-7-7l3 3M4 4l3 3M-7 7l3-3M4-4l3-3" stroke-linecap="round" />
        </g>
        <Ring cx={433} cy={114} r={15} />
        <text x="458" y="100" text-anchor="middle" font-size="16" font-weight="700" fill="var(--warn-line)">
          2
        </text>
        <rect x="206" y="146" width="150" height="10" rx="5" fill="var(--surface)" />
        {/* the gear's menu */}
        <rect x="236" y="180" width="232" height="46" rx="6" fill="var(--surface)" stroke="var(--border)" stroke-width="2" />
        <text x="250" y="208" font-size="14" font-weight="600" fill="var(--text)">
          {pinLabel}
        </text>
      </Toolbar>
    </svg>
  );
}
