import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

const page = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => page.locale,
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: page.locale,
      messages: messagesFor(isLocale(page.locale) ? page.locale : "en"),
      namespace: namespace as never,
    }),
}));

const { promotionWords } = await import("./describe");

const p = { type: "percent_off" as const, amount: 10, tiers: [], buyQuantity: null, getQuantity: null, minSpend: 5000, maxDiscount: null };

describe("promotionWords", () => {
  it("says in English what each type gives, with the minimum and the cap", async () => {
    page.locale = "en";
    const { promotion } = await promotionWords();
    expect(promotion(p, "USD")).toBe("10% off on $50.00 or more");
    expect(promotion({ ...p, type: "fixed_off", amount: 550, minSpend: 0, maxDiscount: 300 }, "USD")).toBe("$5.50 off (at most $3.00)");
    const tiers = [
      { spend: 10000, save: 1000 },
      { spend: 20000, save: 3000 },
    ];
    expect(promotion({ ...p, type: "spend_save", minSpend: 0, tiers }, "USD")).toBe("Spend $100.00 save $10.00; Spend $200.00 save $30.00");
    expect(promotion({ ...p, type: "buy_x_get_y", buyQuantity: 2, getQuantity: 1, minSpend: 0 }, "USD")).toBe("Buy 2 get 1 free");
    expect(promotion({ ...p, type: "free_shipping", minSpend: 8000 }, "USD")).toBe("Free shipping on $80.00 or more");
  });

  it("shows a window in UTC", async () => {
    page.locale = "en";
    const { window } = await promotionWords();
    expect(window(null, null)).toBe("Always");
    expect(window(new Date("2026-01-01T10:00:00Z"), null)).toBe("From 2026-01-01 10:00 UTC");
    expect(window(null, new Date("2026-01-02T00:00:00Z"))).toBe("Until 2026-01-02 00:00 UTC");
    expect(window(new Date("2026-01-01T10:00:00Z"), new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-01 10:00 – 2026-01-02 00:00 UTC");
  });

  it("words them in Chinese with yuan, and no English left", async () => {
    page.locale = "zh-CN";
    const { promotion, window } = await promotionWords();
    const spendSave = promotion({ ...p, type: "spend_save", minSpend: 0, tiers: [{ spend: 20000, save: 3000 }] }, "CNY");
    expect(spendSave).toContain("¥200.00");
    expect(spendSave).toContain("¥30.00");
    expect(spendSave).not.toMatch(/[A-Za-z]{3,}/);
    expect(window(null, null)).not.toMatch(/[A-Za-z]{3,}/);
  });
});
