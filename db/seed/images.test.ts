import { describe, expect, it } from "vitest";
import { bannerSvg, categorySvg, productImageSvg } from "./images";
import { MOTIFS } from "./types";

const XMLNS = 'xmlns="http://www.w3.org/2000/svg"';

/** Minimal well-formedness check: balanced tags, quoted attributes, no duplicate attributes. */
function checkWellFormed(svg: string): string | null {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const between = svg.slice(last, m.index);
    if (between.includes("<") || between.includes(">")) return `stray bracket before offset ${m.index}`;
    last = tag.lastIndex;
    const [, closing, name, attrs, selfClosing] = m;
    const names = [...(attrs ?? "").matchAll(/([\w:.-]+)="/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (closing) {
      if (stack.pop() !== name) return `unexpected </${name}>`;
    } else if (!selfClosing) stack.push(name!);
  }
  if (svg.slice(last).trim()) return "trailing text or unparsed tag";
  if (stack.length) return `unclosed <${stack.join(", ")}>`;
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(svg)) return "unescaped &";
  return null;
}

function checkSvg(svg: string, maxBytes = 8 * 1024) {
  expect(svg.startsWith("<svg")).toBe(true);
  expect(checkWellFormed(svg)).toBeNull();
  expect(svg.split(XMLNS).join("")).not.toContain("http");
  expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(maxBytes);
}

describe("product images", () => {
  it.each(MOTIFS)("draws %s in three distinct, well-formed views", (motif) => {
    const views = [0, 1, 2].map((view) => productImageSvg({ motif, hue: 137, view }));
    for (const svg of views) {
      checkSvg(svg);
      expect(svg).toContain('viewBox="0 0 800 800"');
    }
    expect(new Set(views).size).toBe(3);
    const tinted = productImageSvg({ motif, hue: 137, view: 0, colorName: "Navy" });
    checkSvg(tinted);
    expect(tinted).not.toBe(views[0]);
  });

  it("gives every motif its own drawing", () => {
    const drawings = MOTIFS.map((motif) => productImageSvg({ motif, hue: 0, view: 0 }));
    expect(new Set(drawings).size).toBe(MOTIFS.length);
  });

  it("is deterministic", () => {
    for (const motif of MOTIFS) {
      for (const view of [0, 1, 2]) {
        const input = { motif, hue: 211, view, colorName: "Sand" };
        expect(productImageSvg(input)).toBe(productImageSvg({ ...input }));
      }
    }
    expect(bannerSvg({ title: "A", hue: 40, motifs: ["mug", "tea"] })).toBe(bannerSvg({ title: "A", hue: 40, motifs: ["mug", "tea"] }));
    expect(categorySvg("book", 90)).toBe(categorySvg("book", 90));
  });

  it("handles every colour name and odd hues", () => {
    for (const colorName of [
      "Black",
      "White",
      "Grey",
      "Navy",
      "Blue",
      "Red",
      "Green",
      "Olive",
      "Sand",
      "Pink",
      "Yellow",
      "Brown",
      "Unknown",
    ]) {
      checkSvg(productImageSvg({ motif: "tshirt", hue: 10, view: 0, colorName }));
    }
    checkSvg(productImageSvg({ motif: "mug", hue: -30, view: 4 }));
    checkSvg(productImageSvg({ motif: "mug", hue: 725, view: 1 }));
  });
});

describe("banners and category tiles", () => {
  it("draws a 1600×600 banner for 0–3 motifs", () => {
    for (const motifs of [[], ["tea"], ["tshirt", "sneaker"], ["laptop", "phone", "headphones"], ["cap", "cap", "cap", "ball"]] as const) {
      const svg = bannerSvg({ title: "New in", hue: 200, motifs: [...motifs] });
      checkSvg(svg, 16 * 1024);
      expect(svg).toContain('viewBox="0 0 1600 600"');
      expect(svg).not.toContain("<text");
    }
  });

  it.each(MOTIFS)("draws a 400×400 category tile for %s", (motif) => {
    const svg = categorySvg(motif, 300);
    checkSvg(svg);
    expect(svg).toContain('viewBox="0 0 400 400"');
  });
});
