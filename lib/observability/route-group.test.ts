import { describe, expect, it } from "vitest";
import { ROUTE_GROUPS, routeGroup } from "./route-group";

describe("routeGroup", () => {
  it.each([
    ["/", "home"],
    ["/?utm=1", "home"],
    ["/c/kitchen?brand=a&page=2", "category"],
    ["/p/oak-mug", "product"],
    ["/search?q=tea", "search"],
    ["/cart", "cart"],
    ["/cart/shared/abc", "cart"],
    ["/checkout", "checkout"],
    ["/pay/test/123", "checkout"],
    ["/account/orders", "account"],
    ["/orders/MC-2026-000001", "account"],
    ["/sign-in", "account"],
    ["/admin/products/12", "admin"],
    ["/api/health/ready", "api"],
    ["/metrics", "api"],
    ["/_next/static/chunks/a.js", "static"],
    ["/media/x/y.webp", "static"],
    ["/favicon.ico", "static"],
    ["/robots.txt", "static"],
    ["/pages/about", "other"],
    ["/rankings", "other"],
  ])("%s → %s", (path, group) => {
    expect(routeGroup(path)).toBe(group);
  });

  it("never returns anything outside the fixed set, whatever the path", () => {
    for (const path of ["", "//", "/../../etc", "/%00", "/c", "/x".repeat(500), "?only=query"]) {
      expect(ROUTE_GROUPS).toContain(routeGroup(path));
    }
  });
});
