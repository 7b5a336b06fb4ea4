/**
 * The flash-sale burst of `npm run bench`, run by bench/run.ts in its own
 * process (tsx --conditions=react-server, for the app's server-only modules):
 *
 *   1. a flash sale of CAP units (PER_CUSTOMER each) on one variant whose stock
 *      is raised well above the demand, so only the sale's cap can refuse;
 *   2. N shoppers at the same moment, each with their own guest cart and
 *      e-mail, add the variant (every tenth adds 2, to try the per-customer
 *      limit) and place the order (lib/checkout/mutations.ts placeOrder, what
 *      the checkout action runs);
 *   3. the count: units sold by the sale (sold_count) = its claims, orders with
 *      the flash discount, shoppers holding more than PER_CUSTOMER, stock = start −
 *      units ordered, and p95 of the successes and of the refusals.
 *
 * It reports whatever the checkout does: before placeOrder claims flash units
 * (issue #11), every order is placed at the regular price and the sale sells 0.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, db, sqlClient } from "@/db";
import { variants } from "@/db/schema";
import { DEFAULT_COUNTRY } from "@/lib/addresses/countries";
import { addItem, createGuestCart } from "@/lib/cart/mutations";
import { placeOrder } from "@/lib/checkout/mutations";
import { setStockContext } from "@/lib/inventory/stock-context";
import { type Latency, latency, round1 } from "./stats";

const CAP = 20;
const PER_CUSTOMER = 1;

export type FlashSaleResults = {
  shoppers: number;
  cap: number;
  perCustomerLimit: number;
  /** wall time of the burst, from the first add to the last answer */
  seconds: number;
  /** adds and orders answered per second during the burst */
  requestsPerSecond: number;
  ordersPerSecond: number;
  latency: {
    /** whole shopper (add + place order) of those whose order got the flash price */
    success: Latency;
    /** whole shopper of those whose order was placed at the regular price (the sale had sold out when their cart was priced) */
    regularPrice: Latency;
    /** whole shopper of those refused */
    refusal: Latency;
    placeOrder: Latency;
    addToCart: Latency;
  };
  outcomes: Record<string, number>;
  sale: {
    soldCount: number;
    claims: number;
    claimedUnits: number;
    ordersWithFlashDiscount: number;
    shoppersOverLimit: number;
  };
  stock: { start: number; unitsOrdered: number; left: number };
  ok: boolean;
  problems: string[];
};

const { values: args } = parseArgs({
  options: {
    shoppers: { type: "string", default: "500" },
    out: { type: "string" },
  },
});
const SHOPPERS = Number(args.shoppers);

/** A variant of an active product, its stock raised to 2 × the demand, and a running flash sale on it at half price. */
async function prepareSale() {
  const sql = sqlClient();
  const [variant] = await sql<{ id: number; price: number }[]>`
    select v.id, v.price from variants v join products p on p.id = v.product_id
    where p.status = 'active' and v.price >= 200 order by random() limit 1`;
  const [method] = await sql<{ code: string }[]>`select code from shipping_methods where active order by price limit 1`;
  if (!variant || !method) throw new Error("The bench catalog has no priced variant or no shipping method");
  const stock = SHOPPERS * 4;
  await db.transaction(async (tx) => {
    await setStockContext(tx, { reason: "correction", note: "bench: flash-sale stock" });
    await tx.update(variants).set({ stock }).where(eq(variants.id, variant.id));
  });
  const [sale] = await sql<{ id: number; startedAt: string }[]>`
    insert into flash_sales (variant_id, sale_price, quantity_cap, per_customer_limit, starts_at, ends_at)
    values (${variant.id}, ${Math.floor(variant.price / 2)}, ${CAP}, ${PER_CUSTOMER}, now() - interval '1 second', now() + interval '1 hour')
    returning id, clock_timestamp()::text as "startedAt"`;
  return { variantId: variant.id, stock, saleId: sale!.id, startedAt: sale!.startedAt, shippingMethod: method.code };
}

type Prepared = Awaited<ReturnType<typeof prepareSale>>;
type Shot = { orderId: string | null; outcome: string; total: number; add: number; place: number | null };

async function shopper(i: number, run: string, sale: Prepared): Promise<Shot> {
  const began = performance.now();
  const cart = await createGuestCart();
  try {
    await addItem(cart, sale.variantId, i % 10 === 9 ? 2 : 1);
  } catch (e) {
    return { orderId: null, outcome: `refused at add: ${(e as Error).message}`, total: performance.now() - began, add: 0, place: null };
  }
  const added = performance.now();
  const placed = await placeOrder(
    {
      email: `flash-${run}-${i}@example.com`,
      shippingMethod: sale.shippingMethod,
      checkoutKey: randomUUID(),
      address: {
        fullName: "Flash Shopper",
        line1: "1 Burst Lane",
        city: "Springfield",
        postalCode: "12345",
        country: DEFAULT_COUNTRY,
        phone: "",
      },
      saveAddress: false,
    },
    { cartId: cart, userId: null },
  ).catch((e: unknown) => ({ ok: false as const, error: `error: ${(e as Error).message}` }));
  const done = performance.now();
  const outcome = placed.ok
    ? "order placed"
    : `refused: ${/just sold out/i.test(placed.error) ? "just sold out" : /limit|already/i.test(placed.error) ? "per-customer limit" : placed.error}`;
  return { orderId: placed.ok ? placed.order.id : null, outcome, total: done - began, add: added - began, place: done - added };
}

