import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db";
import { addresses, carts, orderDiscountAllocations, orderDiscounts, orderEvents, orderLines, orders } from "@/db/schema";
import { createAddress } from "@/lib/addresses/mutations";
import type { AddressFields } from "@/lib/addresses/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatMoney } from "@/lib/money";
import { metrics } from "@/lib/observability/metrics";
import { setStockContext } from "@/lib/inventory/stock-context";
import { nextOrderNumberSql } from "@/lib/orders/order-number-sql";
import { activeProviderId, PAYMENTS_NOT_CONFIGURED } from "@/lib/payments/providers";
import { loadPricingInput } from "@/lib/pricing/context";
import { priceOrder } from "@/lib/pricing/price-order";
import type { PricingResult } from "@/lib/pricing/types";
import { claimPricing, PricingRefusal } from "@/lib/promotions/redeem";
import { readStoreSettings, type StoreSettings } from "@/lib/settings/queries";
import { readCartLines, subtotalOf, type CheckoutLine } from "./cart-lines";
import { CheckoutRefusal } from "./refusal";
import { reserveStock } from "./reserve-stock";
import type { CheckoutInput } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getActiveShippingMethod, shippingCost } from "./shipping";

export type PlacedOrder = { id: string; number: string; total: number; currency: string; email: string; userId: string | null };

export type PlaceOrderResult =
  { ok: true; order: PlacedOrder; created: boolean; productSlugs: string[] } | { ok: false; error: string; field?: string };

const placedColumns = {
  id: orders.id,
  number: orders.number,
  total: orders.total,
  currency: orders.currency,
  email: orders.email,
  userId: orders.userId,
};

/** The order an earlier submission of this checkout form created, if any (and if it is this shopper's). */
async function findByCheckoutKey(conn: DbOrTx, checkoutKey: string, userId: string | null): Promise<PlaceOrderResult | null> {
  const [existing] = await conn.select(placedColumns).from(orders).where(eq(orders.checkoutKey, checkoutKey)).limit(1);
  if (!existing) return null;
  if (existing.userId !== userId) return { ok: false, error: "This checkout form was already used. Reload the page and try again." };
  return { ok: true, order: existing, created: false, productSlugs: [] };
}

async function resolveAddress(tx: Tx, input: CheckoutInput, userId: string | null): Promise<AddressFields> {
  if ("savedAddressId" in input.address) {
    if (!userId) throw new CheckoutRefusal("Sign in to use a saved address, or enter a new one.", "savedAddressId");
    const [saved] = await tx
      .select()
      .from(addresses)
      .where(and(eq(addresses.id, input.address.savedAddressId), eq(addresses.userId, userId)))
      .limit(1);
    if (!saved) throw new CheckoutRefusal("That saved address no longer exists: choose another or enter a new one.", "savedAddressId");
    return {
      fullName: saved.fullName,
      line1: saved.line1,
      province: saved.province,
      city: saved.city,
      district: saved.district,
      regionCode: saved.regionCode,
      postalCode: saved.postalCode,
      country: saved.country,
      phone: saved.phone,
    };
  }
  const address = input.address;
  if (input.saveAddress && userId) await createAddress(userId, address, tx);
  return address;
}

/**
 * Every line can be bought, in the store's currency: a variant priced in another one (the store changed its
 * currency since) is no longer available, as the cart says, since shipping, offers and points are all in the
 * store's currency.
 */
function checkLines(lines: CheckoutLine[], currency: string): void {
  if (lines.length === 0) throw new CheckoutRefusal("Your cart is empty: add something before checking out.");
  const gone = lines.filter((l) => !l.available || l.currency !== currency);
  if (gone.length > 0) {
    throw new CheckoutRefusal(
      `${gone.map((l) => l.productTitle).join(", ")} is no longer available: remove it from your cart to continue.`,
    );
  }
}

/** The normal payment window, shorter when the order holds flash-sale units (they go back to the sale sooner if unpaid). */
function paymentDueFor(settings: StoreSettings, priced: PricingResult, now: Date): Date {
  const flash = priced.flashClaims.some((c) => c.units > 0);
  const minutes = flash
    ? Math.min(settings.orderPaymentTimeoutMinutes, settings.flashSalePaymentTimeoutMinutes)
    : settings.orderPaymentTimeoutMinutes;
  return new Date(now.getTime() + minutes * 60_000);
}

