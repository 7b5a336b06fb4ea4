// No "server-only" here: the job runner calls it with the app's database and mailer, and the
// browser test (e2e/shop/back-in-stock.spec.ts) runs it against the test database.
import { inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { stockArrivals, stockSubscriptions, type ProductOption } from "@/db/schema";
import { variantTitle } from "@/lib/catalog/variant-title";
import type { Mail } from "@/lib/mail/send";
import { backInStockMail } from "./mail";
import { DEFAULT_BACK_IN_STOCK_MULTIPLE, notifyQuota } from "./rules";

/** Arrivals handled per sweep (a backlog is worked off over the next sweeps). */
const BATCH = 100;

export type NotifyDeps = { db: Database; deliver: (mail: Mail, tx: Tx) => Promise<void>; siteUrl: string; shop: string };

type Arrival = { id: number; variantId: number; units: number };
type Target = {
  variantId: number;
  stock: number;
  active: boolean;
  slug: string;
  title: string;
  options: ProductOption[];
  values: Record<string, string>;
};

/**
 * Turns stock arrivals (queued by the trigger on `variants`) into back-in-stock
 * e-mails: per variant, the oldest waiting subscribers first, at most
 * notifyQuota(units, stock now, the store's multiple), each marked notified.
 * Arrivals and subscriptions are claimed FOR UPDATE SKIP LOCKED and marked in
 * the same transaction, so two instances running it at once never e-mail a
 * subscriber twice. An arrival is used up either way: stock sold again before
 * the job ran, or a product no longer on sale, tells nobody. Returns the e-mails sent.
 */
export async function notifyBackInStock({ db, deliver, siteUrl, shop }: NotifyDeps): Promise<number> {
  return db.transaction(async (tx) => {
    const arrivals = await tx.execute<Arrival>(sql`
      select id, variant_id as "variantId", units from stock_arrivals
      order by id limit ${BATCH}
      for update skip locked`);
    if (arrivals.length === 0) return 0;
    const [settings] = await tx.execute<{ multiple: number }>(
      sql`select back_in_stock_multiple as multiple from store_settings where id = 1`,
    );
    const multiple = settings?.multiple ?? DEFAULT_BACK_IN_STOCK_MULTIPLE;
    const units = new Map<number, number>();
    for (const a of arrivals) units.set(a.variantId, (units.get(a.variantId) ?? 0) + a.units);

    let sent = 0;
    for (const [variantId, arrived] of units) {
      const [target] = await tx.execute<Target>(sql`
        select v.id as "variantId", v.stock, p.status = 'active' as active, p.slug, p.title, p.options, v.option_values as values
        from variants v join products p on p.id = v.product_id where v.id = ${variantId}`);
      if (!target?.active) continue;
      const quota = notifyQuota(arrived, target.stock, multiple);
      if (quota === 0) continue;
      const subscribers = await tx.execute<{ id: number; email: string }>(sql`
        select id, email from stock_subscriptions
        where variant_id = ${variantId} and notified_at is null
        order by created_at, id limit ${quota}
        for update skip locked`);
      if (subscribers.length === 0) continue;
      const item = { variantId, slug: target.slug, title: target.title, variant: variantTitle(target.options, target.values) };
      for (const s of subscribers) await deliver(backInStockMail(s.email, item, siteUrl, shop), tx);
      const ids = subscribers.map((s) => Number(s.id));
      await tx
        .update(stockSubscriptions)
        .set({ notifiedAt: sql`now()` })
        .where(inArray(stockSubscriptions.id, ids));
      sent += subscribers.length;
    }
    const done = arrivals.map((a) => Number(a.id));
    await tx.delete(stockArrivals).where(inArray(stockArrivals.id, done));
    return sent;
  });
}
