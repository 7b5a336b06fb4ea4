/** Colours of the drawings: named Color-option colours and the palettes built from a hue. */

export type Hsl = readonly [number, number, number];

/** The colour names a product's Color option may use, as hue / saturation / lightness. */
export const NAMED_COLORS: Record<string, Hsl> = {
  black: [225, 10, 20],
  white: [40, 25, 97],
  grey: [220, 7, 62],
  navy: [222, 48, 27],
  blue: [210, 68, 52],
  red: [2, 68, 52],
  green: [148, 42, 38],
  olive: [72, 30, 40],
  sand: [36, 42, 76],
  pink: [345, 70, 78],
  yellow: [46, 92, 58],
  brown: [24, 42, 36],
};

export type Palette = {
  /** main colour of the object */
  m: string;
  /** darker shade */
  d: string;
  /** darkest shade */
  dd: string;
  /** lighter tint */
  l: string;
  /** contrasting accent */
  a: string;
  /** off-white */
  w: string;
  /** near-black ink */
  k: string;
  /** metal grey */
  s: string;
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
export const normHue = (h: number) => ((Math.round(h) % 360) + 360) % 360;
export const hsl = ([h, s, l]: Hsl, dl = 0) => `hsl(${normHue(h)},${clamp(s, 0, 100)}%,${clamp(l + dl, 4, 98)}%)`;
export const r1 = (n: number) => Math.round(n * 10) / 10;

export function palette(base: Hsl, accentHue: number): Palette {
  const [, , l] = base;
  // Very light colours (White, Sand, Pink) shade more gently so they keep their character.
  const step = l > 85 ? 9 : 13;
  return {
    m: hsl(base),
    d: hsl(base, -step),
    dd: hsl(base, -2 * step - (l > 85 ? 8 : 0)),
    l: hsl(base, l > 85 ? 2 : 14),
    a: hsl([accentHue, 62, 60]),
    w: "#fbfaf6",
    k: "#2a2730",
    s: "#c8ccd4",
  };
}

export function objectPalette(hue: number, colorName?: string): Palette {
  const named = colorName ? NAMED_COLORS[colorName.trim().toLowerCase()] : undefined;
  return palette(named ?? [hue, 56, 52], hue + 160);
}
