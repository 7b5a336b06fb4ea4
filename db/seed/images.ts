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

type Hsl = readonly [number, number, number];

/** The colour names a product's Color option may use, as hue / saturation / lightness. */
const NAMED_COLORS: Record<string, Hsl> = {
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

type Palette = {
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
const normHue = (h: number) => ((Math.round(h) % 360) + 360) % 360;
const hsl = ([h, s, l]: Hsl, dl = 0) => `hsl(${normHue(h)},${clamp(s, 0, 100)}%,${clamp(l + dl, 4, 98)}%)`;
const r1 = (n: number) => Math.round(n * 10) / 10;

function palette(base: Hsl, accentHue: number): Palette {
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

function objectPalette(hue: number, colorName?: string): Palette {
  const named = colorName ? NAMED_COLORS[colorName.trim().toLowerCase()] : undefined;
  return palette(named ?? [hue, 56, 52], hue + 160);
}

// ---------------------------------------------------------------------------
// Tiny SVG builders
// ---------------------------------------------------------------------------

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = "") =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ""} fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
const circ = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
const ell = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = "") =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
const path = (d: string, fill: string, extra = "") => `<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
/** A stroked open path with round caps. */
const line = (d: string, stroke: string, width: number, extra = "") =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${extra.includes("stroke-linecap") ? "" : ' stroke-linecap="round" stroke-linejoin="round"'}${extra ? ` ${extra}` : ""}/>`;
const g = (transform: string, body: string) => `<g transform="${transform}">${body}</g>`;

function polygon(cx: number, cy: number, r: number, sides: number, rotDeg: number) {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const t = ((rotDeg + (360 / sides) * i) * Math.PI) / 180;
    pts.push(`${r1(cx + r * Math.cos(t))} ${r1(cy + r * Math.sin(t))}`);
  }
  return `M${pts.join("L")}Z`;
}

/** A leaf pointing up from (0,0), length `len`, half-width `w`. */
const leafPath = (len: number, w: number) => `M0 0C${w} ${-len * 0.3} ${w} ${-len * 0.7} 0 ${-len}C${-w} ${-len * 0.7} ${-w} ${-len * 0.3} 0 0Z`;

const GREEN = "hsl(135,38%,36%)";
const GREEN_L = "hsl(110,42%,48%)";
const WOOD = "hsl(30,45%,52%)";
const BEAN = "hsl(22,45%,26%)";
const CHOC = "hsl(20,42%,24%)";
const CHOC_L = "hsl(20,40%,32%)";
const AMBER = "hsl(38,92%,52%)";
const SCREEN = "#1e2331";

// ---------------------------------------------------------------------------
// The 44 motifs
// ---------------------------------------------------------------------------

