import { testDb } from "./db";

export type TestFlashSale = { id: number; startsAt: Date; endsAt: Date };

/** A flash sale of `variantId` written straight to the database (the back office's form is tested on its own). */
export async function createTestFlashSale(
  variantId: number,
  opts: {
    salePrice: number;
    startsInMinutes: number;
    lastsMinutes: number;
    quantityCap?: number;
    soldCount?: number;
    perCustomerLimit?: number;
  },
): Promise<TestFlashSale> {
  const startsAt = new Date(Date.now() + opts.startsInMinutes * 60_000);
  const endsAt = new Date(startsAt.getTime() + opts.lastsMinutes * 60_000);
  const [row] = await testDb()<{ id: number }[]>`
    insert into flash_sales (variant_id, sale_price, quantity_cap, sold_count, per_customer_limit, starts_at, ends_at)
    values (${variantId}, ${opts.salePrice}, ${opts.quantityCap ?? 20}, ${opts.soldCount ?? 0}, ${opts.perCustomerLimit ?? 1}, ${startsAt}, ${endsAt})
    returning id`;
  return { id: row!.id, startsAt, endsAt };
}

/** The only variant of a product made by createTestProduct. */
export async function variantOf(productId: number): Promise<number> {
  const [row] = await testDb()<{ id: number }[]>`select id from variants where product_id = ${productId} order by id limit 1`;
  return row!.id;
}
