/** Drawings of the motifs for books, sports gear and toys; see motifs.ts. */
import type { Motif } from "../types";
import { r1, palette } from "./palette";
import type { Palette } from "./palette";
import { rect, circ, ell, path, line, g, polygon } from "./svg";

export const BOOKS_SPORT_TOYS_MOTIFS = {
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
        rect(-13, -150, 26, 250, "hsl(46,92%,58%)", 3) +
          path("M-13 100L13 100L0 140Z", "#e6c9a0") +
          path("M-4 128L4 128L0 140Z", p.k) +
          rect(-13, -170, 26, 24, "hsl(350,70%,75%)", 4),
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
    path(
      "M176 486L194 404Q202 380 234 378L300 378L350 302Q362 288 386 288L512 288Q538 288 552 308L600 378L622 382Q652 392 654 430L654 486Z",
      p.m,
    ) +
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
} satisfies Partial<Record<Motif, (p: Palette) => string>>;
