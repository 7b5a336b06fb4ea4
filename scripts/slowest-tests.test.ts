import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatSlowest, playwrightTimings, vitestTimings } from "./slowest-tests";

const dir = mkdtempSync(path.join(tmpdir(), "slowest-"));
const write = (name: string, data: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
};

describe("slowest tests", () => {
  it("reads every try of every Playwright test, nested suites included, with its budget", () => {
    const file = write("e2e.json", {
      suites: [
        {
          title: "shop/a.spec.ts",
          file: "shop/a.spec.ts",
          specs: [{ title: "fast", tests: [{ projectName: "desktop", timeout: 60000, results: [{ duration: 1200 }] }] }],
          suites: [
            {
              title: "group",
              specs: [
                { title: "slow", tests: [{ projectName: "phone", timeout: 60000, results: [{ duration: 45000 }, { duration: 30000 }] }] },
              ],
            },
          ],
        },
      ],
    });
    const timings = playwrightTimings(file);
    expect(timings.map((t) => [t.name, t.ms])).toEqual([
      ["shop/a.spec.ts › fast [desktop]", 1200],
      ["shop/a.spec.ts › slow [phone]", 45000],
      ["shop/a.spec.ts › slow [phone] (retry 1)", 30000],
    ]);
    const lines = formatSlowest(timings, 2).split("\n");
    expect(lines).toEqual([
      "  45.0 s  shop/a.spec.ts › slow [phone] (75% of its 60 s budget)",
      "  30.0 s  shop/a.spec.ts › slow [phone] (retry 1) (50% of its 60 s budget)",
    ]);
  });

  it("reads Vitest's report and is empty when a report is missing", () => {
    const file = write("vitest.json", {
      testResults: [
        {
          name: `${process.cwd()}/lib/x.test.ts`,
          assertionResults: [
            { fullName: "x adds", duration: 12 },
            { fullName: "x skipped", duration: null },
          ],
        },
      ],
    });
    expect(vitestTimings(file)).toEqual([
      { name: "lib/x.test.ts › x adds", ms: 12 },
      { name: "lib/x.test.ts › x skipped", ms: 0 },
    ]);
    expect(vitestTimings(path.join(dir, "missing.json"))).toEqual([]);
    expect(playwrightTimings(path.join(dir, "missing.json"))).toEqual([]);
  });
});
