import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { ALERT_MESSAGES } from "@/lib/alerts/messages";
import { CATEGORY_ERRORS } from "@/lib/categories/messages";
import { INVENTORY_ERRORS } from "@/lib/inventory/messages";
import { PRODUCT_ERRORS } from "@/lib/products/messages";
import { knownMessageTranslator } from "./known-messages";
import { isLocale } from "./locales";
import { messagesFor } from "./messages";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: messagesFor(isLocale(locale) ? locale : "en"), namespace: namespace as never }),
}));

describe("the catalog back office's answers in Chinese", () => {
  it("translates the product form's sentences, the field named inside them too", async () => {
    const zh = await knownMessageTranslator("zh-CN", STAFF_ERRORS, PRODUCT_ERRORS);
    expect(zh("Keep the Chinese title under 200 characters")).toBe("中文标题不能超过 200 个字符");
    expect(zh("Enter the compare-at price as an amount, e.g. 12.50")).toBe("请以金额格式输入原价，例如 12.50");
    expect(zh("Enter the price, e.g. 12.50")).toBe("请输入价格，例如 12.50");
    expect(zh("Please correct the highlighted fields. Then choose the pictures again: they were not added.")).toBe(
      "请更正标出的字段。然后请重新选择图片：图片尚未添加。",
    );
  });

  it("translates a stock adjustment's answer with its reason", async () => {
    const zh = await knownMessageTranslator("zh-CN", STAFF_ERRORS, INVENTORY_ERRORS);
    expect(zh("Stock of TEA-1 is now 15 (+5, received).")).toBe("TEA-1 的库存现为 15（+5，到货入库）。");
    expect(zh("Stock of TEA-1 is now 15 (unchanged, stocktake). 2 went to waiting pre-orders, oldest first.")).toBe(
      "TEA-1 的库存现为 15（无变化，盘点）。其中 2 件已分配给等待中的预售，先下单的优先。",
    );
    expect(zh("Only 3 in stock: an adjustment of -5 would go below zero.")).toBe("库存只有 3 件：调整 -5 会使库存低于零。");
  });

  it("translates a refused category delete, what it still holds included", async () => {
    const zh = await knownMessageTranslator("zh-CN", STAFF_ERRORS, CATEGORY_ERRORS);
    expect(zh('"Tea" still has 3 products and 1 subcategory. Move them to another category first, then delete it.')).toBe(
      "“Tea”仍有 3 件商品和 1 个子分类。请先将它们移到其他分类，再删除。",
    );
    expect(zh('"Tea" still has 1 product. Move it to another category first, then delete it.')).toBe(
      "“Tea”仍有 1 件商品。请先将它移到其他分类，再删除。",
    );
  });

  it("keeps English as it is and translates the alert notices", async () => {
    expect((await knownMessageTranslator("en", ALERT_MESSAGES))("Marked 2 alerts as read.")).toBe("Marked 2 alerts as read.");
    expect((await knownMessageTranslator("zh-CN", ALERT_MESSAGES))("Marked 2 alerts as read.")).toBe("已将 2 条提醒标记为已读。");
  });
});
