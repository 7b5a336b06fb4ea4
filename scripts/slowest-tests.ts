/** The slowest tests of a run, read from the Vitest and Playwright JSON reports, so drift is seen before a timeout. */
import { existsSync, readFileSync } from "node:fs";

export type TestTiming = { name: string; ms: number; budgetMs?: number };

type VitestReport = { testResults: { name: string; assertionResults: { fullName: string; duration?: number | null }[] }[] };
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; tests: { projectName: string; timeout?: number; results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
};

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

export function vitestTimings(file: string): TestTiming[] {
  const report = readJson<VitestReport>(file);
  if (!report) return [];
  return report.testResults.flatMap((f) =>
    f.assertionResults.map((t) => ({ name: `${f.name.replace(`${process.cwd()}/`, "")} › ${t.fullName}`, ms: t.duration ?? 0 })),
  );
}

/** Every try counts on its own: a test that passed on retry shows its slow first try too. */
export function playwrightTimings(file: string): TestTiming[] {
  const report = readJson<{ suites: PlaywrightSuite[] }>(file);
  if (!report) return [];
  const out: TestTiming[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    const where = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        t.results.forEach((r, i) =>
          out.push({
            name: `${where} › ${spec.title} [${t.projectName}]${i > 0 ? ` (retry ${i})` : ""}`,
            ms: r.duration,
            budgetMs: t.timeout,
          }),
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, where);
  };
  for (const suite of report.suites) walk(suite, suite.file ?? suite.title);
  return out;
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
