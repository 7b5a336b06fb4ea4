import { describe, expect, it } from "vitest";
import { safeNextPath, withNext } from "./next-path";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeNextPath("/checkout")).toBe("/checkout");
    expect(safeNextPath("/orders/MC-1?x=1#top")).toBe("/orders/MC-1?x=1#top");
  });

  it.each([
    ["absolute URL", "https://evil.example/"],
    ["protocol-relative", "//evil.example/x"],
    ["backslash trick", "/\\evil.example"],
    ["backslash later", "/a\\b"],
    ["relative path", "account"],
    ["javascript URL", "javascript:alert(1)"],
    ["control character", "/a\nb"],
    ["tab", "/\t/evil.example"],
    ["empty", ""],
    ["not a string", ["/a"]],
    ["sign-in loop", "/sign-in?next=/x"],
    ["auth API", "/api/auth/signout"],
  ])("refuses %s", (_label, value) => {
    expect(safeNextPath(value)).toBe("/account");
  });

  it("uses the fallback given", () => {
    expect(safeNextPath(undefined, "/")).toBe("/");
  });

  it("adds ?next= only when it is not the default", () => {
    expect(withNext("/sign-up", "/account")).toBe("/sign-up");
    expect(withNext("/sign-up", "/p/a b")).toBe("/sign-up?next=%2Fp%2Fa%20b");
  });
});
