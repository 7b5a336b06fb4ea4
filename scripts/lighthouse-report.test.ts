import { describe, expect, it } from "vitest";
import { figures, type LighthouseResult, medianRun, table } from "./lighthouse-report";

function lhr(perf: number, tbt: number, scriptTransfer = 150_000): LighthouseResult {
  return {
    categories: { performance: { score: perf }, accessibility: { score: 0.96 } },
    audits: {
      "total-blocking-time": { numericValue: tbt },
      "cumulative-layout-shift": { numericValue: 0.01234 },
      "largest-contentful-paint": { numericValue: 2345.6 },
      "largest-contentful-paint-element": {
        details: {
          items: [
            { items: [{ node: { snippet: '<img src="/a.svg">' } }] },
            {
              items: [
                { phase: "TTFB", timing: 600.4 },
                { phase: "Load Delay", timing: 100 },
                { phase: "Load Time", timing: 45.6 },
                { phase: "Render Delay", timing: 1600 },
              ],
            },
          ],
        },
      },
      "resource-summary": {
        details: {
          items: [
            { resourceType: "total", transferSize: 300_000 },
            { resourceType: "script", transferSize: scriptTransfer },
          ],
        },
      },
    },
    environment: { benchmarkIndex: 1500 },
  };
}

describe("lighthouse report", () => {
  it("reads scores, metrics and the compressed script bytes", () => {
    expect(figures(lhr(0.8, 350.4))).toEqual({
      performance: 80,
      accessibility: 96,
      tbtMs: 350,
      cls: 0.012,
      lcpMs: 2346,
      jsBytes: 150_000,
      benchmarkIndex: 1500,
      lcpElement: '<img src="/a.svg">',
      lcpPhases: "TTFB 600, Load Delay 100, Load Time 46, Render Delay 1600",
    });
  });

  it("refuses a result without a score or a script row", () => {
    const noScore = lhr(0.8, 1);
    noScore.categories.performance = { score: null };
    expect(() => figures(noScore)).toThrow(/performance/);
    const noScript = lhr(0.8, 1);
    noScript.audits["resource-summary"] = { details: { items: [] } };
    expect(() => figures(noScript)).toThrow(/script/);
  });

  it("keeps the median run by performance", () => {
    const runs = [figures(lhr(0.9, 100)), figures(lhr(0.7, 900)), figures(lhr(0.8, 400))];
    expect(medianRun(runs).performance).toBe(80);
    expect(medianRun(runs.slice(0, 2)).performance).toBe(70);
  });

  it("prints JS over the floor", () => {
    const row = { name: "home", path: "/", ...figures(lhr(0.95, 120, 120_000)) };
    const [, , line] = table([row], 100_000);
    expect(line).toBe("| home | 95 | 96 | 120 | 0.012 | 2346 | 117.2 | 19.5 | 1500 |");
  });
});
