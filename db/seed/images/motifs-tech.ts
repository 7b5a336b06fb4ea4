/** Drawings of the motifs for electronics; see motifs.ts. */
import type { Motif } from "../types";
import { r1 } from "./palette";
import { rect, circ, path, line, g, SCREEN } from "./svg";
import type { Palette } from "./palette";

export const TECH_MOTIFS = {
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
} satisfies Partial<Record<Motif, (p: Palette) => string>>;
