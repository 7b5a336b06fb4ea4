import { sql } from "drizzle-orm";
import { boolean, char, check, date, index, integer, pgEnum, pgSequence, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { products } from "./products";
import { users } from "./users";
import { variants } from "./variants";

export const orderStatus = pgEnum("order_status", [
  "pending_payment",
  // Paid, held for the merchant's check before fulfilment when the store reviews orders (审核).
  "awaiting_review",
  "paid",
  "shipped",
  "delivered",
  "completed",
  "cancelled",
  "refund_requested",
  "refunded",
  "refund_rejected",
]);

/** Feeds the human-readable order number MC-YYYY-NNNNNN. */
export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1, increment: 1 });

/**
 * An order: what was bought at which prices, where it goes, and where it stands.
 * Amounts are minor units in `currency`; the address is a copy, so later edits
 * to the address book never rewrite history.
 */
export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    email: text().notNull(),
    // The shopper's language at checkout ("en", "zh-CN"): every e-mail about the order is written in it.
    locale: text().notNull().default("en"),
    status: orderStatus().notNull().default("pending_payment"),
    currency: char({ length: 3 }).notNull(),
    subtotal: integer().notNull(),
    shippingTotal: integer().notNull(),
    discountTotal: integer().notNull().default(0),
    total: integer().notNull(),
    // Everything refunded so far (lib/orders/refunds): raised by a conditional update, never past total.
    refundedTotal: integer().notNull().default(0),
    shippingMethodCode: text().notNull(),
    shippingMethodName: text().notNull(),
    shipName: text().notNull(),
    shipLine1: text().notNull(),
    // The structured address as it was at checkout (see addresses: China fills province/district/regionCode).
    shipProvince: text().notNull().default(""),
    shipCity: text().notNull(),
    shipDistrict: text().notNull().default(""),
    shipRegionCode: text(),
    shipPostalCode: text().notNull(),
    shipCountry: text().notNull(),
    shipPhone: text().notNull().default(""),
    // The checkout form's one-time key: the same submission twice yields one order.
    checkoutKey: text().notNull().unique(),
    paymentProvider: text().notNull(),
    paymentDueAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    // When staff approved an order held for review.
    reviewedAt: timestamp({ withTimezone: true }),
    shippedAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    carrier: text(),
    trackingNumber: text(),
    refundReason: text(),
    // Optional invoice details given at checkout (company name, tax number), printed on the invoice.
    invoiceCompany: text(),
    invoiceTaxNumber: text(),
    // When the jobs' sweep added this paid order's products to product_pairs
    // ("Customers also bought"); null while it waits, so each order counts once.
    pairsCountedAt: timestamp({ withTimezone: true }),
    // Paid, and its booking (the invoice, the products' sales counts) still to be done by the job
    // the payment queued (lib/orders/mutations/after-payment.ts). Orders paid before it existed were
    // booked in their payment: false.
    bookingDue: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    check(
      "orders_amounts",
      sql`${t.subtotal} >= 0 AND ${t.shippingTotal} >= 0 AND ${t.discountTotal} >= 0 AND ${t.total} = ${t.subtotal} + ${t.shippingTotal} - ${t.discountTotal} AND ${t.total} >= 0`,
    ),
    check("orders_refunded_total", sql`${t.refundedTotal} >= 0 AND ${t.refundedTotal} <= ${t.total}`),
    index("orders_user_idx").on(t.userId, t.createdAt.desc()),
    index("orders_status_idx").on(t.status, t.createdAt.desc()),
    index("orders_unpaid_due_idx")
      .on(t.paymentDueAt)
      .where(sql`${t.status} = 'pending_payment'`),
    index("orders_email_idx").on(t.email),
    // The back office: latest orders, and revenue by the time of payment.
    index("orders_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("orders_paid_at_idx")
      .on(t.paidAt)
      .where(sql`${t.paidAt} IS NOT NULL`),
    index("orders_pairs_pending_idx")
      .on(t.paidAt, t.id)
      .where(sql`${t.paidAt} IS NOT NULL AND ${t.pairsCountedAt} IS NULL`),
    index("orders_booking_due_idx")
      .on(t.paidAt, t.id)
      .where(sql`${t.bookingDue}`),
  ],
);

/** One bought variant, with the title, SKU and price of the moment it was ordered. */
export const orderLines = pgTable(
  "order_lines",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: integer().references(() => products.id, { onDelete: "set null" }),
    variantId: integer().references(() => variants.id, { onDelete: "set null" }),
    productTitle: text().notNull(),
    productSlug: text().notNull(),
    variantTitle: text().notNull().default(""),
    sku: text().notNull(),
    imageUrl: text(),
    unitPrice: integer().notNull(),
    quantity: integer().notNull(),
    lineTotal: integer().notNull(),
    // A pre-order line: the date it ships from, as promised when ordered; null for a line sold from stock.
    preorderShipsOn: date({ mode: "string" }),
    // When arriving stock covered this pre-order line; the order ships only when every such line is filled.
    preorderFilledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check("order_lines_amounts", sql`${t.quantity} > 0 AND ${t.unitPrice} >= 0 AND ${t.lineTotal} = ${t.unitPrice} * ${t.quantity}`),
    index("order_lines_order_idx").on(t.orderId),
    index("order_lines_variant_idx").on(t.variantId),
    // Pre-order lines still waiting for stock, per variant, oldest first.
    index("order_lines_preorder_waiting_idx")
      .on(t.variantId, t.id)
      .where(sql`${t.preorderShipsOn} IS NOT NULL AND ${t.preorderFilledAt} IS NULL`),
    // The back office finds orders by a word of a product's title.
    index("order_lines_title_trgm_idx").using("gin", sql`${t.productTitle} gin_trgm_ops`),
  ],
);

export const orderActor = pgEnum("order_actor", ["shopper", "staff", "system", "payment"]);

/** The order's history: every status change and note, with when and who. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus(),
    toStatus: orderStatus(),
    actor: orderActor().notNull(),
    actorId: text(),
    note: text().notNull().default(""),
    // Staff-only notes: shown in the back office, never on the shopper's timeline.
    internal: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.createdAt)],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type OrderActor = (typeof orderActor.enumValues)[number];
