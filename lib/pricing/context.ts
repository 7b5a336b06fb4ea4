import { and, eq, gt, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { flashSaleClaims, memberTiers, orders, promotionRedemptions, promotions, type PromotionRow } from "@/db/schema";
import { getPointsBalance, getShopperTier } from "@/lib/loyalty/queries";
import { getLoyaltySettings } from "@/lib/loyalty/settings";
import { getRunningFlashSales } from "@/lib/promotions/flash-sales";
import type { PricingCustomer, PricingFlashSale, PricingInput, PricingLine, PricingPromotion, PricingTier, PointsRules } from "./types";

/** A cart line as read from the catalog now (lib/checkout/cart-lines.ts readCartLines gives these). */
export type ContextLine = { variantId: number; productId: number; unitPrice: number; quantity: number };

export type PricingRequest = {
  lines: ContextLine[];
  currency: string;
  /** signed-in shoppers with a proven e-mail; null for guests (and unproven accounts: no points, no tier) */
  userId: string | null;
  /** the contact e-mail when known (checkout): guests' limits are counted by it */
  email: string | null;
  couponCode: string | null;
  usePoints: boolean;
  shipping: number | null;
  now?: Date;
};

/** Promotions that can apply now (the pipeline checks windows and limits again, exactly). */
const live = (now: Date): SQL =>
  and(
    isNull(promotions.endedAt),
    isNull(promotions.pausedAt),
    or(isNull(promotions.startsAt), lte(promotions.startsAt, now)),
    or(isNull(promotions.endsAt), gt(promotions.endsAt, now)),
  )!;

const promotionColumns = {
  promotion: promotions,
  minTierSpend: memberTiers.minSpend,
};

function toPricingPromotion(row: { promotion: PromotionRow; minTierSpend: number | null }): PricingPromotion {
  const p = row.promotion;
  return {
    id: p.id,
    name: p.name,
    code: p.code,
    type: p.type,
    amount: p.amount,
    tiers: p.tiers,
    buyQuantity: p.buyQuantity,
    getQuantity: p.getQuantity,
    minSpend: p.minSpend,
    maxDiscount: p.maxDiscount,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    usageLimit: p.usageLimit,
    perCustomerLimit: p.perCustomerLimit,
    usedCount: p.usedCount,
    firstOrderOnly: p.firstOrderOnly,
    stackable: p.stackable,
    priority: p.priority,
    productIds: p.productIds,
    categoryIds: p.categoryIds,
    brandIds: p.brandIds,
    minTierSpend: p.minTierId == null ? null : (row.minTierSpend ?? null),
    stopped: p.pausedAt != null || p.endedAt != null,
  };
}

async function automaticPromotions(conn: DbOrTx, now: Date): Promise<PricingPromotion[]> {
  const rows = await conn
    .select(promotionColumns)
    .from(promotions)
    .leftJoin(memberTiers, eq(memberTiers.id, promotions.minTierId))
    .where(and(isNull(promotions.code), live(now)));
  return rows.map(toPricingPromotion);
}

/** The promotion a typed code names (case-insensitively), live or not, so the pipeline can say why it does not apply. */
async function couponByCode(conn: DbOrTx, code: string): Promise<PricingPromotion | null> {
  const [row] = await conn
    .select(promotionColumns)
    .from(promotions)
    .leftJoin(memberTiers, eq(memberTiers.id, promotions.minTierId))
    .where(sql`lower(${promotions.code}) = lower(${code})`)
    .limit(1);
  return row ? toPricingPromotion(row) : null;
}

/** Each product's category and its ancestors, and its brand. */
async function productScopes(conn: DbOrTx, productIds: number[]): Promise<Map<number, { categoryIds: number[]; brandId: number | null }>> {
  const scopes = new Map<number, { categoryIds: number[]; brandId: number | null }>();
  if (productIds.length === 0) return scopes;
  const ids = `{${productIds.map((id) => Math.trunc(Number(id))).join(",")}}`;
  const rows = await conn.execute<{ product_id: number; brand_id: number | null; category_ids: number[] | null }>(sql`
    with recursive up(product_id, category_id) as (
      select p.id, p.category_id from products p where p.id = any(${ids}::int[]) and p.category_id is not null
      union
      select up.product_id, c.parent_id from up join categories c on c.id = up.category_id where c.parent_id is not null
    )
    select p.id as product_id, p.brand_id, (select array_agg(up.category_id) from up where up.product_id = p.id) as category_ids
    from products p where p.id = any(${ids}::int[])`);
  for (const r of rows) scopes.set(Number(r.product_id), { categoryIds: (r.category_ids ?? []).map(Number), brandId: r.brand_id });
  return scopes;
}

/** Flash sales running now on these variants (not paused, units left), keyed by variant like the lines. */
async function runningFlashSales(conn: DbOrTx, variantIds: number[], now: Date): Promise<PricingFlashSale[]> {
  const sales = await getRunningFlashSales(conn, variantIds, now);
  return sales.map(({ variantId, ...s }) => ({ ...s, key: variantId }));
}

/** Rows of a shopper: theirs by account, or placed with their e-mail (guests are counted by e-mail). */
function shopperMatch(userColumn: PgColumn, emailColumn: PgColumn, who: Who) {
  const byUser = who.userId ? sql`${userColumn} = ${who.userId}` : undefined;
  const byEmail = who.email ? eq(emailColumn, who.email) : undefined;
  return or(byUser, byEmail);
}

type Who = { userId: string | null; email: string | null };

async function promotionUses(conn: DbOrTx, ids: number[], who: Who): Promise<Record<number, number>> {
  const match = shopperMatch(promotionRedemptions.userId, promotionRedemptions.email, who);
  if (ids.length === 0 || !match) return {};
  const rows = await conn
    .select({ id: promotionRedemptions.promotionId, n: sql<number>`count(*)::int` })
    .from(promotionRedemptions)
    .where(and(inArray(promotionRedemptions.promotionId, ids), isNull(promotionRedemptions.releasedAt), match))
    .groupBy(promotionRedemptions.promotionId);
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

async function flashUnits(conn: DbOrTx, ids: number[], who: Who): Promise<Record<number, number>> {
  const match = shopperMatch(flashSaleClaims.userId, flashSaleClaims.email, who);
  if (ids.length === 0 || !match) return {};
  const rows = await conn
    .select({ id: flashSaleClaims.flashSaleId, n: sql<number>`sum(${flashSaleClaims.quantity})::int` })
    .from(flashSaleClaims)
    .where(and(inArray(flashSaleClaims.flashSaleId, ids), isNull(flashSaleClaims.releasedAt), match))
    .groupBy(flashSaleClaims.flashSaleId);
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

/** No earlier order that is paid or awaiting payment (cancelled ones do not count). */
async function isFirstOrder(conn: DbOrTx, who: Who): Promise<boolean> {
  const match = or(who.userId ? eq(orders.userId, who.userId) : undefined, who.email ? eq(orders.email, who.email) : undefined);
  if (!match) return true;
  const [row] = await conn
    .select({ id: orders.id })
    .from(orders)
    .where(and(match, sql`${orders.status} <> 'cancelled'`))
    .limit(1);
  return !row;
}

/** The shopper's tier (lib/loyalty: by paid spend over the last 12 months); guests have none. */
async function shopperTier(conn: DbOrTx, userId: string | null, now: Date): Promise<PricingTier | null> {
  return userId ? (await getShopperTier(conn, userId, now)).tier : null;
}

async function pointsRules(conn: DbOrTx): Promise<PointsRules> {
  const { enabled, redeemPointsPerUnit, maxRedeemPercent, earnPointsPerUnit } = await getLoyaltySettings(conn);
  return { enabled, redeemPointsPerUnit, maxRedeemPercent, earnPointsPerUnit };
}

/**
 * Everything the pricing pipeline needs for this cart and shopper, read from the
 * database (with the caller's transaction at checkout, so the order is priced
 * from what it commits against). Nothing here comes from the browser but the
 * coupon code and the points choice.
 */
export async function loadPricingInput(conn: DbOrTx, req: PricingRequest): Promise<PricingInput> {
  const now = req.now ?? new Date();
  const who: Who = { userId: req.userId, email: req.email?.toLowerCase() ?? null };
  const productIds = [...new Set(req.lines.map((l) => l.productId))];
  const variantIds = [...new Set(req.lines.map((l) => l.variantId))];
  const code = req.couponCode?.trim() || null;
  const [scopes, automatic, coupon, sales, tier, firstOrder, rules, balance] = await Promise.all([
    productScopes(conn, productIds),
    automaticPromotions(conn, now),
    code ? couponByCode(conn, code) : Promise.resolve(null),
    runningFlashSales(conn, variantIds, now),
    shopperTier(conn, req.userId, now),
    isFirstOrder(conn, who),
    pointsRules(conn),
    req.userId ? getPointsBalance(req.userId, conn) : Promise.resolve(0),
  ]);
  const promotionIds = [...automatic.map((p) => p.id), ...(coupon ? [coupon.id] : [])];
  const [uses, units] = await Promise.all([
    promotionUses(conn, promotionIds, who),
    flashUnits(
      conn,
      sales.map((s) => s.id),
      who,
    ),
  ]);
  const lines: PricingLine[] = req.lines.map((l) => ({
    key: l.variantId,
    productId: l.productId,
    categoryIds: scopes.get(l.productId)?.categoryIds ?? [],
    brandId: scopes.get(l.productId)?.brandId ?? null,
    unitPrice: l.unitPrice,
    quantity: l.quantity,
  }));
  const customer: PricingCustomer = { tier, firstOrder, promotionUses: uses, flashUnits: units, pointsBalance: balance };
  return {
    now,
    currency: req.currency,
    lines,
    shipping: req.shipping,
    customer,
    promotions: automatic,
    coupon: code ? { code, promotion: coupon } : null,
    flashSales: sales,
    points: { ...rules, use: req.usePoints },
  };
}
