/**
 * The tests that failed (and, for Playwright, passed only on retry), read from the Vitest and
 * Playwright JSON reports and printed last, so the tail of a CI log names them and their error.
 */
import { playwrightTests, readJson, vitestFileName } from "./test-reports";

export type TestFailure = { name: string; message: string; flaky?: boolean };

type VitestReport = {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
};

const ANSI = /\u001b\[[0-9;]*m/g;

/** The first lines of an error, without colours: enough to tell a timeout from an assertion. */
export function firstLines(message: string | undefined, lines = 4): string {
  return (message ?? "")
    .replace(ANSI, "")
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "")
    .slice(0, lines)
    .join("\n");
}

export function vitestFailures(file: string): TestFailure[] {
  const report = readJson<VitestReport>(file);
  if (!report) return [];
  return report.testResults.flatMap((f) => {
    const where = vitestFileName(f.name);
    // A test that passed on retry keeps the errors of its failed tries.
    const tests = f.assertionResults
      .filter((t) => t.status === "failed" || (t.status === "passed" && (t.failureMessages?.length ?? 0) > 0))
      .map((t) => ({
        name: `${where} › ${t.fullName}`,
        message: firstLines(t.failureMessages?.[0]),
        ...(t.status === "passed" ? { flaky: true } : {}),
      }));
    // A file that failed outside its tests (a hook, an import) has no failed test to show it.
    if (tests.length === 0 && f.status === "failed") return [{ name: where, message: firstLines(f.message) }];
    return tests;
  });
}

export function playwrightFailures(file: string): TestFailure[] {
  return playwrightTests(file)
    .filter(({ test }) => test.status === "unexpected" || test.status === "flaky")
    .map(({ name, test }) => {
      const failed = test.results.find((r) => r.status !== "passed" && r.status !== "skipped");
      return { name, message: firstLines(failed?.error?.message ?? failed?.errors?.[0]?.message), flaky: test.status === "flaky" };
    });
}

export function formatFailures(failures: TestFailure[]): string {
  return failures
    .map((f) => `${f.flaky ? "flaky (passed on retry)" : "FAILED"}  ${f.name}\n${f.message.replace(/^/gm, "    ")}`)
    .join("\n");
}
