import { describe, expect, it } from "vitest";
import { languageAlternates } from "./alternates";

describe("languageAlternates", () => {
  it("gives each language its own canonical and lists every language with English as x-default", () => {
    expect(languageAlternates("/c/tea", "zh-CN")).toEqual({
      canonical: "/zh-CN/c/tea",
      languages: { en: "/c/tea", "zh-CN": "/zh-CN/c/tea", "x-default": "/c/tea" },
    });
    expect(languageAlternates("/c/tea", "en").canonical).toBe("/c/tea");
  });

  it("handles the home page and addresses with a query", () => {
    expect(languageAlternates("/", "zh-CN")).toEqual({ canonical: "/zh-CN", languages: { en: "/", "zh-CN": "/zh-CN", "x-default": "/" } });
    expect(languageAlternates("/rankings?category=tea", "zh-CN").languages).toMatchObject({ "zh-CN": "/zh-CN/rankings?category=tea" });
  });
});
