import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { storeSettings } from "@/db/schema";
import { requestedLocale } from "@/lib/i18n/locales";
import { DEFAULT_LOCALE_TTL_MS, forgetStoreDefaultLocale, storeDefaultLocale } from "./default-locale";
import { resolveStoreSettings } from "./resolve";
import { storeSettingsSchema } from "./schema";

const save = (defaultLocale: string) =>
  db.insert(storeSettings).values({ id: 1, defaultLocale }).onConflictDoUpdate({ target: storeSettings.id, set: { defaultLocale } });

/** What proxy.ts does for `/`: the request's language, else the store's default. */
const home = async (cookie: string | undefined, accept: string | null) => requestedLocale(cookie, accept) ?? (await storeDefaultLocale());

afterEach(async () => {
  await save("en");
  forgetStoreDefaultLocale();
});

describe("the store's default language", () => {
  it("is English until one is saved, and only the shop's languages are accepted", () => {
    expect(resolveStoreSettings(null, { storeName: "S", currency: "USD", orderPaymentTimeoutMinutes: 30 }).defaultLocale).toBe("en");
    const form = { storeName: "", currency: "", lowStockThreshold: "5", orderPaymentTimeoutMinutes: "" };
    expect(storeSettingsSchema.parse({ ...form, defaultLocale: "zh-CN" }).defaultLocale).toBe("zh-CN");
    expect(storeSettingsSchema.parse(form).defaultLocale).toBe("en");
    expect(storeSettingsSchema.safeParse({ ...form, defaultLocale: "fr" }).error?.issues[0]?.message).toBe(
      "Choose one of the shop's languages.",
    );
  });

  it("decides `/` only when neither the cookie nor Accept-Language does", async () => {
    await save("zh-CN");
    forgetStoreDefaultLocale();
    expect(await home(undefined, "fr-FR,fr;q=0.9")).toBe("zh-CN");
    expect(await home(undefined, null)).toBe("zh-CN");
    expect(await home(undefined, "en-US")).toBe("en");
    expect(await home("en", "fr")).toBe("en");
  });

  it("is read once per TTL: a change shows after the TTL or at once when forgotten (Save settings)", async () => {
    const now = Date.now();
    expect(await storeDefaultLocale(now)).toBe("en");
    await save("zh-CN");
    expect(await storeDefaultLocale(now + 1000)).toBe("en");
    expect(await storeDefaultLocale(now + DEFAULT_LOCALE_TTL_MS + 1)).toBe("zh-CN");
    await save("en");
    forgetStoreDefaultLocale();
    expect(await storeDefaultLocale()).toBe("en");
  });
});
