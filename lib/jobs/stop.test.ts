import { describe, expect, it } from "vitest";
import { metrics } from "@/lib/observability/metrics";
import { runJobsOnce, stopJobRunner } from "./runner";

const runs = async () => (await metrics().jobRuns.get()).values.reduce((sum, v) => sum + v.value, 0);

describe("stopJobRunner", () => {
  it("counts each job's run, and once stopped a sweep starts no further job", async () => {
    const before = await runs();
    expect(await runJobsOnce()).toBe(true);
    const afterOne = await runs();
    expect(afterOne - before).toBeGreaterThanOrEqual(10); // every job, once
    await stopJobRunner();
    expect(await runJobsOnce()).toBe(true);
    expect(await runs()).toBe(afterOne);
  });
});
