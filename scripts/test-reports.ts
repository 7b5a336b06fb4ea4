/** Reading the Vitest and Playwright JSON reports of a run (scripts/slowest-tests.ts, scripts/failed-tests.ts). */
import { existsSync, readFileSync } from "node:fs";

export function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

/** A Vitest test file's path as the log names it (relative to the project). */
export const vitestFileName = (name: string) => name.replace(`${process.cwd()}/`, "");

export type PlaywrightResult = { status?: string; duration: number; error?: { message?: string }; errors?: { message?: string }[] };
export type PlaywrightTest = { projectName: string; status?: string; timeout?: number; results: PlaywrightResult[] };
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; tests: PlaywrightTest[] }[];
  suites?: PlaywrightSuite[];
};

/** Every test of a Playwright report, nested suites included, named "file › title [project]". */
export function playwrightTests(file: string): { name: string; test: PlaywrightTest }[] {
  const report = readJson<{ suites: PlaywrightSuite[] }>(file);
  if (!report) return [];
  const out: { name: string; test: PlaywrightTest }[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    const where = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) out.push({ name: `${where} › ${spec.title} [${test.projectName}]`, test });
    }
    for (const child of suite.suites ?? []) walk(child, where);
  };
  for (const suite of report.suites) walk(suite, suite.file ?? suite.title);
  return out;
}
