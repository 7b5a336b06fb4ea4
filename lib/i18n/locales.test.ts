import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localizePath, requestedLocale, splitLocalePath } from "./locales";

describe("language in addresses", () => {
  it("finds the language prefix and the rest of the path", () => {
    expect(splitLocalePath("/zh-CN/c/tea")).toEqual({ locale: "zh-CN", path: "/c/tea", prefixed: true });
    expect(splitLocalePath("/zh-CN")).toEqual({ locale: "zh-CN", path: "/", prefixed: true });
    expect(splitLocalePath("/c/tea")).toEqual({ locale: "en", path: "/c/tea", prefixed: false });
    expect(splitLocalePath("/zh-CNx/a")).toEqual({ locale: "en", path: "/zh-CNx/a", prefixed: false });
  });

  it("prefixes every language but English, once", () => {
    expect(localizePath("/c/tea?page=2", "zh-CN")).toBe("/zh-CN/c/tea?page=2");
    expect(localizePath("/", "zh-CN")).toBe("/zh-CN");
    expect(localizePath("/?q=1", "zh-CN")).toBe("/zh-CN?q=1");
    expect(localizePath("/zh-CN/cart", "zh-CN")).toBe("/zh-CN/cart");
    expect(localizePath("/c/tea", "en")).toBe("/c/tea");
    expect(localizePath("https://pay.example/x", "zh-CN")).toBe("https://pay.example/x");
    expect(localizePath("//evil.example", "zh-CN")).toBe("//evil.example");
  });

  it("reads the preferred language from Accept-Language", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,zh-CN;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,zh-Hans;q=0.7")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-TW")).toBeNull();
    expect(localeFromAcceptLanguage("de")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage("en;q=0,zh;q=0.1")).toBe("zh-CN");
  });
});

describe("the language `/` opens in on a visit", () => {
  it("the shopper's choice first, then the browser's languages, else nothing (the store's default language decides)", () => {
    expect(requestedLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(requestedLocale("zh-CN", "en-GB")).toBe("zh-CN");
    expect(requestedLocale(undefined, "zh-CN,zh;q=0.9")).toBe("zh-CN");
    expect(requestedLocale("fr", "en-US,en;q=0.9")).toBe("en");
    expect(requestedLocale(undefined, "fr-FR,fr;q=0.9")).toBeNull();
    expect(requestedLocale(undefined, null)).toBeNull();
    expect(requestedLocale("ja", "de")).toBeNull();
  });
});
