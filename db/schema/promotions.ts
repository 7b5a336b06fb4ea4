import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { type PromotionTranslation, translationsColumn } from "./translations";
import { memberTiers } from "./loyalty";
import { orderLines, orders } from "./orders";
import { users } from "./users";
import { variants } from "./variants";

/**
 * What a promotion does:
 * - `percent_off`: `amount` percent (1–100) off the eligible items;
 * - `fixed_off`: `amount` minor units off the eligible items;
 * - `free_shipping`: the shipping price;
 * - `spend_save` (满减): the best reached tier of `tiers` ({ spend, save } in minor units) off the eligible items;
 * - `buy_x_get_y`: for every `buyQuantity` + `getQuantity` eligible units, the `getQuantity` cheapest are free.
 */
export const promotionType = pgEnum("promotion_type", ["percent_off", "fixed_off", "free_shipping", "spend_save", "buy_x_get_y"]);

export type SpendTier = { spend: number; save: number };

/**
 * A promotion: a coupon when `code` is set (the shopper types it), else automatic.
 * Scope: every product, unless product, category (with its subcategories) or brand
 * ids narrow it. Limits are counted in `usedCount` and `promotion_redemptions` inside
 * the order's transaction (see lib/promotions/redeem.ts). Amounts are minor units.
 */
export const promotions = pgTable(
  "promotions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    // The name in other languages (see translations.ts); coupons show their code instead.
    translations: translationsColumn<PromotionTranslation>(),
    // Stored as typed; matched case-insensitively (unique on lower(code)).
    code: text(),
    type: promotionType().notNull(),
    // Percent (1–100) for percent_off; minor units for fixed_off; 0 otherwise.
    amount: integer().notNull().default(0),
    tiers: jsonb().$type<SpendTier[]>().notNull().default([]),
    buyQuantity: integer(),
    getQuantity: integer(),
    minSpend: integer().notNull().default(0),
    maxDiscount: integer(),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    usageLimit: integer(),
    perCustomerLimit: integer(),
    usedCount: integer().notNull().default(0),
    firstOrderOnly: boolean().notNull().default(false),
    stackable: boolean().notNull().default(true),
    // Higher applies first; see lib/pricing/README.md for stacking.
    priority: integer().notNull().default(0),
    productIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    categoryIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    brandIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    // Member-only: shoppers at this tier or above.
    minTierId: integer().references(() => memberTiers.id, { onDelete: "set null" }),
    pausedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("promotions_code_key")
      .on(sql`lower(${t.code})`)
      .where(sql`${t.code} IS NOT NULL`),
    index("promotions_automatic_idx")
      .on(t.endsAt)
      .where(sql`${t.code} IS NULL AND ${t.endedAt} IS NULL`),
    check("promotions_amount", sql`${t.amount} >= 0 AND (${t.type} <> 'percent_off' OR ${t.amount} BETWEEN 1 AND 100)`),
    check("promotions_used", sql`${t.usedCount} >= 0 AND (${t.usageLimit} IS NULL OR ${t.usedCount} <= ${t.usageLimit})`),
    check(
      "promotions_limits",
      sql`(${t.usageLimit} IS NULL OR ${t.usageLimit} > 0) AND (${t.perCustomerLimit} IS NULL OR ${t.perCustomerLimit} > 0)`,
    ),
    check("promotions_window", sql`${t.startsAt} IS NULL OR ${t.endsAt} IS NULL OR ${t.startsAt} < ${t.endsAt}`),
    check("promotions_min_spend", sql`${t.minSpend} >= 0 AND (${t.maxDiscount} IS NULL OR ${t.maxDiscount} > 0)`),
    check("promotions_buy_get", sql`${t.type} <> 'buy_x_get_y' OR (${t.buyQuantity} > 0 AND ${t.getQuantity} > 0)`),
  ],
);

/**
 * One use of a promotion by one order, written in the order's transaction after
 * `promotions.used_count` was raised by a conditional update (which also locks the
 * promotion row, so per-customer counts read after it are exact). Released (not
 * deleted) when the order is cancelled unpaid: `released_at` set, used_count lowered.
 */
