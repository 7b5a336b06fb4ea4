import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("runs once for concurrent calls with the same arguments, again afterwards", async () => {
    let runs = 0;
    const slow = singleFlight(async (x: number) => {
      runs++;
      await new Promise((r) => setTimeout(r, 20));
      return x * 2;
    });
    expect(await Promise.all([slow(2), slow(2), slow(2), slow(3)])).toEqual([4, 4, 4, 6]);
    expect(runs).toBe(2);
    await slow(2);
    expect(runs).toBe(3);
  });
  it("shares a failure with the waiting callers, then tries afresh", async () => {
    let runs = 0;
    const failing = singleFlight(async () => {
      runs++;
      throw new Error("down");
    });
    await expect(Promise.all([failing(), failing()])).rejects.toThrow("down");
    expect(runs).toBe(1);
    await expect(failing()).rejects.toThrow("down");
    expect(runs).toBe(2);
  });
});
