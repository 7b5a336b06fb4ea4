import { describe, expect, it } from "vitest";
import robots from "@/app/robots";

describe("robots.txt", () => {
  it("names the sitemap index and keeps personal, back-office, search and API paths out", () => {
    const r = robots();
    expect(r.sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
    const rules = Array.isArray(r.rules) ? r.rules[0]! : r.rules;
    expect(rules.userAgent).toBe("*");
    expect(rules.disallow).toEqual(expect.arrayContaining(["/account", "/cart", "/checkout", "/admin", "/orders", "/search", "/api"]));
    expect(rules.allow).toBe("/");
  });
});
