import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The PDF's typeface: Noto Sans SC (SIL Open Font License) from the npm package
 * `@embedpdf/fonts-sc`, read from node_modules, never fetched. It covers Latin,
 * Greek, Cyrillic and the CJK unified ideographs, so product titles, names and
 * addresses in Chinese print as they are; PDFKit embeds only the glyphs a
 * document uses (a one-page invoice is ~100 KB).
 */
const FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;
export type FontWeight = keyof typeof FILES;

const dir = () => join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");

let loading: Promise<Record<FontWeight, Buffer>> | null = null;

/** Both weights, read once per process and kept (about 17 MB). */
export function loadFonts(): Promise<Record<FontWeight, Buffer>> {
  loading ??= Promise.all([readFile(join(dir(), FILES.regular)), readFile(join(dir(), FILES.bold))]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      throw new Error(`The invoice font is missing from ${dir()}: run npm install (package @embedpdf/fonts-sc).`, { cause: error });
    },
  );
  return loading;
}
