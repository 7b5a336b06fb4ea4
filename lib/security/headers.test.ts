import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, MEDIA_CSP, securityHeaderRules, securityHeaders } from "./headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
const byKey = (list: { key: string; value: string }[]) => new Map(list.map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("hold pages to this origin, with no nonce, so cached pages stay the same bytes for everyone", () => {
    const csp = directives(contentSecurityPolicy({ siteUrl: "http://localhost:3000" }));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("img-src")).toContain("'self'");
    expect([...csp.values()].flat().join(" ")).not.toMatch(/nonce|\*/);
  });

  it("let forms go to this site and to the payment and sign-in providers only", () => {
    const formAction = directives(contentSecurityPolicy({ siteUrl: "https://shop.example.com" })).get("form-action");
    expect(formAction).toEqual(["'self'", "https://checkout.stripe.com", "https://github.com", "https://accounts.google.com"]);
  });

  it("allow eval only under next dev", () => {
    expect(contentSecurityPolicy({ siteUrl: "http://localhost:3000" })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ siteUrl: "http://localhost:3000", dev: true })).toContain("'unsafe-eval'");
  });

  it("send HSTS and upgrade requests only when the site is https", () => {
    const https = byKey(securityHeaders({ siteUrl: "https://shop.example.com" }));
    expect(https.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(https.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
    const http = byKey(securityHeaders({ siteUrl: "http://localhost:3000" }));
    expect(http.has("Strict-Transport-Security")).toBe(false);
    expect(http.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("refuse sniffing, cross-origin referrers, framing and unused powerful features", () => {
    const h = byKey(securityHeaders({ siteUrl: "http://localhost:3000" }));
    expect(h.get("X-Content-Type-Options")).toBe("nosniff");
    expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("X-Frame-Options")).toBe("DENY");
    expect(h.get("Permissions-Policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/);
  });

  it("give stored pictures their own sandboxed policy, after the general rule so it wins", () => {
    const rules = securityHeaderRules({ siteUrl: "https://shop.example.com" });
    expect(rules.map((r) => r.source)).toEqual(["/:path*", "/media/:path*"]);
    expect(rules.at(-1)!.headers).toEqual([{ key: "Content-Security-Policy", value: MEDIA_CSP }]);
    expect(MEDIA_CSP).toContain("sandbox");
  });

  it("send HSTS over https through a proxy even when the build was made with an http SITE_URL", () => {
    const rules = securityHeaderRules({ siteUrl: "http://localhost:3000" });
    const hsts = rules.find((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"));
    expect(hsts).toMatchObject({ source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }] });
  });
});
