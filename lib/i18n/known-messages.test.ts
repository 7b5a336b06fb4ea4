import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { CART_NOTICES } from "@/lib/cart/messages";
import { CHECKOUT_ERRORS } from "@/lib/checkout/messages";
import { ORDER_ERRORS, TRACK_ERRORS } from "@/lib/orders/messages";
import { ACCOUNT_REFUSALS } from "@/lib/accounts/messages";
import { AUTH_REFUSALS } from "@/lib/auth/messages";
import { ORDER_HISTORY_NOTES } from "@/lib/orders/history-notes";
import { knownMessageTranslator, localizeAnswer } from "./known-messages";
import { isLocale } from "./locales";
import { messagesFor } from "./messages";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: messagesFor(isLocale(locale) ? locale : "en"), namespace: namespace as never }),
  getLocale: async () => "zh-CN",
  setRequestLocale: () => {},
}));
vi.mock("./server", () => ({ requestLocale: async () => "zh-CN" }));

describe("lib's English sentences in the shopper's language", () => {
  it("finds a sentence among the namespace's English messages and reads its arguments back", async () => {
    const zh = await knownMessageTranslator("zh-CN", CART_NOTICES, CHECKOUT_ERRORS);
    expect(zh("Only 3 left in stock")).toBe("仅剩 3 件库存");
    expect(zh("Only 3 left to pre-order")).toBe("仅剩 3 件可预订");
    expect(zh("Enter a valid e-mail address")).toBe("请输入有效的电子邮箱地址");
    expect(
      zh(
        "Your total is now $12.00, not $10.00: an offer ended or sold out while you were checking out. Check the new total below and place the order again.",
      ),
    ).toBe("订单总额现为 $12.00，而不是 $10.00：结算期间有优惠结束或售罄。请核对下方的新总额后重新提交订单。");
  });

  it("translates known sentences inside arguments too, and leaves unknown ones as they are", async () => {
    const zh = await knownMessageTranslator("zh-CN", CART_NOTICES, ORDER_ERRORS, TRACK_ERRORS);
    expect(zh("Only 2 left in stock — you already have 2 in your cart.")).toBe("仅剩 2 件库存——购物车中已有 2 件。");
    expect(zh("This order is pending payment, so a refund cannot be requested.")).toBe("此订单待付款，无法申请退款。");
    expect(zh("Too many attempts. Try again in 5 minutes.")).toBe("尝试次数过多。请 5 分钟后重试。");
    expect(zh("Something nobody wrote down")).toBe("Something nobody wrote down");
  });

  it("is the identity in English", async () => {
    const en = await knownMessageTranslator("en", CART_NOTICES);
    expect(en("Only 3 left in stock")).toBe("Only 3 left in stock");
  });

  it("finds an English refusal among the messages and gives it in Chinese, arguments carried over", async () => {
    const zh = await knownMessageTranslator("zh-CN", AUTH_REFUSALS, ACCOUNT_REFUSALS);
    expect(zh("That e-mail and password do not match an account. Check them and try again.")).toBe("电子邮箱或密码不正确。请检查后重试。");
    expect(zh("Use at least 12 characters.")).toBe("请至少输入 12 个字符。");
    expect(zh("We sent a 6-digit code to wang@example.com. Enter it below; it works for 10 minutes.")).toContain("wang@example.com");
  });

  it("reads English plurals, one and other", async () => {
    const zh = await knownMessageTranslator("zh-CN", AUTH_REFUSALS, ACCOUNT_REFUSALS);
    expect(zh("Too many attempts in a short time. Try again in 1 minute.")).toBe("短时间内尝试次数过多。请 1 分钟后重试。");
    expect(zh("Too many attempts in a short time. Try again in 14 minutes.")).toBe("短时间内尝试次数过多。请 14 分钟后重试。");
    expect(zh("You have asked for 5 codes in the last hour. Try again in 1 minute.")).toContain("5");
    expect(zh("Too many password changes. Try again in 30 seconds.")).toContain("30");
  });

  it("translates an answer's error, message and field errors in the request's language, other fields as they are", async () => {
    const answer = { error: "Please correct the highlighted fields.", fieldErrors: { email: "Something new." }, values: { email: "x" } };
    expect(await localizeAnswer(answer, AUTH_REFUSALS)).toEqual({
      error: "请更正标出的字段。",
      message: undefined,
      fieldErrors: { email: "Something new." },
      values: { email: "x" },
    });
  });

  it("reads an order's history notes, stored in English, in Chinese (nested sentences and plurals too)", async () => {
    const zh = await knownMessageTranslator("zh-CN", ORDER_HISTORY_NOTES);
    expect(zh("Order placed")).toBe("订单已提交");
    expect(zh("Delivered: no complaint within 1 day of shipping")).toBe("已送达：发货后 1 天内无异议");
    expect(zh("Delivered: no complaint within 14 days of shipping")).toBe("已送达：发货后 14 天内无异议");
    expect(zh("Refunded $5.00 (Return R-2026-000001). Payment refunded through Demo pay")).toBe(
      "已退款 $5.00（退货 R-2026-000001）。已通过 Demo pay 原路退回",
    );
    expect(zh("Return R-1 requested (refund, 2 items): Too small")).toBe("已申请退货 R-1（退款，2 件商品）：Too small");
    expect(zh("Cancelled by the shop · Refunded $5.00. Payment refunded through Demo pay")).toBe(
      "由店铺取消 · 已退款 $5.00。已通过 Demo pay 原路退回",
    );
    expect(zh("SF Express SF123")).toBe("SF Express SF123");
  });
});
