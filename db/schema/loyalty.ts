import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { orders } from "./orders";
import { reviews } from "./reviews";
import { users } from "./users";

/**
 * A member tier (Member, Silver, Gold…): a shopper is in the highest tier whose
 * `minSpend` their paid spend over the last 12 months reaches (lib/loyalty/tiers.ts).
 * Benefits: `percentOff` the items (a "member" discount line), free shipping, and
 * promotions whose min_tier_id is this tier or a lower one.
 */
export const memberTiers = pgTable(
  "member_tiers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    minSpend: integer().notNull(),
    percentOff: integer().notNull().default(0),
    freeShipping: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("member_tiers_min_spend_key").on(t.minSpend),
    uniqueIndex("member_tiers_name_key").on(sql`lower(${t.name})`),
    check("member_tiers_values", sql`${t.minSpend} >= 0 AND ${t.percentOff} BETWEEN 0 AND 100`),
  ],
);

/**
 * The loyalty programme's settings, one row (id 1):
 * - earn `earnPointsPerUnit` points per 1.00 (100 minor units) paid for items after discounts;
 * - `reviewPoints` for a review with text;
 * - redeem: `redeemPointsPerUnit` points pay for 1.00, for at most `maxRedeemPercent` of the items after discounts;
 * - points expire `expiryMonths` after they were earned (null: never).
 */
export const loyaltySettings = pgTable(
  "loyalty_settings",
  {
    id: smallint().primaryKey().default(1),
    enabled: boolean().notNull().default(true),
    earnPointsPerUnit: integer().notNull().default(1),
    reviewPoints: integer().notNull().default(10),
    redeemPointsPerUnit: integer().notNull().default(100),
    maxRedeemPercent: integer().notNull().default(50),
    expiryMonths: integer(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("loyalty_settings_single_row", sql`${t.id} = 1`),
    check(
      "loyalty_settings_values",
      sql`${t.earnPointsPerUnit} >= 0 AND ${t.reviewPoints} >= 0 AND ${t.redeemPointsPerUnit} > 0 AND ${t.maxRedeemPercent} BETWEEN 0 AND 100 AND (${t.expiryMonths} IS NULL OR ${t.expiryMonths} > 0)`,
    ),
  ],
);

export const pointsEntryKind = pgEnum("points_entry_kind", ["earned", "redeemed", "reversed", "expired", "adjusted"]);

/**
 * The points ledger: every change of a shopper's points is a row (signed
 * `points`); a trigger adds it to users.loyalty_points, whose CHECK (>= 0) refuses
 * any row that would overdraw, so the balance always equals the sum of the ledger.
 */
export const pointsLedger = pgTable(
  "points_ledger",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: pointsEntryKind().notNull(),
    points: integer().notNull(),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    reviewId: integer().references(() => reviews.id, { onDelete: "set null" }),
    reason: text().notNull().default(""),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    // For earned rows when points expire: when the unspent part lapses.
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("points_ledger_user_idx").on(t.userId, t.createdAt.desc()),
    index("points_ledger_order_idx").on(t.orderId),
    index("points_ledger_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.kind} = 'earned' AND ${t.expiresAt} IS NOT NULL`),
    // One earning per paid order and per review.
    uniqueIndex("points_ledger_order_earned_key")
      .on(t.orderId)
      .where(sql`${t.kind} = 'earned' AND ${t.orderId} IS NOT NULL`),
    uniqueIndex("points_ledger_review_earned_key")
      .on(t.reviewId)
      .where(sql`${t.kind} = 'earned' AND ${t.reviewId} IS NOT NULL`),
    check("points_ledger_nonzero", sql`${t.points} <> 0`),
  ],
);

export type MemberTierRow = typeof memberTiers.$inferSelect;
export type LoyaltySettingsRow = typeof loyaltySettings.$inferSelect;
export type PointsLedgerRow = typeof pointsLedger.$inferSelect;
export type PointsEntryKind = (typeof pointsEntryKind.enumValues)[number];
