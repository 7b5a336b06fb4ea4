/**
 * Flat SVG illustrations for the demo catalog: product pictures, category
 * tiles and home-page banners. Pure functions: the same input always gives
 * the same string, with no randomness and no I/O.
 *
 * Every motif is drawn in an 800×800 space, centred near (400, 400) and
 * roughly within 150…650, so one drawing can be placed anywhere with a
 * `translate(…) scale(…)` transform.
 */
import type { BannerImageInput, Motif, ProductImageInput } from "./types";
import { NAMED_COLORS, normHue, hsl, r1, palette, objectPalette } from "./images/palette";
import type { Palette } from "./images/palette";
import { rect, circ, ell, g } from "./images/svg";
import { DRAW } from "./images/motifs";

// ---------------------------------------------------------------------------
// Compositions
// ---------------------------------------------------------------------------

/** Lowest point of drawings that do not reach the usual ~630, so shadows and shelves meet them. */
const BOTTOM: Partial<Record<Motif, number>> = {
  cap: 510,
  sneaker: 592,
  headphones: 576,
  laptop: 550,
  camera: 564,
  keyboard: 538,
  "yoga-mat": 534,
  dumbbell: 516,
  "toy-car": 548,
  pillow: 596,
  ball: 602,
  mug: 602,
  earbuds: 608,
  teapot: 600,
  lamp: 612,
};
const bottomOf = (motif: Motif) => BOTTOM[motif] ?? 630;

function motifBody(motif: Motif, pal: Palette) {
  const draw = DRAW[motif] ?? DRAW.blocks;
  return draw(pal);
}

/** Places a motif (drawn around 400,400 in an 800 box) with its centre at (cx, cy), scaled by s. */
function place(body: string, cx: number, cy: number, s: number, rotate = 0) {
  const tx = r1(cx - 400 * s);
  const ty = r1(cy - 400 * s);
  return g(`translate(${tx} ${ty}) scale(${s})${rotate ? ` rotate(${rotate} 400 400)` : ""}`, body);
}

const SVG_OPEN = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">`;

export function productImageSvg(input: ProductImageInput): string {
  const hue = normHue(input.hue);
  const view = ((Math.trunc(input.view) % 3) + 3) % 3;
  const pal = objectPalette(hue, input.colorName);
  // A white or very pale object needs a deeper backdrop to stand out.
  const named = input.colorName ? NAMED_COLORS[input.colorName.trim().toLowerCase()] : undefined;
  const dim = named && named[2] > 85 ? -14 : 0;
  const bgTop = hsl([hue, 42, 94 + dim]);
  const bgBottom = hsl([hue, 36, 85 + dim]);
  const body = motifBody(input.motif, pal);

  if (view === 0) {
    return (
      SVG_OPEN(800, 800) +
      `<defs><linearGradient id="b" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${bgTop}"/><stop offset="1" stop-color="${bgBottom}"/></linearGradient></defs>` +
      rect(0, 0, 800, 800, "url(#b)") +
      circ(400, 390, 300, dim ? hsl([hue, 30, 66]) : "#fff", `opacity="${dim ? ".3" : ".45"}"`) +
      ell(400, bottomOf(input.motif) + 14, 230, 26, "#000", 'opacity=".08"') +
      body +
      "</svg>"
    );
  }

  if (view === 1) {
    const c1 = hsl([hue + 20, 46, 90 + dim]);
    const c2 = hsl([hue - 20, 40, 80 + dim]);
    const transform = "translate(-44 -34) scale(1.1) rotate(-9 400 400)";
    return (
      SVG_OPEN(800, 800) +
      `<defs><linearGradient id="b" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient>` +
      `<filter id="s" x="-20%" y="-20%" width="140%" height="140%"><feColorMatrix type="matrix" values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 .22 0"/><feGaussianBlur stdDeviation="14"/></filter>` +
      `<g id="o">${body}</g></defs>` +
      rect(0, 0, 800, 800, "url(#b)") +
      circ(690, 120, 190, "#fff", 'opacity=".28"') +
      circ(90, 720, 230, hsl([hue, 40, 72]), 'opacity=".35"') +
      `<use href="#o" transform="translate(-20 -4) scale(1.1) rotate(-9 400 400)" filter="url(#s)"/>` +
      `<use href="#o" transform="${transform}"/>` +
      "</svg>"
    );
  }

  // view 2: two of the product side by side on a dotted backdrop, the second in another colour.
  const other = palette(input.colorName ? [hue, 56, 52] : [hue + 150, 50, 56], hue);
  const dot = hsl([hue, 30, 78]);
  return (
    SVG_OPEN(800, 800) +
    `<defs><pattern id="p" width="40" height="40" patternUnits="userSpaceOnUse">${circ(20, 20, 4, dot)}</pattern></defs>` +
    rect(0, 0, 800, 800, hsl([hue, 38, 92 + dim])) +
    rect(0, 0, 800, 800, "url(#p)", 0, 'opacity=".8"') +
    rect(0, 560, 800, 240, hsl([hue, 34, 84 + dim])) +
    ell(250, 598, 160, 18, "#000", 'opacity=".09"') +
    ell(598, 598, 120, 15, "#000", 'opacity=".09"') +
    place(body, 250, r1(592 - (bottomOf(input.motif) - 400) * 0.7), 0.7) +
    place(motifBody(input.motif, other), 598, r1(592 - (bottomOf(input.motif) - 400) * 0.52), 0.52) +
    "</svg>"
  );
}

