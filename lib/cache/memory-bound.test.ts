import { describe, expect, it } from "vitest";
import { maxMemoryBytes } from "./memory-bound.mjs";

describe("maxMemoryBytes", () => {
  const built = 32 * 1024 * 1024;

  it("takes CACHE_MAX_MEMORY_MB of the running process over the build's value", () => {
    expect(maxMemoryBytes("16", built)).toBe(16 * 1024 * 1024);
    expect(maxMemoryBytes("0", built)).toBe(0); // the memory copy off
  });

  it("keeps the build's value without the variable or with one that is not a whole number of megabytes", () => {
    expect(maxMemoryBytes(undefined, built)).toBe(built);
    expect(maxMemoryBytes("", built)).toBe(built);
    expect(maxMemoryBytes("1.5", built)).toBe(built);
    expect(maxMemoryBytes("-1", built)).toBe(built);
  });
});