async function count(sale: Prepared) {
  const sql = sqlClient();
  const [row] = await sql<
    { soldCount: number; claims: number; claimedUnits: number; withDiscount: number; overLimit: number; stock: number; ordered: number }[]
  >`
    select
      (select sold_count from flash_sales where id = ${sale.saleId}) as "soldCount",
      (select count(*)::int from flash_sale_claims where flash_sale_id = ${sale.saleId} and released_at is null) as claims,
      (select coalesce(sum(quantity), 0)::int from flash_sale_claims where flash_sale_id = ${sale.saleId} and released_at is null) as "claimedUnits",
      (select count(distinct order_id)::int from order_discounts where flash_sale_id = ${sale.saleId}) as "withDiscount",
      (select count(*)::int from (
        select email from flash_sale_claims where flash_sale_id = ${sale.saleId} and released_at is null
        group by email having sum(quantity) > ${PER_CUSTOMER}) over) as "overLimit",
      (select stock from variants where id = ${sale.variantId}) as stock,
      (select coalesce(sum(ol.quantity), 0)::int from order_lines ol join orders o on o.id = ol.order_id
        where ol.variant_id = ${sale.variantId} and o.created_at >= ${sale.startedAt}::timestamptz) as ordered`;
  return row!;
}

try {
  const sale = await prepareSale();
  const run = Date.now().toString(36);
  const started = performance.now();
  const shots = await Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i, run, sale)));
  const seconds = (performance.now() - started) / 1000;

  const c = await count(sale);
  const discounted = new Set(
    (
      await sqlClient()<
        { orderId: string }[]
      >`select distinct order_id as "orderId" from order_discounts where flash_sale_id = ${sale.saleId}`
    ).map((r) => r.orderId),
  );
  const kind = (s: Shot) => (s.orderId === null ? "refused" : discounted.has(s.orderId) ? "flash" : "regular");
  for (const s of shots)
    if (kind(s) !== "refused") s.outcome = kind(s) === "flash" ? "placed at the flash price" : "placed at the regular price";
  const outcomes: Record<string, number> = {};
  for (const s of shots) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
  const problems: string[] = [];
  if (c.soldCount > CAP) problems.push(`sold ${c.soldCount} of a cap of ${CAP}`);
  if (c.soldCount !== c.claimedUnits) problems.push(`sold_count ${c.soldCount} but claims hold ${c.claimedUnits} units`);
  if (c.overLimit > 0) problems.push(`${c.overLimit} shoppers hold more than ${PER_CUSTOMER} unit(s)`);
  if (c.withDiscount !== c.claims) problems.push(`${c.withDiscount} orders carry the flash discount but ${c.claims} claims exist`);
  // Once the checkout claims flash units, 500 shoppers for 20 units must sell them all.
  if (c.claims > 0 && c.soldCount < CAP && SHOPPERS >= 2 * CAP) problems.push(`sold ${c.soldCount} of ${CAP} to ${SHOPPERS} shoppers`);
  if (c.stock !== sale.stock - c.ordered) problems.push(`stock ${c.stock}, expected ${sale.stock - c.ordered}`);
  const placed = shots.filter((s) => s.orderId !== null).length;
  const answered = shots.length + shots.filter((s) => s.place !== null).length;
  const result: FlashSaleResults = {
    shoppers: SHOPPERS,
    cap: CAP,
    perCustomerLimit: PER_CUSTOMER,
    seconds: round1(seconds),
    requestsPerSecond: round1(answered / seconds),
    ordersPerSecond: round1(placed / seconds),
    latency: {
      success: latency(shots.filter((s) => kind(s) === "flash").map((s) => s.total)),
      regularPrice: latency(shots.filter((s) => kind(s) === "regular").map((s) => s.total)),
      refusal: latency(shots.filter((s) => kind(s) === "refused").map((s) => s.total)),
      placeOrder: latency(shots.flatMap((s) => (s.place === null ? [] : [s.place]))),
      addToCart: latency(shots.map((s) => s.add)),
    },
    outcomes,
    sale: {
      soldCount: c.soldCount,
      claims: c.claims,
      claimedUnits: c.claimedUnits,
      ordersWithFlashDiscount: c.withDiscount,
      shoppersOverLimit: c.overLimit,
    },
    stock: { start: sale.stock, unitsOrdered: c.ordered, left: c.stock },
    ok: problems.length === 0,
    problems,
  };
  writeFileSync(args.out!, JSON.stringify(result, null, 2));
} finally {
  await closeDb();
}
