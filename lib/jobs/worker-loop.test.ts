import { describe, expect, it } from "vitest";
import { runWorkerLoop } from "./worker-loop";

describe("runWorkerLoop", () => {
  it("sweeps again after each pause until aborted", async () => {
    const stop = new AbortController();
    const at: number[] = [];
    const result = await runWorkerLoop({
      intervalMs: 40,
      signal: stop.signal,
      sweep: async () => {
        at.push(Date.now());
        if (at.length === 3) stop.abort();
        return true;
      },
    });
    expect(result).toEqual({ sweeps: 3 });
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(35);
  });

  it("ends a pause at once when aborted during it", async () => {
    const stop = new AbortController();
    const started = Date.now();
    const result = await runWorkerLoop({
      intervalMs: 3_600_000,
      signal: stop.signal,
      sweep: async () => {
        setTimeout(() => stop.abort(), 20); // during the hour-long pause that follows
        return true;
      },
    });
    expect(result).toEqual({ sweeps: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("lets a sweep under way finish when aborted during it, and starts no other", async () => {
    const stop = new AbortController();
    const events: string[] = [];
    const result = await runWorkerLoop({
      intervalMs: 3_600_000,
      signal: stop.signal,
      sweep: async () => {
        events.push("start");
        stop.abort();
        await new Promise((r) => setTimeout(r, 30));
        events.push("end");
        return true;
      },
    });
    expect(events).toEqual(["start", "end"]);
    expect(result.sweeps).toBe(1);
  });

  it("logs a failed sweep and a skipped one, and goes on", async () => {
    const stop = new AbortController();
    const logged: string[] = [];
    let calls = 0;
    await runWorkerLoop({
      intervalMs: 1,
      signal: stop.signal,
      log: (message) => logged.push(message),
      sweep: async () => {
        calls += 1;
        if (calls === 1) throw new Error("database down");
        if (calls === 2) return false;
        stop.abort();
        return true;
      },
    });
    expect(calls).toBe(3);
    expect(logged).toEqual(["sweep failed", "another instance holds the sweep: skipped"]);
  });
});
