import { r1 } from "./palette";

// ---------------------------------------------------------------------------
// Tiny SVG builders
// ---------------------------------------------------------------------------

export const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = "") =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ""} fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
export const circ = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
export const ell = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = "") =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
export const path = (d: string, fill: string, extra = "") => `<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`;
/** A stroked open path with round caps. */
export const line = (d: string, stroke: string, width: number, extra = "") =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${extra.includes("stroke-linecap") ? "" : ' stroke-linecap="round" stroke-linejoin="round"'}${extra ? ` ${extra}` : ""}/>`;
export const g = (transform: string, body: string) => `<g transform="${transform}">${body}</g>`;

export function polygon(cx: number, cy: number, r: number, sides: number, rotDeg: number) {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const t = ((rotDeg + (360 / sides) * i) * Math.PI) / 180;
    pts.push(`${r1(cx + r * Math.cos(t))} ${r1(cy + r * Math.sin(t))}`);
  }
  return `M${pts.join("L")}Z`;
}

/** A leaf pointing up from (0,0), length `len`, half-width `w`. */
export const leafPath = (len: number, w: number) =>
  `M0 0C${w} ${-len * 0.3} ${w} ${-len * 0.7} 0 ${-len}C${-w} ${-len * 0.7} ${-w} ${-len * 0.3} 0 0Z`;

export const GREEN = "hsl(135,38%,36%)";
export const GREEN_L = "hsl(110,42%,48%)";
export const WOOD = "hsl(30,45%,52%)";
export const BEAN = "hsl(22,45%,26%)";
export const CHOC = "hsl(20,42%,24%)";
export const CHOC_L = "hsl(20,40%,32%)";
export const AMBER = "hsl(38,92%,52%)";
export const SCREEN = "#1e2331";
