import { describe, expect, it } from "vitest";
import { metrics } from "@/lib/observability/metrics";
import { PERIODIC_JOBS, runPeriodicJobsNow } from "./periodic";

const runs = async () => (await metrics().jobRuns.get()).values.reduce((sum, v) => sum + v.value, 0);

describe("periodic jobs' metrics", () => {
  it("count each job's run", async () => {
    const before = await runs();
    await runPeriodicJobsNow();
    expect((await runs()) - before).toBe(PERIODIC_JOBS.length); // every job, once
  });
});
