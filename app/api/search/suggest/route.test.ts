import { describe, expect, it } from "vitest";
import { uniqueIp } from "@/lib/auth/testing";
import { LIMITS } from "@/lib/rate-limit";
import { GET } from "./route";

// A one-letter query is not suggestible, so the route answers without Next's data cache.
const ask = (ip: string) => GET(new Request("http://localhost/api/search/suggest?q=a", { headers: { "x-forwarded-for": ip } }));

describe("GET /api/search/suggest", () => {
  it("answers 429 with Retry-After once a client has spent its limit, and other clients still get suggestions", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LIMITS.suggest.points; i++) expect((await ask(ip)).status).toBe(200);
    const refused = await ask(ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await ask(uniqueIp())).status).toBe(200);
  });
});