const DRAW: Record<Motif, (p: Palette) => string> = {
  tshirt: (p) =>
    path("M300 190L232 214L158 300L226 370L272 338L272 618L528 618L528 338L574 370L642 300L568 214L500 190C480 240 320 240 300 190Z", p.m) +
    path("M158 300L226 370L240 356L172 286Z", p.d) +
    path("M642 300L574 370L560 356L628 286Z", p.d) +
    path("M500 190C480 240 320 240 300 190L322 183C340 220 460 220 478 183Z", p.d) +
    rect(440, 300, 50, 56, p.d, 6, 'opacity=".55"') +
    line("M276 596H524", p.d, 4, 'opacity=".6"'),

  hoodie: (p) =>
    path("M308 212C296 118 504 118 492 212Z", p.d) +
    path("M308 204L246 224L196 330L168 588L230 598L262 404L262 622L538 622L538 404L570 598L632 588L604 330L554 224L492 204C470 250 330 250 308 204Z", p.m) +
    path("M330 206C336 146 464 146 470 206C440 244 360 244 330 206Z", p.dd) +
    path("M320 478L480 478L506 574L294 574Z", p.d) +
    line("M376 236L370 330", p.w, 6) +
    line("M424 236L430 330", p.w, 6) +
    path("M168 588L230 598L227 626L165 616Z", p.d) +
    path("M632 588L570 598L573 626L635 616Z", p.d) +
    rect(262, 598, 276, 26, p.d, 4),

  dress: (p) =>
    line("M348 180L358 232", p.d, 10) +
    line("M452 180L442 232", p.d, 10) +
    path("M346 226Q400 262 454 226L472 340L328 340Z", p.m) +
    path("M330 356L470 356L604 612Q400 652 196 612Z", p.m) +
    line("M370 372L310 620M430 372L490 622M400 372L400 628", p.d, 4, 'opacity=".45"') +
    rect(324, 334, 152, 26, p.d, 8) +
    circ(438, 347, 15, p.a),

  jeans: (p) =>
    path("M284 194L516 194L546 626L430 626L400 336L370 626L254 626Z", p.m) +
    rect(284, 188, 232, 36, p.d, 4) +
    rect(308, 182, 12, 48, p.dd, 3) +
    rect(480, 182, 12, 48, p.dd, 3) +
    circ(400, 206, 8, p.s) +
    line("M400 226L400 330", p.dd, 4) +
    line("M298 232Q334 288 374 228M502 232Q466 288 426 228", p.l, 4) +
    line("M290 250L262 600M510 250L538 600", p.l, 3, 'stroke-dasharray="8 8" opacity=".7"') +
    path("M256 600L372 600L370 626L254 626ZM428 600L544 600L546 626L430 626Z", p.d),

  sneaker: (p) =>
    path("M174 536L626 536Q660 538 660 562Q660 590 626 592L206 592Q170 592 170 562Z", p.w) +
    path("M171 570Q176 592 206 592L626 592Q658 590 660 570Z", "#d6d2cb") +
    path("M184 538L194 398Q200 360 236 362L330 374Q350 426 420 442L560 470Q642 490 646 538Z", p.m) +
    path("M560 470Q642 490 646 538L566 538Q548 502 560 470Z", p.l) +
    path("M184 538L192 432Q240 440 252 538Z", p.d) +
    line("M268 512Q400 440 540 508", p.d, 16) +
    line("M350 420L372 400M385 430L407 410M420 440L442 420M455 448L477 428", p.w, 8) +
    path("M236 362L330 374Q322 398 300 396L238 388Z", p.dd),

  boot: (p) =>
    path("M262 190L430 190L438 440Q448 478 500 488L600 505Q650 515 652 560L652 576L244 576L250 440Z", p.m) +
    path("M318 190L382 190L398 404Q350 428 302 404Z", p.dd) +
    line("M270 196V154Q270 144 280 144H296Q306 144 306 154V196", p.d, 10) +
    path("M440 444Q452 478 500 488L600 505Q650 515 652 560L560 560Q520 520 440 520Z", p.d, 'opacity=".45"') +
    rect(238, 574, 420, 30, "#3b3330", 10) +
    rect(238, 580, 130, 42, "#3b3330", 8) +
    line("M256 566L640 566", p.l, 3, 'stroke-dasharray="10 8"'),

  cap: (p) =>
    path("M560 452Q694 436 724 478Q716 508 600 504L560 494Z", p.d) +
    path("M186 472C186 300 300 230 410 230C530 230 612 312 616 472Z", p.m) +
    line("M410 234Q362 350 334 470M410 234Q478 350 502 470", p.d, 4) +
    ell(410, 230, 24, 11, p.d) +
    circ(300, 330, 8, p.dd) +
    circ(522, 330, 8, p.dd) +
    path("M186 472L616 472L616 448Q400 470 188 446Z", p.d),

  scarf: (p) =>
    line("M250 282A150 80 0 0 1 550 282", p.d, 60) +
    line("M250 282A150 80 0 0 0 550 282", p.m, 60) +
    path("M364 372L326 600L410 612L424 384Z", p.m) +
    path("M420 380L470 596L548 574L446 370Z", p.d) +
    path("M339 520L419 530L416 556L335 546ZM450 512L526 494L534 518L457 538Z", p.a) +
    line("M332 612L330 640M346 614L344 642M360 616L358 644M374 618L372 646M388 620L386 648M402 622L400 650M476 608L482 636M490 604L496 632M504 600L510 628M518 596L524 624M532 592L538 620", p.d, 5) +
    rect(356, 326, 90, 74, p.dd, 24),

  headphones: (p) =>
    line("M240 432C216 160 584 160 560 432", p.d, 30) +
    line("M272 300C310 212 490 212 528 300", p.dd, 14) +
    rect(252, 360, 26, 44, p.d, 6) +
    rect(522, 360, 26, 44, p.d, 6) +
    rect(178, 380, 114, 196, p.m, 50) +
    rect(508, 380, 114, 196, p.m, 50) +
    rect(266, 396, 42, 164, p.dd, 18) +
    rect(492, 396, 42, 164, p.dd, 18) +
    rect(198, 410, 18, 100, p.l, 9, 'opacity=".7"') +
    rect(584, 410, 18, 100, p.l, 9, 'opacity=".7"'),

  earbuds: (p) => {
    const bud = rect(-15, 10, 30, 130, p.m, 15) + circ(0, 0, 54, p.m) + circ(12, -6, 22, p.dd) + circ(-22, -22, 10, p.l);
    return (
      rect(272, 404, 256, 204, p.m, 84) +
      path("M274 480L526 480L526 520Q400 530 274 520Z", p.d, 'opacity=".35"') +
      line("M276 474H524", p.d, 5) +
      circ(400, 548, 7, p.a) +
      g("translate(318 268) rotate(-18)", bud) +
      g("translate(484 268) rotate(18) scale(-1 1)", bud)
    );
  },

  phone: (p) =>
    rect(294, 158, 212, 486, p.m, 44) +
    rect(506, 260, 7, 66, p.d, 3) +
    rect(308, 172, 184, 458, SCREEN, 32) +
    circ(372, 330, 64, p.a, 'opacity=".8"') +
    circ(428, 470, 62, p.m, 'opacity=".85"') +
    path("M308 540Q400 500 492 560L492 598Q490 628 460 630L340 630Q310 628 308 598Z", p.l, 'opacity=".55"') +
    rect(368, 188, 64, 18, "#0b0d12", 9) +
    rect(362, 610, 76, 6, p.w, 3),

  laptop: (p) =>
    rect(214, 196, 372, 268, p.d, 16) +
    rect(230, 212, 340, 236, SCREEN, 6) +
    circ(330, 300, 56, p.a, 'opacity=".8"') +
    path("M230 400Q340 330 450 390Q510 420 570 380L570 448L230 448Z", p.m, 'opacity=".85"') +
    path("M164 470L636 470L680 530Q682 550 660 550L140 550Q118 550 120 530Z", p.m) +
    path("M204 478L596 478L624 514L176 514Z", p.d, 'opacity=".6"') +
    rect(352, 520, 96, 16, p.l, 4) +
    rect(120, 540, 560, 10, p.d, 5),

  watch: (p) => {
    let ticks = "";
    for (let i = 0; i < 12; i++) {
      const t = (i * Math.PI) / 6;
      const r0 = i % 3 === 0 ? 66 : 74;
      ticks += `M${r1(400 + r0 * Math.sin(t))} ${r1(400 - r0 * Math.cos(t))}L${r1(400 + 82 * Math.sin(t))} ${r1(400 - 82 * Math.cos(t))}`;
    }
    return (
      path("M344 150L456 150L446 300L354 300Z", p.d) +
      path("M354 500L446 500L456 652L344 652Z", p.d) +
      circ(400, 560, 6, p.dd) +
      circ(400, 590, 6, p.dd) +
      circ(400, 620, 6, p.dd) +
      rect(516, 382, 24, 36, p.m, 7) +
      circ(400, 400, 126, p.m) +
      circ(400, 400, 106, p.dd) +
      circ(400, 400, 94, p.w) +
      line(ticks, p.k, 5) +
      line("M400 400L400 336M400 400L448 428", p.k, 9) +
      line("M400 400L356 450", p.a, 4) +
      circ(400, 400, 9, p.k)
    );
  },

  speaker: (p) =>
    rect(300, 618, 40, 18, p.dd, 4) +
    rect(460, 618, 40, 18, p.dd, 4) +
    rect(276, 160, 248, 466, p.m, 38) +
    rect(276, 160, 40, 466, p.d, 20, 'opacity=".4"') +
    circ(400, 272, 50, p.dd) +
    circ(400, 272, 28, p.d) +
    circ(400, 476, 104, p.dd) +
    circ(400, 476, 80, p.d) +
    circ(400, 476, 30, p.dd) +
    circ(386, 462, 9, p.l, 'opacity=".7"') +
    circ(400, 364, 6, p.a),

  camera: (p) =>
    rect(326, 244, 148, 70, p.dd, 14) +
    rect(196, 296, 408, 268, p.m, 30) +
    rect(196, 340, 408, 180, p.d, 0, 'opacity=".55"') +
    rect(512, 270, 56, 30, p.dd, 8) +
    rect(226, 318, 64, 34, p.l, 6) +
    circ(400, 430, 112, p.dd) +
    circ(400, 430, 90, "#2b2f3a") +
    circ(400, 430, 64, p.a, 'opacity=".55"') +
    circ(400, 430, 40, "#12141b") +
    circ(378, 408, 14, p.w, 'opacity=".75"'),

  keyboard: (p) =>
    rect(146, 286, 508, 252, p.d, 24) +
    path("M146 500H654V514Q654 538 630 538H170Q146 538 146 514Z", p.dd, 'opacity=".4"') +
    line("M176 328H624M176 372H624M176 416H624M176 460H624", p.l, 34, 'stroke-linecap="butt" stroke-dasharray="33 8"') +
    line("M176 504H250M550 504H624", p.l, 30, 'stroke-linecap="butt" stroke-dasharray="33 8"') +
    rect(258, 489, 284, 30, p.l, 5) +
    circ(620, 302, 5, p.a),

  mug: (p) =>
    line("M498 360C596 350 598 522 492 512", p.d, 36) +
    path("M254 300L506 300L496 568Q492 602 458 602L302 602Q268 602 264 568Z", p.m) +
    path("M256 300L280 300L288 602L270 596Q264 580 264 568Z", p.l, 'opacity=".5"') +
    rect(262, 430, 240, 30, p.a, 0, 'opacity=".8"') +
    ell(380, 300, 126, 26, p.d) +
    ell(380, 303, 110, 18, BEAN) +
    line("M344 262C322 230 366 212 344 176M410 262C388 230 432 212 410 176", p.w, 10, 'opacity=".85"'),

  pan: (p) =>
    path("M520 378L704 304Q726 298 732 318Q736 338 716 346L536 428Z", "#30333b") +
    circ(712, 322, 9, p.w, 'opacity=".5"') +
    ell(360, 450, 194, 170, p.d) +
    ell(360, 432, 194, 170, p.m) +
    ell(360, 424, 162, 138, "#33363e") +
    ell(330, 412, 64, 50, p.w) +
    circ(340, 404, 24, "hsl(42,92%,55%)") +
    line("M250 360Q280 320 330 306", p.w, 8, 'opacity=".25"'),

  teapot: (p) =>
    path("M282 446C226 436 214 376 168 334Q162 320 180 318C230 342 252 380 304 388Z", p.m) +
    line("M512 370C612 362 624 512 518 506", p.d, 28) +
    ell(400, 592, 96, 16, p.d) +
    ell(400, 468, 156, 126, p.m) +
    path("M314 372Q400 316 486 372Z", p.d) +
    circ(400, 330, 20, p.d) +
    line("M256 470Q400 506 544 470", p.a, 12) +
    ell(336, 426, 26, 46, p.l, 'opacity=".55"'),

  lamp: (p) =>
    ell(400, 384, 170, 14, "hsl(50,100%,85%)", 'opacity=".7"') +
    rect(390, 378, 20, 196, p.dd) +
    ell(400, 586, 110, 26, p.dd) +
    ell(400, 576, 110, 24, p.d) +
    path("M300 198L500 198L566 384L234 384Z", p.m) +
    path("M300 198L340 198L300 384L234 384Z", p.l, 'opacity=".5"') +
    rect(296, 188, 208, 16, p.d, 6) +
    line("M450 384L450 440", p.s, 3) +
    circ(450, 446, 7, p.s),

  chair: (p) =>
    line("M312 420L298 626M488 420L502 626", p.dd, 18) +
    rect(288, 166, 224, 44, p.m, 14) +
    rect(336, 206, 18, 212, p.d) +
    rect(391, 206, 18, 212, p.d) +
    rect(446, 206, 18, 212, p.d) +
    rect(288, 166, 24, 262, p.d, 8) +
    rect(488, 166, 24, 262, p.d, 8) +
    path("M268 410L532 410L568 470L232 470Z", p.m) +
    rect(232, 468, 336, 22, p.d, 4) +
    line("M256 490L244 644M544 490L556 644", p.dd, 20),

  pillow: (p) =>
    path("M218 238Q400 196 582 238Q626 400 582 562Q400 604 218 562Q174 400 218 238Z", p.m) +
    path("M248 268Q400 236 552 268Q588 400 552 532Q400 564 248 532Q212 400 248 268Z", "none", `stroke="${p.l}" stroke-width="5" stroke-dasharray="12 10"`) +
    path("M400 300L500 400L400 500L300 400Z", p.a, 'opacity=".85"') +
    circ(400, 400, 14, p.d) +
    path("M218 562Q400 604 582 562Q540 590 400 596Q260 590 218 562Z", p.d, 'opacity=".5"') +
    circ(214, 234, 16, p.d) +
    circ(586, 234, 16, p.d) +
    circ(214, 566, 16, p.d) +
    circ(586, 566, 16, p.d),

  plant: (p) => {
    const leaves: [number, number, number, string][] = [
      [-58, 200, 52, GREEN],
      [58, 200, 52, GREEN],
      [-30, 262, 60, GREEN_L],
      [30, 262, 60, GREEN_L],
      [-8, 296, 58, GREEN],
    ];
    return (
      leaves
        .map(([rot, len, w, c]) => g(`translate(400 462) rotate(${rot})`, path(leafPath(len, w), c) + line(`M0 -10L0 ${-len + 30}`, "#fff", 3, 'opacity=".35"')))
        .join("") +
      path("M304 456L496 456L472 626L328 626Z", p.m) +
      path("M304 456L340 456L352 626L328 626Z", p.l, 'opacity=".4"') +
      rect(290, 438, 220, 42, p.d, 8)
    );
  },

  vase: (p) =>
    line("M400 230L362 120M400 230L444 100M400 230L470 160", "hsl(100,28%,34%)", 6) +
    circ(362, 116, 16, "hsl(340,70%,82%)") +
    circ(444, 98, 18, "hsl(340,70%,82%)") +
    circ(472, 156, 14, "hsl(45,90%,75%)") +
    circ(342, 150, 12, "hsl(45,90%,75%)") +
    line("M360 146L342 150", "hsl(100,28%,34%)", 5) +
    path("M360 200L440 200L440 244C440 286 540 322 540 450C540 562 480 624 400 624C320 624 260 562 260 450C260 322 360 286 360 244Z", p.m) +
    rect(352, 192, 96, 18, p.d, 6) +
    path("M266 420L534 420L538 450L262 450Z", p.a, 'opacity=".8"') +
    path("M274 500L526 500L520 520L280 520Z", p.d, 'opacity=".55"') +
    ell(318, 400, 16, 50, p.l, 'opacity=".5"'),

  bottle: (p) =>
    path("M354 236L446 236L446 268Q494 292 494 340L494 592Q494 626 460 626L340 626Q306 626 306 592L306 340Q306 292 354 268Z", p.m) +
    rect(344, 168, 112, 76, p.d, 16) +
    line("M372 176C372 126 428 126 428 176", p.d, 12) +
    rect(306, 396, 188, 130, p.l) +
    path("M400 428L424 462L400 496L376 462Z", p.a) +
    line("M330 330L330 590", p.w, 10, 'opacity=".4"'),

  lipstick: (p) =>
    g("translate(520 520) rotate(14)", rect(-50, -60, 100, 150, p.k, 10) + rect(-50, -60, 100, 22, "hsl(42,55%,60%)", 4)) +
    path("M358 414L358 296Q358 272 380 262L442 232L442 414Z", p.m) +
    path("M358 414L358 296Q358 272 380 262L392 256L392 414Z", p.l, 'opacity=".45"') +
    rect(346, 392, 108, 60, "hsl(42,55%,60%)", 6) +
    rect(336, 446, 128, 180, p.k, 12) +
    rect(336, 446, 128, 16, "hsl(42,55%,52%)"),

  perfume: (p) =>
    rect(338, 196, 124, 82, p.dd, 12) +
    rect(370, 272, 60, 44, p.s) +
    rect(266, 312, 268, 304, p.l, 44, 'opacity=".85"') +
    path("M272 420L528 420L528 572Q528 610 490 610L310 610Q272 610 272 572Z", p.m) +
    rect(332, 440, 136, 84, p.w, 8, 'opacity=".9"') +
    circ(400, 482, 18, p.a) +
    rect(292, 340, 16, 220, p.w, 8, 'opacity=".45"'),

  cream: (p) =>
    rect(506, 316, 128, 18, p.d, 4) +
    path("M514 330L626 330L614 566L526 566Z", p.l) +
    rect(520, 560, 100, 52, p.d, 10) +
    path("M570 400L586 424L570 448L554 424Z", p.a) +
    rect(196, 380, 288, 72, p.d, 20) +
    rect(196, 380, 288, 26, p.dd, 14, 'opacity=".4"') +
    rect(210, 444, 260, 172, p.m, 28) +
    rect(232, 492, 216, 80, p.w, 10, 'opacity=".9"') +
    g("translate(340 556)", path(leafPath(52, 18), p.a)) +
    line("M226 470L226 596", p.l, 8, 'opacity=".6"'),

  book: (p) =>
    rect(286, 186, 256, 428, "#f1e9d8", 6) +
    line("M530 200V600M522 196V604", "#d8ccb4", 2) +
    rect(264, 176, 256, 440, p.m, 8) +
    rect(264, 176, 42, 440, p.d, 8) +
    rect(338, 236, 150, 74, p.l, 6) +
    line("M360 262H466M372 284H454", p.d, 6) +
    circ(413, 430, 44, p.a) +
    circ(413, 430, 26, p.l) +
    path("M460 612L460 668L476 652L492 668L492 612Z", p.a),

  notebook: (p) => {
    let spiral = "";
    for (let y = 204; y <= 590; y += 36) spiral += `M252 ${y}h44`;
    return (
      rect(286, 180, 288, 440, "#f1e9d8", 14) +
      rect(270, 170, 290, 448, p.m, 14) +
      rect(500, 170, 16, 448, p.dd) +
      rect(310, 240, 140, 40, p.l, 6, 'opacity=".75"') +
      line(spiral, p.s, 9) +
      g(
        "translate(600 420) rotate(24)",
        rect(-13, -150, 26, 250, "hsl(46,92%,58%)", 3) + path("M-13 100L13 100L0 140Z", "#e6c9a0") + path("M-4 128L4 128L0 140Z", p.k) + rect(-13, -170, 26, 24, "hsl(350,70%,75%)", 4),
      )
    );
  },

  ball: (p) => {
    let patches = "";
    let seams = "";
    for (let i = 0; i < 5; i++) {
      const t = ((-90 + 72 * i) * Math.PI) / 180;
      const ox = 400 + 148 * Math.cos(t);
      const oy = 400 + 148 * Math.sin(t);
      patches += path(polygon(ox, oy, 46, 5, 90 + 72 * i), p.m);
      seams += `M${r1(400 + 62 * Math.cos(t))} ${r1(400 + 62 * Math.sin(t))}L${r1(400 + 102 * Math.cos(t))} ${r1(400 + 102 * Math.sin(t))}`;
    }
    return (
      circ(400, 400, 202, p.w) +
      path("M560 280A200 200 0 0 1 280 560A220 220 0 0 0 560 280Z", p.k, 'opacity=".08"') +
      line(seams, p.k, 4, 'opacity=".4"') +
      patches +
      path(polygon(400, 400, 62, 5, -90), p.m) +
      circ(400, 400, 202, "none", `stroke="${p.k}" stroke-opacity=".15" stroke-width="4"`)
    );
  },

  racket: (p) => {
    const cx = 400;
    const cy = 290;
    const rx = 118;
    const ry = 156;
    let strings = "";
    for (let x = cx - 99; x <= cx + 99; x += 22) {
      const h = ry * Math.sqrt(1 - ((x - cx) / rx) ** 2);
      strings += `M${x} ${r1(cy - h)}V${r1(cy + h)}`;
    }
    for (let y = cy - 132; y <= cy + 132; y += 24) {
      const w = rx * Math.sqrt(1 - ((y - cy) / ry) ** 2);
      strings += `M${r1(cx - w)} ${y}H${r1(cx + w)}`;
    }
    return (
      g(
        "rotate(-24 400 400)",
        line(strings, p.w, 3, 'opacity=".9"') +
          line("M344 424L392 520M456 424L408 520", p.m, 16) +
          ell(cx, cy, rx, ry, "none", `stroke="${p.m}" stroke-width="22"`) +
          rect(383, 512, 34, 170, p.dd, 10) +
          line("M386 560L414 540M386 600L414 580M386 640L414 620", p.d, 4),
      ) +
      circ(560, 560, 46, "hsl(66,78%,56%)") +
      line("M522 532Q562 560 530 598M598 522Q560 560 596 590", p.w, 5)
    );
  },

  tent: (p) =>
    path("M400 206L634 604L694 574L468 218Z", p.d) +
    path("M400 206L166 604L634 604Z", p.m) +
    path("M400 300L318 604L482 604Z", p.dd) +
    path("M400 300L482 604L450 604L410 340Z", p.l) +
    line("M400 206L400 172M468 218L470 190", p.dd, 7) +
    line("M166 604L120 626M694 574L736 596", p.k, 3, 'opacity=".5"') +
    path("M250 460L550 460L560 476L240 476Z", p.l, 'opacity=".35"'),

  backpack: (p) =>
    line("M360 220C360 160 440 160 440 220", p.dd, 16) +
    rect(236, 300, 26, 260, p.dd, 12) +
    rect(538, 300, 26, 260, p.dd, 12) +
    rect(256, 212, 288, 412, p.m, 86) +
    path("M256 330Q256 212 400 212Q544 212 544 330L544 360Q400 392 256 360Z", p.d) +
    rect(384, 356, 32, 26, p.s, 5) +
    rect(296, 430, 208, 164, p.d, 34) +
    line("M322 456H478", p.s, 5) +
    rect(468, 450, 16, 22, p.s, 4),

  "yoga-mat": (p) =>
    path("M560 470L146 470L112 534L534 534Z", p.l) +
    line("M160 490L540 490M150 510L538 510", p.m, 3, 'opacity=".5"') +
    rect(220, 330, 340, 140, p.m) +
    rect(220, 330, 340, 28, p.l, 0, 'opacity=".45"') +
    ell(220, 400, 36, 70, p.d) +
    rect(282, 324, 20, 152, p.dd, 4) +
    rect(478, 324, 20, 152, p.dd, 4) +
    ell(560, 400, 40, 70, p.l) +
    line("M560 400m-8 0a8 10 0 1 1 16 0a18 24 0 1 1 -34 0a28 38 0 1 1 52 0", p.d, 5),

  dumbbell: (p) =>
    rect(290, 384, 220, 32, p.s, 8) +
    line("M320 390V410M340 390V410M460 390V410M480 390V410", "#9aa0aa", 3) +
    rect(196, 316, 46, 168, p.d, 12) +
    rect(232, 284, 64, 232, p.m, 16) +
    rect(558, 316, 46, 168, p.d, 12) +
    rect(504, 284, 64, 232, p.m, 16) +
    rect(244, 300, 12, 150, p.l, 6, 'opacity=".6"') +
    rect(516, 300, 12, 150, p.l, 6, 'opacity=".6"'),

  "toy-car": (p) =>
    path("M176 486L194 404Q202 380 234 378L300 378L350 302Q362 288 386 288L512 288Q538 288 552 308L600 378L622 382Q652 392 654 430L654 486Z", p.m) +
    path("M316 380L360 312L448 312L448 380Z", p.l) +
    path("M468 312L520 312Q532 312 540 324L574 380L468 380Z", p.l) +
    rect(176, 430, 478, 14, p.d, 0, 'opacity=".5"') +
    rect(624, 400, 30, 20, "hsl(48,95%,62%)", 6) +
    rect(176, 404, 24, 22, "hsl(2,75%,58%)", 6) +
    circ(284, 492, 56, "#2b2b30") +
    circ(284, 492, 24, p.s) +
    circ(538, 492, 56, "#2b2b30") +
    circ(538, 492, 24, p.s),

  blocks: (p) => {
    const cube = (x: number, y: number, s: number, c: Palette, mark: string) => {
      const h = s / 2;
      return (
        path(`M${x} ${y}L${x + s} ${y - h}L${x + 2 * s} ${y}L${x + s} ${y + h}Z`, c.l) +
        path(`M${x} ${y}L${x + s} ${y + h}L${x + s} ${y + h + s}L${x} ${y + s}Z`, c.m) +
        path(`M${x + 2 * s} ${y}L${x + s} ${y + h}L${x + s} ${y + h + s}L${x + 2 * s} ${y + s}Z`, c.d) +
        g(`translate(${x + s / 2} ${y + h + s / 2}) skewY(26.6)`, mark)
      );
    };
    const second = palette([46, 90, 58], 0);
    const third = palette([200, 60, 52], 0);
    return (
      cube(200, 470, 100, p, circ(0, -26, 26, p.w, 'opacity=".85"')) +
      cube(400, 470, 100, third, path("M0 -58L30 0L-30 0Z", p.w, 'opacity=".85"')) +
      cube(300, 320, 100, second, rect(-24, -50, 48, 48, p.w, 0, 'opacity=".85"'))
    );
  },

  teddy: (p) =>
    circ(310, 212, 46, p.m) +
    circ(490, 212, 46, p.m) +
    circ(310, 212, 24, p.l) +
    circ(490, 212, 24, p.l) +
    ell(268, 470, 46, 76, p.d, 'transform="rotate(24 268 470)"') +
    ell(532, 470, 46, 76, p.d, 'transform="rotate(-24 532 470)"') +
    ell(400, 500, 142, 132, p.m) +
    ell(400, 520, 84, 86, p.l) +
    ell(316, 612, 62, 42, p.d) +
    ell(484, 612, 62, 42, p.d) +
    ell(316, 614, 30, 22, p.l) +
    ell(484, 614, 30, 22, p.l) +
    circ(400, 300, 112, p.m) +
    ell(400, 338, 50, 40, p.l) +
    ell(400, 322, 18, 13, p.k) +
    line("M400 334V352M384 358Q400 368 416 358", p.k, 4) +
    circ(358, 284, 11, p.k) +
    circ(442, 284, 11, p.k) +
    path("M400 404L356 382L356 426ZM400 404L444 382L444 426Z", p.a) +
    circ(400, 404, 11, p.a),

  puzzle: (p) => {
    const pa = palette([200, 55, 55], 0);
    return (
      rect(210, 210, 380, 380, p.l, 18, 'opacity=".55"') +
      rect(224, 224, 170, 170, p.m) +
      rect(406, 224, 170, 170, pa.m) +
      rect(224, 406, 170, 170, p.d) +
      circ(400, 309, 30, p.m) +
      circ(309, 400, 30, p.d) +
      circ(491, 400, 30, pa.m) +
      circ(400, 491, 30, p.d) +
      g(
        "translate(560 540) rotate(18)",
        rect(-86, -86, 170, 170, p.a) + circ(0, -86, 30, p.a) + circ(84, 0, 30, p.a) + ell(-20, -20, 24, 14, p.w, 'opacity=".35"'),
      )
    );
  },

  tea: (p) =>
    rect(242, 256, 200, 344, p.m) +
    ell(342, 600, 100, 16, p.m) +
    rect(242, 360, 200, 150, p.w, 0, 'opacity=".92"') +
    g("translate(342 486) rotate(20)", path(leafPath(100, 34), GREEN) + line("M0 -8V-80", "#fff", 3, 'opacity=".4"')) +
    rect(234, 224, 216, 64, p.d, 8) +
    ell(342, 224, 108, 18, p.l) +
    path("M476 480L614 480Q608 596 545 604Q482 596 476 480Z", p.w) +
    ell(545, 480, 69, 13, "hsl(44,70%,46%)") +
    ell(545, 608, 96, 14, p.d, 'opacity=".6"') +
    g("translate(230 630) rotate(-70)", path(leafPath(50, 16), GREEN_L)) +
    g("translate(470 636) rotate(80)", path(leafPath(44, 14), GREEN)),

  coffee: (p) => {
    const bean = (x: number, y: number, r: number) =>
      g(`translate(${x} ${y}) rotate(${r})`, ell(0, 0, 22, 30, BEAN) + line("M-2 -26Q8 0 -2 26", "#7a5238", 4));
    return (
      path("M288 232L512 232L536 602Q400 626 264 602Z", p.m) +
      path("M288 232L330 232L318 610Q290 608 264 602Z", p.l, 'opacity=".4"') +
      rect(280, 186, 240, 56, p.d, 6) +
      line("M292 200H508", p.dd, 4, 'stroke-dasharray="6 6"') +
      circ(476, 290, 14, p.dd) +
      circ(400, 430, 62, p.w, 'opacity=".92"') +
      bean(400, 430, 18) +
      bean(190, 600, -30) +
      bean(600, 612, 40) +
      bean(640, 570, -10)
    );
  },

  chocolate: (p) => {
    let squares = "";
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) squares += rect(284 + c * 80, 190 + r * 70, 72, 62, CHOC_L, 6);
    return g(
      "rotate(-8 400 400)",
      rect(272, 178, 256, 300, CHOC, 8) +
        squares +
        path("M264 400L536 400L536 440L264 440L264 420L282 408L300 420L318 408L336 420L354 408L372 420L390 408L408 420L426 408L444 420L462 408L480 420L498 408L516 420L536 408Z", "#d8dbe2") +
        rect(258, 430, 284, 212, p.m, 6) +
        rect(258, 500, 284, 56, p.a) +
        circ(400, 528, 40, p.w) +
        circ(400, 528, 24, CHOC),
    );
  },

  honey: (p) =>
    g("translate(600 520) rotate(30)", rect(-8, -190, 16, 170, WOOD, 6) + ell(0, 0, 34, 48, WOOD) + line("M-32 -20H32M-34 0H34M-32 20H32", "hsl(30,45%,38%)", 5)) +
    rect(266, 296, 248, 318, AMBER, 62) +
    rect(290, 330, 20, 220, "#fff", 10, 'opacity=".35"') +
    path(polygon(390, 462, 66, 6, 30), p.w) +
    path(polygon(390, 462, 42, 6, 30), AMBER) +
    rect(284, 240, 212, 66, p.m, 10) +
    path("M272 270L508 270L508 318Q488 346 468 318Q448 346 428 318Q408 346 388 318Q368 346 348 318Q328 346 308 318Q288 346 272 318Z", p.m) +
    line("M272 300H508", p.d, 5) +
    path("M440 330Q448 360 440 386Q432 360 440 330Z", AMBER),
};

