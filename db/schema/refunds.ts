import { sql } from "drizzle-orm";
import { char, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { orderLines, orders } from "./orders";
import { returnRequests } from "./returns";
import { users } from "./users";

/** Why money went back: a whole-order refund request, a staff cancellation after payment, a return, or staff goodwill without a return. */
export const refundKind = pgEnum("refund_kind", ["order", "cancellation", "return", "no_return"]);

/**
 * Money given back on an order, one row per refund made through the payment
 * provider. `orders.refunded_total` is raised by a conditional update in the same
 * transaction (CHECK refunded_total <= total), so refunds together never exceed
 * what was paid, whatever runs at once. `amount` = the lines' share + `shippingAmount`.
 */
export const refunds = pgTable(
  "refunds",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    returnId: uuid().references(() => returnRequests.id, { onDelete: "set null" }),
    kind: refundKind().notNull(),
    amount: integer().notNull(),
    shippingAmount: integer().notNull().default(0),
    currency: char({ length: 3 }).notNull(),
    reason: text().notNull().default(""),
    /** What the provider answered (its refund id), or null when nothing had been captured. */
    providerReference: text(),
    staffId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("refunds_amounts", sql`${t.amount} > 0 AND ${t.shippingAmount} >= 0 AND ${t.shippingAmount} <= ${t.amount}`),
    index("refunds_order_idx").on(t.orderId, t.createdAt),
    index("refunds_created_idx").on(t.createdAt.desc()),
  ],
);

/** Which quantities of which order lines a refund paid back, and how much for them (after their allocated discounts). */
export const refundLines = pgTable(
  "refund_lines",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    refundId: uuid()
      .notNull()
      .references(() => refunds.id, { onDelete: "cascade" }),
    orderLineId: integer()
      .notNull()
      .references(() => orderLines.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    amount: integer().notNull(),
  },
  (t) => [
    check("refund_lines_amounts", sql`${t.quantity} > 0 AND ${t.amount} >= 0`),
    unique("refund_lines_refund_line_key").on(t.refundId, t.orderLineId),
    index("refund_lines_order_line_idx").on(t.orderLineId),
  ],
);

export type RefundRow = typeof refunds.$inferSelect;
export type RefundLineRow = typeof refundLines.$inferSelect;
export type RefundKind = (typeof refundKind.enumValues)[number];
