/**
 * The tests that failed (and, for Playwright, passed only on retry), read from the Vitest and
 * Playwright JSON reports and printed last, so the tail of a CI log names them and their error.
 */
import { existsSync, readFileSync } from "node:fs";

export type TestFailure = { name: string; message: string; flaky?: boolean };

type VitestReport = {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
};
type PlaywrightResult = { status: string; error?: { message?: string }; errors?: { message?: string }[] };
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; tests: { projectName: string; status: string; results: PlaywrightResult[] }[] }[];
  suites?: PlaywrightSuite[];
};

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

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
    const where = f.name.replace(`${process.cwd()}/`, "");
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
  const report = readJson<{ suites: PlaywrightSuite[] }>(file);
  if (!report) return [];
  const out: TestFailure[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    const where = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== "unexpected" && t.status !== "flaky") continue;
        const failed = t.results.find((r) => r.status !== "passed" && r.status !== "skipped");
        out.push({
          name: `${where} › ${spec.title} [${t.projectName}]`,
          message: firstLines(failed?.error?.message ?? failed?.errors?.[0]?.message),
          flaky: t.status === "flaky",
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, where);
  };
  for (const suite of report.suites) walk(suite, suite.file ?? suite.title);
  return out;
}

export function formatFailures(failures: TestFailure[]): string {
  return failures
    .map((f) => `${f.flaky ? "flaky (passed on retry)" : "FAILED"}  ${f.name}\n${f.message.replace(/^/gm, "    ")}`)
    .join("\n");
}