// ---------------------------------------------------------------------------
// Compositions
// ---------------------------------------------------------------------------

/** Lowest point of drawings that do not reach the usual ~630, so shadows and shelves meet them. */
const BOTTOM: Partial<Record<Motif, number>> = {
  cap: 510, sneaker: 592, headphones: 576, laptop: 550, camera: 564, keyboard: 538, "yoga-mat": 534,
  dumbbell: 516, "toy-car": 548, pillow: 596, ball: 602, mug: 602, earbuds: 608, teapot: 600, lamp: 612,
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
      ? [[950, 430, 0.5], [1196, 410, 0.54], [1440, 440, 0.46]]
      : motifs.length === 2
        ? [[1060, 420, 0.56], [1350, 436, 0.5]]
        : [[1220, 400, 0.66]];
  const drawn = motifs
    .map((m, i) => {
      const [cx, base, s] = slots[i]!;
      const cy = r1(base + 120 * s - (bottomOf(m) - 400) * s);
      const pal = palette([hue + [0, 150, 40][i]!, 58, 54], hue + 200);
      return ell(cx, r1(base + 126 * s), r1(220 * s), r1(24 * s), "#000", 'opacity=".1"') + place(motifBody(m, pal), cx, cy, s, i === 1 ? 5 : -4);
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
