import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedOrDirect } from "./cached-or-direct";

vi.mock("server-only", () => ({}));

const direct = () => Promise.resolve("direct");
const missing = () => Promise.reject(new Error("Invariant: incrementalCache missing in unstable_cache ()=>readStoreSettings()"));

describe("cachedOrDirect", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads directly outside a Next server", async () => {
    vi.stubEnv("NEXT_RUNTIME", "");
    expect(await cachedOrDirect(() => Promise.resolve("cached"), direct)).toBe("direct");
  });

  it("uses the cache inside a Next server, and reads directly where a job runs without one", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    expect(await cachedOrDirect(() => Promise.resolve("cached"), direct)).toBe("cached");
    expect(await cachedOrDirect(missing, direct)).toBe("direct");
  });

  it("lets any other failure through", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    await expect(cachedOrDirect(() => Promise.reject(new Error("connection refused")), direct)).rejects.toThrow("connection refused");
  });
});
