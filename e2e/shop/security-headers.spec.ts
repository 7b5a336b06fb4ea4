import type { APIResponse } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";

function expectSecurityHeaders(res: APIResponse, what: string, policy = "default-src 'self'") {
  const h = res.headers();
  expect(res.status(), what).toBeLessThan(400);
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `${what}: Content-Security-Policy`).toContain(policy);
  expect(csp, `${what}: no nonce, so cached pages are the same for everyone`).not.toContain("nonce-");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
}

test("every kind of response carries the security headers: cached pages, route handlers, static files and pictures", async ({
  request,
}) => {
  const home = await request.get("/");
  expectSecurityHeaders(home, "home page (cached)");
  const html = await home.text();
  expectSecurityHeaders(await request.get(`/p/${PRODUCTS[0]!.slug}`), "product page (cached)");
  expectSecurityHeaders(await request.get("/api/health"), "route handler");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, "a static script on the home page").toBeTruthy();
  expectSecurityHeaders(await request.get(script!), "static file");
  const picture = /src="(\/media\/[^"]+)"/.exec(html)?.[1];
  expect(picture, "a stored picture on the home page").toBeTruthy();
  const media = await request.get(picture!);
  // A picture opened on its own stays sandboxed (its own, stricter policy).
  expectSecurityHeaders(media, "/media picture", "default-src 'none'");
  expect(media.headers()["content-security-policy"]).toContain("sandbox");
});

test("the policy is enforced in the browser, and a violation is caught by the tests' guard", async ({ page, cspViolations }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  expect(cspViolations).toEqual([]);
  // What an injected tag would try: load from another origin.
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://tracker.invalid/pixel.png";
    document.body.append(img);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join("\n")).toContain("img-src");
  // Seen and asserted: cleared, so this test's own teardown check passes.
  cspViolations.length = 0;
});
