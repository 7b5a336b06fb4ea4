/** Drawings of the motifs for kitchen, decor and furniture; see motifs.ts. */
import type { Motif } from "../types";
import { rect, circ, ell, path, line, g, leafPath, GREEN, GREEN_L, BEAN } from "./svg";
import type { Palette } from "./palette";

export const HOME_MOTIFS = {
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
    path(
      "M248 268Q400 236 552 268Q588 400 552 532Q400 564 248 532Q212 400 248 268Z",
      "none",
      `stroke="${p.l}" stroke-width="5" stroke-dasharray="12 10"`,
    ) +
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
        .map(([rot, len, w, c]) =>
          g(`translate(400 462) rotate(${rot})`, path(leafPath(len, w), c) + line(`M0 -10L0 ${-len + 30}`, "#fff", 3, 'opacity=".35"')),
        )
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
} satisfies Partial<Record<Motif, (p: Palette) => string>>;
