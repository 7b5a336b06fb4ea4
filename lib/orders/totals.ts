/** One line of an order's totals: the subtotal, shipping, each discount (its own line), the total. */
export type OrderTotalsRow = { kind: "subtotal" | "shipping" | "discount" | "total"; label: string; amount: number };

type Totals = { subtotal: number; shippingTotal: number; shippingMethodName: string; discountTotal: number; total: number };

/**
 * The rows every view of an order prints (order page, back office, e-mails), in
 * that order; a discount's amount is positive and printed as a minus. An order
 * whose discounts were not itemised shows their sum as one "Discount" line.
 */
export function orderTotalsRows(order: Totals, discounts: readonly { label: string; amount: number }[]): OrderTotalsRow[] {
  const itemised = discounts.length > 0 ? discounts : order.discountTotal > 0 ? [{ label: "Discount", amount: order.discountTotal }] : [];
  return [
    { kind: "subtotal", label: "Subtotal", amount: order.subtotal },
    { kind: "shipping", label: `Shipping (${order.shippingMethodName})`, amount: order.shippingTotal },
    ...itemised.map((d) => ({ kind: "discount" as const, label: d.label, amount: d.amount })),
    { kind: "total", label: "Total", amount: order.total },
  ];
}

/** How a totals row's amount reads: discounts as "−$5.00", free shipping as "Free". */
export function formatTotalsAmount(row: OrderTotalsRow, money: (amount: number) => string): string {
  if (row.kind === "discount") return `−${money(row.amount)}`;
  if (row.kind === "shipping" && row.amount === 0) return "Free";
  return money(row.amount);
}
