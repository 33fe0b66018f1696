/**
 * Writes public/icons/{16,32,48,96,128}.png: a railway switch (a trunk that
 * splits, the diverging track ending in an arrow) in white on the academy's blue
 * rounded square. Pure Node: shapes as distance functions, 8×8 supersampling for
 * antialiasing, PNG chunks written by hand and deflated with zlib.
 *
 *   npx tsx scripts/gen-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128] as const;
const BLUE: RGB = [0x0b, 0x4f, 0x9c];
const WHITE: RGB = [0xff, 0xff, 0xff];

type RGB = readonly [number, number, number];
type Pt = readonly [number, number];

// ---------- geometry, in a unit square (x right, y down) ----------

function distToSegment([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
}

const distToPolyline = (p: Pt, pts: readonly Pt[]): number => {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, distToSegment(p, pts[i - 1]!, pts[i]!));
  return d;
};

function cubic(a: Pt, b: Pt, c: Pt, d: Pt, steps = 48): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const s = 1 - t;
    out.push([
      s * s * s * a[0] + 3 * s * s * t * b[0] + 3 * s * t * t * c[0] + t * t * t * d[0],
      s * s * s * a[1] + 3 * s * s * t * b[1] + 3 * s * t * t * c[1] + t * t * t * d[1],
    ]);
  }
  return out;
}

/** Signed distance to a rounded square centred in the unit square. */
function roundedSquare([px, py]: Pt, inset: number, radius: number): number {
  const half = 0.5 - inset;
  const qx = Math.abs(px - 0.5) - (half - radius);
  const qy = Math.abs(py - 0.5) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function inTriangle([px, py]: Pt, a: Pt, b: Pt, c: Pt): boolean {
  const sign = (p1: Pt, p2: Pt) => (px - p2[0]) * (p1[1] - p2[1]) - (p1[0] - p2[0]) * (py - p2[1]);
  const d1 = sign(a, b);
  const d2 = sign(b, c);
  const d3 = sign(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

// The mark. Left track: straight through (dimmed: not this way). Right track: leaves
// the trunk in an S-curve and ends in an arrow (this way: the mailbox).
const X_MAIN = 0.355;
const X_SIDE = 0.635;
const TRUNK: Pt[] = [
  [X_MAIN, 0.86],
  [X_MAIN, 0.6],
];
const STRAIGHT: Pt[] = [
  [X_MAIN, 0.6],
  [X_MAIN, 0.17],
];
const DIVERGING: Pt[] = [
  ...cubic([X_MAIN, 0.62], [X_MAIN, 0.44], [X_SIDE, 0.5], [X_SIDE, 0.33]),
  [X_SIDE, 0.28],
];
const ARROW: [Pt, Pt, Pt] = [
  [X_SIDE, 0.1],
  [X_SIDE - 0.14, 0.3],
  [X_SIDE + 0.14, 0.3],
];

interface Style {
  inset: number;
  radius: number;
  stroke: number;
  dim: number;
}

/** Small icons fill their square and use thicker strokes, so the switch still reads at 16px. */
const styleFor = (size: number): Style =>
  size <= 16
    ? { inset: 0, radius: 0.2, stroke: 0.15, dim: 0.6 }
    : size <= 32
      ? { inset: 0.02, radius: 0.2, stroke: 0.13, dim: 0.55 }
      : { inset: 0.06, radius: 0.2, stroke: 0.11, dim: 0.55 };

/** Coverage of the square and opacity of white at one point. */
function sample(p: Pt, s: Style): { bg: number; white: number } {
  if (roundedSquare(p, s.inset, s.radius) > 0) return { bg: 0, white: 0 };
  const half = s.stroke / 2;
  const bright = distToPolyline(p, TRUNK) <= half || distToPolyline(p, DIVERGING) <= half || inTriangle(p, ...ARROW);
  if (bright) return { bg: 1, white: 1 };
  if (distToPolyline(p, STRAIGHT) <= half) return { bg: 1, white: s.dim };
  return { bg: 1, white: 0 };
}

function render(size: number): Buffer {
  const style = styleFor(size);
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let alpha = 0;
      const acc = [0, 0, 0];
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const { bg, white } = sample([(x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size], style);
          if (bg === 0) continue;
          alpha += 1;
          for (let k = 0; k < 3; k++) acc[k]! += BLUE[k]! * (1 - white) + WHITE[k]! * white;
        }
      }
      const o = (y * size + x) * 4;
      if (alpha > 0) for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(acc[k]! / alpha);
      rgba[o + 3] = Math.round((alpha / (ss * ss)) * 255);
    }
  }
  return rgba;
}

// ---------- PNG ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) {
  const path = `public/icons/${size}.png`;
  writeFileSync(path, encodePng(size, render(size)));
  console.log(`${path} written`);
}