/**
 * The applied discounts as the order keeps them (a later edit of a promotion changes
 * nothing here), one row each in the pipeline's order, with each item discount's
 * share per order line (`key` is the variant id).
 */
async function storeDiscounts(tx: Tx, orderId: string, priced: PricingResult, lineIds: Map<number, number>): Promise<void> {
  for (const [position, d] of priced.discounts.entries()) {
    if (d.amount <= 0) continue;
    const [row] = await tx
      .insert(orderDiscounts)
      .values({
        orderId,
        source: d.source,
        target: d.target,
        promotionId: d.promotionId,
        flashSaleId: d.flashSaleId,
        code: d.code,
        label: d.label,
        amount: d.amount,
        points: d.points,
        position,
      })
      .returning({ id: orderDiscounts.id });
    const shares = d.allocations.filter((a) => a.amount > 0);
    if (shares.length === 0) continue;
    await tx.insert(orderDiscountAllocations).values(
      shares.map((a) => {
        const orderLineId = lineIds.get(a.key);
        if (orderLineId === undefined)
          throw new Error(`Discount "${d.label}" is allocated to variant ${a.key}, which is not in the order.`);
        return { orderDiscountId: row!.id, orderLineId, amount: a.amount };
      }),
    );
  }
}

/**
 * Turns the cart into an order in one transaction: prices and stock read from the
 * database and priced by the pipeline (promotions, coupon, flash sales, member
 * price, points), stock reserved, lines and discounts snapshotted, every use of a
 * limited offer counted (lib/promotions/redeem.ts), the cart emptied. The same
 * checkout key submitted again (double click, retry, a concurrent duplicate)
 * returns the first order. Refusals (empty cart, stock, unknown shipping method,
 * a coupon that no longer applies, an offer used up meanwhile) change nothing.
 */
