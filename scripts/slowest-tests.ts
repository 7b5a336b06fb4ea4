/** The slowest tests of a run, read from the Vitest and Playwright JSON reports, so drift is seen before a timeout. */
import { playwrightTests, readJson, vitestFileName } from "./test-reports";

export type TestTiming = { name: string; ms: number; budgetMs?: number };

type VitestReport = { testResults: { name: string; assertionResults: { fullName: string; duration?: number | null }[] }[] };

export function vitestTimings(file: string): TestTiming[] {
  const report = readJson<VitestReport>(file);
  if (!report) return [];
  return report.testResults.flatMap((f) =>
    f.assertionResults.map((t) => ({ name: `${vitestFileName(f.name)} › ${t.fullName}`, ms: t.duration ?? 0 })),
  );
}

/** Every try counts on its own: a test that passed on retry shows its slow first try too. */
export function playwrightTimings(file: string): TestTiming[] {
  return playwrightTests(file).flatMap(({ name, test }) =>
    test.results.map((r, i) => ({ name: `${name}${i > 0 ? ` (retry ${i})` : ""}`, ms: r.duration, budgetMs: test.timeout })),
  );
}

export function formatSlowest(timings: TestTiming[], count = 10): string {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, count);
  return slowest
    .map((t) => {
      const share = t.budgetMs ? ` (${Math.round((100 * t.ms) / t.budgetMs)}% of its ${t.budgetMs / 1000} s budget)` : "";
      return `${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}${share}`;
    })
    .join("\n");
}
