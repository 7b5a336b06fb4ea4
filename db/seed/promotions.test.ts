import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, type Database } from "../index";
import { seedDemoPromotions } from "./promotions";

class Rollback extends Error {}

describe("demo promotions (real PostgreSQL, rolled back so other tests never see them)", () => {
  it("adds WELCOME10, Spend 200 save 30 and a week's flash sale below the variant's price, once", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    let seen: unknown;
    await expect(
      db.transaction(async (tx) => {
        const t = tx as unknown as Database;
        const first = await seedDemoPromotions(t, now);
        const again = await seedDemoPromotions(t, now);
        const [promos] = await tx.execute<{ n: number }>(
          sql`select count(*)::int as n from promotions where code = 'WELCOME10' or name = 'Spend 200, save 30'`,
        );
        const sales = await tx.execute<{
          sale_price: number;
          price: number;
          quantity_cap: number;
          per_customer_limit: number;
          ends_at: string;
        }>(
          sql`select f.sale_price, v.price, f.quantity_cap, f.per_customer_limit, f.ends_at from flash_sales f join variants v on v.id = f.variant_id
               where f.starts_at = ${now.toISOString()}::timestamptz`,
        );
        seen = { first: first.length, again, promos: promos!.n, sales: sales.length, sale: sales[0] };
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(seen).toMatchObject({ first: 3, again: [], promos: 2, sales: 1, sale: { quantity_cap: 20, per_customer_limit: 1 } });
    const sale = (seen as { sale: { sale_price: number; price: number; ends_at: string } }).sale;
    expect(sale.sale_price).toBeLessThan(sale.price);
    expect(new Date(sale.ends_at).getTime() - now.getTime()).toBe(7 * 86_400_000);
  });
});