export const promotionRedemptions = pgTable(
  "promotion_redemptions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    promotionId: integer()
      .notNull()
      .references(() => promotions.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    // Lower-cased: guests are counted by e-mail.
    email: text().notNull(),
    amount: integer().notNull(),
    releasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("promotion_redemptions_order_key").on(t.promotionId, t.orderId),
    index("promotion_redemptions_user_idx").on(t.promotionId, t.userId),
    index("promotion_redemptions_email_idx").on(t.promotionId, t.email),
  ],
);

/**
 * A flash sale (秒杀): one variant at `salePrice` during [startsAt, endsAt), at most
 * `quantityCap` units in all (counted in `soldCount`, separate from stock, which is
 * still taken) and `perCustomerLimit` per shopper (counted in flash_sale_claims).
 */
export const flashSales = pgTable(
  "flash_sales",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    salePrice: integer().notNull(),
    quantityCap: integer().notNull(),
    soldCount: integer().notNull().default(0),
    perCustomerLimit: integer().notNull().default(1),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    pausedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    index("flash_sales_variant_idx").on(t.variantId, t.endsAt),
    index("flash_sales_window_idx").on(t.endsAt, t.startsAt),
    check("flash_sales_price", sql`${t.salePrice} >= 0`),
    check("flash_sales_cap", sql`${t.quantityCap} > 0 AND ${t.soldCount} >= 0 AND ${t.soldCount} <= ${t.quantityCap}`),
    check("flash_sales_per_customer", sql`${t.perCustomerLimit} > 0`),
    check("flash_sales_window", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** Units of a flash sale bought by one order; released with the order's cancellation (sold_count lowered). */
export const flashSaleClaims = pgTable(
  "flash_sale_claims",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    flashSaleId: integer()
      .notNull()
      .references(() => flashSales.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    email: text().notNull(),
    quantity: integer().notNull(),
    releasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("flash_sale_claims_order_key").on(t.flashSaleId, t.orderId),
    index("flash_sale_claims_user_idx").on(t.flashSaleId, t.userId),
    index("flash_sale_claims_email_idx").on(t.flashSaleId, t.email),
    check("flash_sale_claims_quantity", sql`${t.quantity} > 0`),
  ],
);

export const discountSource = pgEnum("discount_source", ["flash_sale", "member", "automatic", "coupon", "points"]);
export const discountTarget = pgEnum("discount_target", ["items", "shipping"]);

/**
 * A discount applied to a placed order, as the pricing pipeline computed it then:
 * a later edit or deletion of the promotion never changes it. Item discounts are
 * allocated to lines in order_discount_allocations (they sum to `amount`);
 * shipping discounts are not.
 */
export const orderDiscounts = pgTable(
  "order_discounts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    source: discountSource().notNull(),
    target: discountTarget().notNull(),
    promotionId: integer().references(() => promotions.id, { onDelete: "set null" }),
    flashSaleId: integer().references(() => flashSales.id, { onDelete: "set null" }),
    code: text(),
    label: text().notNull(),
    amount: integer().notNull(),
    // For source = points: how many points paid for it.
    points: integer(),
    position: integer().notNull().default(0),
  },
  (t) => [
    index("order_discounts_order_idx").on(t.orderId),
    index("order_discounts_promotion_idx").on(t.promotionId),
    check("order_discounts_amount", sql`${t.amount} > 0`),
  ],
);

/** The share of an item discount that one order line carries: what a refund of that line gives back is its total less these. */
export const orderDiscountAllocations = pgTable(
  "order_discount_allocations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderDiscountId: integer()
      .notNull()
      .references(() => orderDiscounts.id, { onDelete: "cascade" }),
    orderLineId: integer()
      .notNull()
      .references(() => orderLines.id, { onDelete: "cascade" }),
    amount: integer().notNull(),
  },
  (t) => [
    uniqueIndex("order_discount_allocations_key").on(t.orderDiscountId, t.orderLineId),
    index("order_discount_allocations_line_idx").on(t.orderLineId),
    check("order_discount_allocations_amount", sql`${t.amount} > 0`),
  ],
);

export type PromotionRow = typeof promotions.$inferSelect;
export type NewPromotionRow = typeof promotions.$inferInsert;
export type PromotionType = (typeof promotionType.enumValues)[number];
export type FlashSaleRow = typeof flashSales.$inferSelect;
export type OrderDiscountRow = typeof orderDiscounts.$inferSelect;
export type DiscountSource = (typeof discountSource.enumValues)[number];
export type DiscountTarget = (typeof discountTarget.enumValues)[number];