export async function placeOrder(
  input: CheckoutInput,
  ctx: { cartId: string | null; userId: string | null; locale?: Locale },
): Promise<PlaceOrderResult> {
  const earlier = await findByCheckoutKey(db, input.checkoutKey, ctx.userId);
  if (earlier) return earlier;
  // No order the shop could never be paid for: refuse before anything is reserved.
  const paymentProvider = activeProviderId();
  if (!paymentProvider) return { ok: false, error: PAYMENTS_NOT_CONFIGURED };
  const cartId = ctx.cartId;
  if (!cartId) return { ok: false, error: "Your cart is empty: add something before checking out." };
  try {
    const placed = await db.transaction(async (tx) => {
      // One checkout of a cart at a time: a concurrent duplicate waits here, then finds the cart emptied.
      const [cart] = await tx
        .select({ id: carts.id, userId: carts.userId, couponCode: carts.couponCode })
        .from(carts)
        .where(eq(carts.id, cartId))
        .for("update");
      if (!cart || (cart.userId !== null && cart.userId !== ctx.userId))
        throw new CheckoutRefusal("Your cart is empty: add something before checking out.");
      const lines = await readCartLines(tx, cartId);
      if (lines.length === 0) {
        // Emptied by the order this same submission placed a moment ago (a double click that waited above): that order is the answer.
        const again = await findByCheckoutKey(tx, input.checkoutKey, ctx.userId);
        if (again) return again;
      }
      const settings = await readStoreSettings(tx);
      checkLines(lines, settings.currency);
      const method = await getActiveShippingMethod(tx, input.shippingMethod);
      if (!method) throw new CheckoutRefusal("Choose one of the shipping methods offered.", "shippingMethod");
      const address = await resolveAddress(tx, input, ctx.userId);

      // Priced again here, from what this transaction reads: the browser never sends a price or a discount.
      const now = new Date();
      const priced = priceOrder(
        await loadPricingInput(tx, {
          lines,
          currency: lines[0]!.currency,
          userId: ctx.userId,
          email: input.email,
          couponCode: cart.couponCode,
          usePoints: input.usePoints ?? false,
          shipping: shippingCost(method, subtotalOf(lines)),
          now,
        }),
      );
      // Never drop a coupon the shopper expects: they remove it or change the cart.
      if (cart.couponCode && priced.couponError) throw new CheckoutRefusal(priced.couponError);
      // The shopper agreed to the total the page showed: a higher one (a flash sale sold out, an offer ended) is shown, not charged.
      if (input.quotedTotal !== undefined && priced.total > input.quotedTotal) {
        const money = (amount: number) => formatMoney({ amount, currency: priced.currency });
        throw new CheckoutRefusal(
          `Your total is now ${money(priced.total)}, not ${money(input.quotedTotal)}: an offer ended or sold out while you were checking out. Check the new total below and place the order again.`,
        );
      }
      const paymentDueAt = paymentDueFor(settings, priced, now);
      const [order] = await tx
        .insert(orders)
        .values({
          number: nextOrderNumberSql, // taken by the INSERT itself: no round trip of its own
          userId: ctx.userId,
          email: input.email,
          locale: ctx.locale ?? DEFAULT_LOCALE,
          currency: lines[0]!.currency,
          subtotal: priced.subtotal,
          shippingTotal: priced.shipping ?? 0,
          discountTotal: priced.discountTotal,
          total: priced.total,
          shippingMethodCode: method.code,
          shippingMethodName: method.name,
          shipName: address.fullName,
          shipLine1: address.line1,
          shipProvince: address.province ?? "",
          shipCity: address.city,
          shipDistrict: address.district ?? "",
          shipRegionCode: address.regionCode ?? null,
          shipPostalCode: address.postalCode,
          shipCountry: address.country,
          shipPhone: address.phone,
          invoiceCompany: input.invoiceCompany ?? null,
          invoiceTaxNumber: input.invoiceTaxNumber ?? null,
          checkoutKey: input.checkoutKey,
          paymentProvider,
          paymentDueAt,
        })
        .returning(placedColumns);
      // After the order exists, so the ledger rows can name it; a refusal rolls it all back.
      await setStockContext(tx, { reason: "order", orderId: order!.id, actorId: ctx.userId });
      const preorders = await reserveStock(tx, lines);
      const inserted = await tx
        .insert(orderLines)
        .values(
          lines.map((l) => ({
            orderId: order!.id,
            productId: l.productId,
            variantId: l.variantId,
            productTitle: l.productTitle,
            productSlug: l.productSlug,
            variantTitle: l.variantTitle,
            sku: l.sku,
            imageUrl: l.imageUrl,
            unitPrice: l.unitPrice,
            quantity: l.quantity,
            lineTotal: l.unitPrice * l.quantity,
            preorderShipsOn: preorders.get(l.variantId) ?? null,
          })),
        )
        .returning({ id: orderLines.id, variantId: orderLines.variantId });
      await storeDiscounts(tx, order!.id, priced, new Map(inserted.map((l) => [l.variantId!, l.id])));
      await claimPricing(tx, { orderId: order!.id, userId: ctx.userId, email: input.email, result: priced });
      await tx.insert(orderEvents).values({
        orderId: order!.id,
        fromStatus: null,
        toStatus: "pending_payment",
        actor: "shopper",
        actorId: ctx.userId,
        note: "Order placed",
      });
      // The cart emptied; the coupon and the points choice were for this order.
      await tx.execute(sql`
        with emptied as (delete from cart_items where cart_id = ${cartId})
        update carts set updated_at = now(), coupon_code = null where id = ${cartId}`);
      return { ok: true as const, order: order!, created: true, productSlugs: [...new Set(lines.map((l) => l.productSlug))] };
    });
    if (placed.ok && placed.created) metrics().ordersPlaced.inc(); // committed
    return placed;
  } catch (error) {
    if (error instanceof CheckoutRefusal) return { ok: false, error: error.message, field: error.field };
    if (error instanceof PricingRefusal) return { ok: false, error: error.message };
    // Two transactions with the same key on different carts: the loser finds the winner's order.
    if (isUniqueViolation(error, "orders_checkoutKey_unique")) {
      const winner = await findByCheckoutKey(db, input.checkoutKey, ctx.userId);
      if (winner) return winner;
    }
    throw error;
  }
}
