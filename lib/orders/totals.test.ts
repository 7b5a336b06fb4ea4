import { describe, expect, it } from "vitest";
import type { OrderRow } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { orderMail } from "./mutations/notify";
import { formatTotalsAmount, orderTotalsRows } from "./totals";

const money = (amount: number) => formatMoney({ amount, currency: "USD" });
const totals = { subtotal: 10000, shippingTotal: 499, shippingMethodName: "Standard", discountTotal: 1499, total: 9000 };

describe("order totals rows", () => {
  it("print each discount on its own line: item discounts under the subtotal, shipping ones under shipping", () => {
    const rows = orderTotalsRows(totals, [
      { label: "Silver member free shipping", amount: 499, target: "shipping" },
      { label: "Coupon WELCOME10", amount: 1000, target: "items" },
    ]);
    expect(rows.map((r) => `${r.label}: ${formatTotalsAmount(r, money)}`)).toEqual([
      "Subtotal: $100.00",
      "Coupon WELCOME10: −$10.00",
      "Shipping (Standard): $4.99",
      "Silver member free shipping: −$4.99",
      "Total: $90.00",
    ]);
  });

  it("show an order without itemised discounts as before: one Discount line only when there is one, free shipping as Free", () => {
    expect(orderTotalsRows({ ...totals, discountTotal: 0, total: 10499 }, []).map((r) => r.kind)).toEqual([
      "subtotal",
      "shipping",
      "total",
    ]);
    const rows = orderTotalsRows({ ...totals, shippingTotal: 0, discountTotal: 500, total: 9500 }, []);
    expect(rows.map((r) => formatTotalsAmount(r, money))).toEqual(["$100.00", "−$5.00", "Free", "$95.00"]);
    expect(rows[1]!.label).toBe("Discount");
  });

  it("go into the order e-mail", () => {
    const order = {
      ...totals,
      number: "MC-2026-000001",
      status: "pending_payment",
      currency: "USD",
      userId: "u",
      email: "a@example.com",
    } as OrderRow;
    const mail = orderMail(order, "https://shop.example", [{ label: "Spend 100, save 15", amount: 1499 }]);
    expect(mail?.text).toContain("Subtotal: $100.00\nSpend 100, save 15: −$14.99\nShipping (Standard): $4.99\nTotal: $90.00");
  });
});
