import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../index";
import * as schema from "../schema";
import { PRODUCTS } from "./catalog-data";
import { ZH_PROMOTIONS } from "./zh";

const DAY = 86_400_000;

/**
 * The demo shop's promotions, for the embedded demo database and `npm run seed` (never the test
 * databases, whose totals must not move): coupon WELCOME10, an automatic "Spend 200, save 30" and a
 * week-long flash sale on one demo variant. Each is added only when missing, so running it again changes nothing.
 */
export async function seedDemoPromotions(db: Database, now = new Date()): Promise<string[]> {
  const added: string[] = [];
  const welcome = await db
    .insert(schema.promotions)
    .values({
      name: "WELCOME10",
      code: "WELCOME10",
      type: "percent_off",
      amount: 10,
      minSpend: 5000,
      perCustomerLimit: 1,
      usageLimit: 500,
      startsAt: now,
      endsAt: new Date(now.getTime() + 30 * DAY),
    })
    .onConflictDoNothing()
    .returning({ id: schema.promotions.id });
  if (welcome.length) added.push("coupon WELCOME10");

  const name = "Spend 200, save 30";
  const [existing] = await db
    .select({ id: schema.promotions.id })
    .from(schema.promotions)
    .where(and(eq(schema.promotions.name, name), isNull(schema.promotions.code)));
  if (!existing) {
    await db.insert(schema.promotions).values({
      name,
      translations: { "zh-CN": { name: ZH_PROMOTIONS[name] } },
      type: "spend_save",
      tiers: [
        { spend: 10000, save: 1000 },
        { spend: 20000, save: 3000 },
      ],
    });
    added.push(`"${name}"`);
  }

  // The hand-written product variant with the most stock.
  const [variant] = await db
    .select({ id: schema.variants.id, sku: schema.variants.sku, price: schema.variants.price })
    .from(schema.variants)
    .innerJoin(schema.products, eq(schema.products.id, schema.variants.productId))
    .where(
      and(
        inArray(
          schema.products.slug,
          PRODUCTS.slice(0, 12).map((p) => p.slug),
        ),
        eq(schema.products.status, "active"),
        sql`${schema.variants.stock} > 0 and ${schema.variants.price} >= 200`,
      ),
    )
    .orderBy(desc(schema.variants.stock), schema.variants.id)
    .limit(1);
  if (variant) {
    const [sale] = await db
      .select({ id: schema.flashSales.id })
      .from(schema.flashSales)
      .where(eq(schema.flashSales.variantId, variant.id))
      .limit(1);
    if (!sale) {
      const salePrice = Math.min(variant.price - 1, Math.max(1, Math.round((variant.price * 0.6) / 100) * 100 - 10));
      await db.insert(schema.flashSales).values({
        variantId: variant.id,
        salePrice,
        quantityCap: 20,
        perCustomerLimit: 1,
        startsAt: now,
        endsAt: new Date(now.getTime() + 7 * DAY),
      });
      added.push(`flash sale on ${variant.sku}`);
    }
  }
  return added;
}
