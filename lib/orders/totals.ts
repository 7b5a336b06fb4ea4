/** One line of an order's totals: the subtotal, shipping, each discount (its own line), the total. */
export type OrderTotalsRow = { kind: "subtotal" | "shipping" | "discount" | "total"; label: string; amount: number };

type Totals = { subtotal: number; shippingTotal: number; shippingMethodName: string; discountTotal: number; total: number };

type Discount = { label: string; amount: number; target?: "items" | "shipping" };

/**
 * The rows every view of an order prints (order page, back office, e-mails), as
 * the checkout showed them: subtotal, item discounts, shipping, shipping
 * discounts, total; a discount's amount is positive and printed as a minus. An
 * order whose discounts were not itemised shows their sum as one "Discount" line.
 */
export function orderTotalsRows(order: Totals, discounts: readonly Discount[]): OrderTotalsRow[] {
  const itemised: readonly Discount[] =
    discounts.length > 0 ? discounts : order.discountTotal > 0 ? [{ label: "Discount", amount: order.discountTotal }] : [];
  const rows = (target: "items" | "shipping") =>
    itemised
      .filter((d) => (d.target ?? "items") === target)
      .map((d): OrderTotalsRow => ({ kind: "discount", label: d.label, amount: d.amount }));
  return [
    { kind: "subtotal", label: "Subtotal", amount: order.subtotal },
    ...rows("items"),
    { kind: "shipping", label: `Shipping (${order.shippingMethodName})`, amount: order.shippingTotal },
    ...rows("shipping"),
    { kind: "total", label: "Total", amount: order.total },
  ];
}

/** How a totals row's amount reads: discounts as "−$5.00", free shipping as "Free". */
export function formatTotalsAmount(row: OrderTotalsRow, money: (amount: number) => string): string {
  if (row.kind === "discount") return `−${money(row.amount)}`;
  if (row.kind === "shipping" && row.amount === 0) return "Free";
  return money(row.amount);
}
