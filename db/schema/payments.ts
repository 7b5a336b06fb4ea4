import { char, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { orders } from "./orders";

export const paymentStatus = pgEnum("payment_status", ["pending", "succeeded", "failed", "refunded"]);

/** One payment attempt with a provider (test gateway session, Stripe Checkout Session). */
export const payments = pgTable(
  "payments",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    // The provider's method the shopper chose (lib/payments/methods.ts); rows from before methods were cards.
    method: text().notNull().default("card"),
    providerReference: text().notNull(),
    status: paymentStatus().notNull().default("pending"),
    amount: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    failureMessage: text(),
    ...timestamps,
  },
  (t) => [unique("payments_provider_ref_key").on(t.provider, t.providerReference), index("payments_order_idx").on(t.orderId)],
);

/** Provider events already handled: a delivery seen twice changes nothing the second time. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    provider: text().notNull(),
    eventId: text().notNull(),
    type: text().notNull(),
    payload: jsonb().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];