export function bannerSvg(input: BannerImageInput): string {
  const hue = normHue(input.hue);
  const motifs = [...new Set(input.motifs)].slice(0, 3);
  const slots: [number, number, number][] =
    motifs.length >= 3
      ? [
          [950, 430, 0.5],
          [1196, 410, 0.54],
          [1440, 440, 0.46],
        ]
      : motifs.length === 2
        ? [
            [1060, 420, 0.56],
            [1350, 436, 0.5],
          ]
        : [[1220, 400, 0.66]];
  const drawn = motifs
    .map((m, i) => {
      const [cx, base, s] = slots[i]!;
      const cy = r1(base + 120 * s - (bottomOf(m) - 400) * s);
      const pal = palette([hue + [0, 150, 40][i]!, 58, 54], hue + 200);
      return (
        ell(cx, r1(base + 126 * s), r1(220 * s), r1(24 * s), "#000", 'opacity=".1"') + place(motifBody(m, pal), cx, cy, s, i === 1 ? 5 : -4)
      );
    })
    .join("");
  return (
    SVG_OPEN(1600, 600) +
    `<defs><linearGradient id="b" x1="0" y1="0" x2="1" y2=".6"><stop offset="0" stop-color="${hsl([hue, 55, 91])}"/><stop offset="1" stop-color="${hsl([hue + 30, 50, 76])}"/></linearGradient></defs>` +
    rect(0, 0, 1600, 600, "url(#b)") +
    circ(1280, 300, 330, "#fff", 'opacity=".3"') +
    circ(1560, 40, 160, "#fff", 'opacity=".25"') +
    circ(140, 620, 260, hsl([hue + 30, 40, 70]), 'opacity=".25"') +
    rect(0, 520, 1600, 80, hsl([hue + 20, 40, 70]), 0, 'opacity=".35"') +
    drawn +
    "</svg>"
  );
}

export function categorySvg(motif: Motif, hue: number): string {
  const h = normHue(hue);
  const pal = objectPalette(h);
  return (
    SVG_OPEN(400, 400) +
    `<defs><radialGradient id="b" cx=".5" cy=".42" r=".7"><stop offset="0" stop-color="${hsl([h, 50, 96])}"/><stop offset="1" stop-color="${hsl([h, 40, 84])}"/></radialGradient></defs>` +
    rect(0, 0, 400, 400, "url(#b)") +
    ell(200, 318, 120, 14, "#000", 'opacity=".08"') +
    place(motifBody(motif, pal), 200, r1(310 - (bottomOf(motif) - 400) * 0.5), 0.5) +
    "</svg>"
  );
}
