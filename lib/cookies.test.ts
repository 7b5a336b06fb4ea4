import { describe, expect, it } from "vitest";
import { secureCookieRule } from "./cookies";

describe("the one secure-cookie rule", () => {
  it("is on whenever SITE_URL is https, in any mode", () => {
    for (const mode of ["development", "production", "test"]) {
      expect(secureCookieRule("https://shop.example.com", mode)).toBe(true);
      expect(secureCookieRule("https://localhost:3000", mode)).toBe(true);
    }
  });

  it("is on in production over http, unless SITE_URL is a loopback address", () => {
    expect(secureCookieRule("http://shop.example.com", "production")).toBe(true);
    expect(secureCookieRule("http://10.0.0.5:3000", "production")).toBe(true);
    expect(secureCookieRule("http://localhost:3000", "production")).toBe(false);
    expect(secureCookieRule("http://127.0.0.1:3100", "production")).toBe(false);
    expect(secureCookieRule("http://[::1]:3000", "production")).toBe(false);
    // A host that merely starts like loopback is not loopback.
    expect(secureCookieRule("http://localhost.example.com", "production")).toBe(true);
  });

  it("is off over http outside production", () => {
    expect(secureCookieRule("http://shop.example.com", "development")).toBe(false);
    expect(secureCookieRule("http://localhost:3000", "test")).toBe(false);
  });
});
