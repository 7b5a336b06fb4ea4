import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFailures, playwrightFailures, vitestFailures } from "./failed-tests";

const dir = mkdtempSync(path.join(tmpdir(), "failed-"));
const write = (name: string, data: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
};

describe("failed tests", () => {
  it("names each failed (or retried) Vitest test with the first lines of its error, and a file that failed outside its tests", () => {
    const file = write("vitest.json", {
      testResults: [
        {
          name: `${process.cwd()}/lib/a.test.ts`,
          status: "failed",
          assertionResults: [
            { fullName: "a passes", status: "passed" },
            {
              fullName: "a sums",
              status: "failed",
              failureMessages: ["\u001b[31mAssertionError: expected 2 to be 3\u001b[39m\n\n at a.test.ts:4\n at x\n at y\n at z"],
            },
          ],
        },
        { name: `${process.cwd()}/lib/b.test.ts`, status: "failed", message: "Hook timed out in 120000ms", assertionResults: [] },
        {
          name: `${process.cwd()}/lib/c.test.ts`,
          status: "passed",
          assertionResults: [
            { fullName: "c", status: "passed", failureMessages: [] },
            { fullName: "c retried", status: "passed", failureMessages: ["Error: connection reset"] },
          ],
        },
      ],
    });
    expect(vitestFailures(file)).toEqual([
      { name: "lib/a.test.ts › a sums", message: "AssertionError: expected 2 to be 3\n at a.test.ts:4\n at x\n at y" },
      { name: "lib/b.test.ts", message: "Hook timed out in 120000ms" },
      { name: "lib/c.test.ts › c retried", message: "Error: connection reset", flaky: true },
    ]);
  });

  it("names failed and flaky Playwright tests in nested suites with the error of the try that failed", () => {
    const file = write("e2e.json", {
      suites: [
        {
          title: "shop/a.spec.ts",
          file: "shop/a.spec.ts",
          specs: [{ title: "ok", tests: [{ projectName: "desktop", status: "expected", results: [{ status: "passed" }] }] }],
          suites: [
            {
              title: "group",
              specs: [
                {
                  title: "retried",
                  tests: [
                    {
                      projectName: "phone",
                      status: "flaky",
                      results: [{ status: "timedOut", error: { message: "Test timeout of 60000ms exceeded." } }, { status: "passed" }],
                    },
                  ],
                },
                {
                  title: "broken",
                  tests: [
                    {
                      projectName: "desktop",
                      status: "unexpected",
                      results: [{ status: "failed", errors: [{ message: "expect(locator).toBeVisible() failed" }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const failures = playwrightFailures(file);
    expect(failures).toEqual([
      { name: "shop/a.spec.ts › retried [phone]", message: "Test timeout of 60000ms exceeded.", flaky: true },
      { name: "shop/a.spec.ts › broken [desktop]", message: "expect(locator).toBeVisible() failed", flaky: false },
    ]);
    expect(formatFailures(failures)).toBe(
      "flaky (passed on retry)  shop/a.spec.ts › retried [phone]\n    Test timeout of 60000ms exceeded.\n" +
        "FAILED  shop/a.spec.ts › broken [desktop]\n    expect(locator).toBeVisible() failed",
    );
  });
});
