/** Pure helpers of `npm run lighthouse`: what one Lighthouse result says, the median of runs, the table. */

/** The parts of a Lighthouse result (LHR) read here. */
export type LighthouseResult = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } } | undefined>;
  environment?: { benchmarkIndex?: number };
};

export type PageFigures = {
  /** 0–100 */
  performance: number;
  accessibility: number;
  tbtMs: number;
  cls: number;
  lcpMs: number;
  /** compressed bytes of the page's script files (transfer size) */
  jsBytes: number;
  benchmarkIndex: number | null;
  /** the HTML of the element LCP measured, when Lighthouse names it */
  lcpElement: string | null;
  /** where LCP's time went, e.g. "TTFB 120, Load Delay 300, Load Time 40, Render Delay 900" (ms), when Lighthouse says */
  lcpPhases: string | null;
};

function score(lhr: LighthouseResult, id: string): number {
  const s = lhr.categories[id]?.score;
  if (typeof s !== "number") throw new Error(`Lighthouse result has no ${id} score`);
  return Math.round(s * 100);
}

function numeric(lhr: LighthouseResult, id: string): number {
  const v = lhr.audits[id]?.numericValue;
  if (typeof v !== "number") throw new Error(`Lighthouse result has no value for ${id}`);
  return v;
}

/** Compressed bytes of every script the page loaded, from the resource-summary audit. */
export function scriptBytes(lhr: LighthouseResult): number {
  const items = (lhr.audits["resource-summary"]?.details?.items ?? []) as { resourceType?: string; transferSize?: number }[];
  const script = items.find((i) => i.resourceType === "script");
  if (!script || typeof script.transferSize !== "number") throw new Error("Lighthouse result has no script row in resource-summary");
  return script.transferSize;
}

/** The snippet of the LCP element (its audit's table of one node). */
export function lcpElement(lhr: LighthouseResult): string | null {
  const tables = (lhr.audits["largest-contentful-paint-element"]?.details?.items ?? []) as { items?: { node?: { snippet?: string } }[] }[];
  return tables[0]?.items?.[0]?.node?.snippet ?? null;
}

/** LCP's phases (the audit's second table: TTFB, load delay, load time, render delay), in whole ms. */
export function lcpPhases(lhr: LighthouseResult): string | null {
  const tables = (lhr.audits["largest-contentful-paint-element"]?.details?.items ?? []) as {
    items?: { phase?: string; timing?: number }[];
  }[];
  const phases = (tables[1]?.items ?? []).filter((i) => typeof i.phase === "string" && typeof i.timing === "number");
  return phases.length ? phases.map((i) => `${i.phase} ${Math.round(i.timing!)}`).join(", ") : null;
}

export function figures(lhr: LighthouseResult): PageFigures {
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    tbtMs: Math.round(numeric(lhr, "total-blocking-time")),
    cls: Math.round(numeric(lhr, "cumulative-layout-shift") * 1000) / 1000,
    lcpMs: Math.round(numeric(lhr, "largest-contentful-paint")),
    jsBytes: scriptBytes(lhr),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lcpElement: lcpElement(lhr),
    lcpPhases: lcpPhases(lhr),
  };
}

/** The run with the median performance score (Lighthouse's own advice for several runs). */
export function medianRun(runs: PageFigures[]): PageFigures {
  if (runs.length === 0) throw new Error("no runs");
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export type PageRow = { name: string; path: string } & PageFigures;

/**
 * A Markdown table; JS over floor is each page's script bytes less the empty page's. The benchmark
 * index is Lighthouse's measure of the machine's speed during that run (TBT scales with it).
 */
export function table(rows: PageRow[], floorBytes: number): string[] {
  const lines = [
    "| page | performance | accessibility | TBT ms | CLS | LCP ms | JS KB (compressed) | JS over floor KB | benchmark index |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.tbtMs} | ${r.cls} | ${r.lcpMs} | ${kb(r.jsBytes)} | ${kb(r.jsBytes - floorBytes)} | ${r.benchmarkIndex ?? "?"} |`,
    );
  }
  return lines;
}
