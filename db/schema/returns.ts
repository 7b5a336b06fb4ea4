import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { orderLines, orders } from "./orders";
import { users } from "./users";
import { variants } from "./variants";

/**
 * A return's life: the shopper asks (requested); staff approve or reject; the
 * shopper sends the parcel back with its tracking number (in_transit); staff mark
 * it received (restocking what can be sold again), then refund it (refunded) or
 * ship the exchange (exchanged). The shopper may withdraw it before it is received.
 */
export const returnStatus = pgEnum("return_status", [
  "requested",
  "approved",
  "rejected",
  "in_transit",
  "received",
  "refunded",
  "exchanged",
  "withdrawn",
]);

/** What the shopper wants for the returned items. */
export const returnResolution = pgEnum("return_resolution", ["refund", "exchange"]);

/** A shopper's request to send back some quantities of some lines of a delivered or completed order (退货/换货). */
export const returnRequests = pgTable(
  "return_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Shown to people: the order number and a counter, e.g. MC-2026-000123-R1. */
    number: text().notNull().unique(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: returnStatus().notNull().default("requested"),
    resolution: returnResolution().notNull(),
    reason: text().notNull(),
    /** The staff's note on approval or rejection, shown to the shopper. */
    staffNote: text().notNull().default(""),
    returnCarrier: text(),
    returnTrackingNumber: text(),
    /** The exchange's own shipment (the new variants), linked to the order. */
    exchangeCarrier: text(),
    exchangeTrackingNumber: text(),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    shippedBackAt: timestamp({ withTimezone: true }),
    receivedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("return_requests_order_idx").on(t.orderId, t.createdAt),
    index("return_requests_status_idx").on(t.status, t.createdAt.desc()),
  ],
);

/** One line of a return: how many of an order line come back, and for an exchange which variant goes out instead. */
export const returnLines = pgTable(
  "return_lines",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    returnId: uuid()
      .notNull()
      .references(() => returnRequests.id, { onDelete: "cascade" }),
    orderLineId: integer()
      .notNull()
      .references(() => orderLines.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    exchangeVariantId: integer().references(() => variants.id, { onDelete: "set null" }),
    /** Set when received: how many go back on the shelf (the rest were not resaleable). */
    restockedQuantity: integer(),
  },
  (t) => [
    check("return_lines_quantity", sql`${t.quantity} > 0`),
    check(
      "return_lines_restocked",
      sql`${t.restockedQuantity} IS NULL OR (${t.restockedQuantity} >= 0 AND ${t.restockedQuantity} <= ${t.quantity})`,
    ),
    unique("return_lines_return_line_key").on(t.returnId, t.orderLineId),
    index("return_lines_order_line_idx").on(t.orderLineId),
  ],
);

/** The shopper's photos of a return, stored like product pictures (MediaStorage, resized). */
export const returnPhotos = pgTable(
  "return_photos",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    returnId: uuid()
      .notNull()
      .references(() => returnRequests.id, { onDelete: "cascade" }),
    url: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("return_photos_return_idx").on(t.returnId, t.position)],
);

export type ReturnRequestRow = typeof returnRequests.$inferSelect;
export type ReturnLineRow = typeof returnLines.$inferSelect;
export type ReturnStatus = (typeof returnStatus.enumValues)[number];
export type ReturnResolution = (typeof returnResolution.enumValues)[number];
