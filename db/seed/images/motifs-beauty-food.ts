/** Drawings of the motifs for beauty, tea and snacks; see motifs.ts. */
import type { Motif } from "../types";
import { rect, circ, ell, path, line, g, polygon, leafPath, GREEN, GREEN_L, WOOD, BEAN, CHOC, CHOC_L, AMBER } from "./svg";
import type { Palette } from "./palette";

export const BEAUTY_FOOD_MOTIFS = {
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
        path(
          "M264 400L536 400L536 440L264 440L264 420L282 408L300 420L318 408L336 420L354 408L372 420L390 408L408 420L426 408L444 420L462 408L480 420L498 408L516 420L536 408Z",
          "#d8dbe2",
        ) +
        rect(258, 430, 284, 212, p.m, 6) +
        rect(258, 500, 284, 56, p.a) +
        circ(400, 528, 40, p.w) +
        circ(400, 528, 24, CHOC),
    );
  },

  honey: (p) =>
    g(
      "translate(600 520) rotate(30)",
      rect(-8, -190, 16, 170, WOOD, 6) + ell(0, 0, 34, 48, WOOD) + line("M-32 -20H32M-34 0H34M-32 20H32", "hsl(30,45%,38%)", 5),
    ) +
    rect(266, 296, 248, 318, AMBER, 62) +
    rect(290, 330, 20, 220, "#fff", 10, 'opacity=".35"') +
    path(polygon(390, 462, 66, 6, 30), p.w) +
    path(polygon(390, 462, 42, 6, 30), AMBER) +
    rect(284, 240, 212, 66, p.m, 10) +
    path("M272 270L508 270L508 318Q488 346 468 318Q448 346 428 318Q408 346 388 318Q368 346 348 318Q328 346 308 318Q288 346 272 318Z", p.m) +
    line("M272 300H508", p.d, 5) +
    path("M440 330Q448 360 440 386Q432 360 440 330Z", AMBER),
} satisfies Partial<Record<Motif, (p: Palette) => string>>;
