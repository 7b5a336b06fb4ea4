import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { mailOutbox, products, stockArrivals, stockSubscriptions, variants } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { adjustStock } from "@/lib/inventory/mutations";
import { cancelOrder } from "@/lib/orders/mutations";
import { checkoutInput, createTestCart, createTestUser, createTestVariant } from "@/lib/orders/testing";
import { emailBackInStock } from "./job";
import { subscribeToVariant } from "./mutations";

let n = 0;
const tag = () => `${Date.now().toString(36)}-${process.pid}-${++n}`;

/** `count` subscribers of the variant, subscribed in this order. */
async function subscribe(variantId: number, count: number): Promise<string[]> {
  const t = tag();
  const emails = Array.from({ length: count }, (_, i) => `bis-${t}-${i}@example.com`);
  for (const email of emails) expect(await subscribeToVariant(variantId, email, null)).toEqual({ ok: true, inStock: false });
  return emails;
}

/** How many back-in-stock e-mails each address got. */
async function mailsTo(emails: string[]): Promise<Record<string, number>> {
  const rows = await db
    .select({ to: mailOutbox.to })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.to, emails), eq(mailOutbox.template, "back-in-stock")));
  const counts = Object.fromEntries(emails.map((e) => [e, 0]));
  for (const r of rows) counts[r.to] = (counts[r.to] ?? 0) + 1;
  return counts;
}

const counts = (emails: string[], each: number[]) => Object.fromEntries(emails.map((e, i) => [e, each[i]]));

describe("back in stock (real PostgreSQL)", () => {
  it("e-mails the oldest subscribers, units × the multiple (3), then the rest when more stock arrives", async () => {
    const staff = await createTestUser();
    const { variantId, productId } = await createTestVariant({ price: 900, stock: 0 });
    const emails = await subscribe(variantId, 5);

    expect(await adjustStock({ variantId, adjustment: 1, reason: "received" }, staff)).toMatchObject({ ok: true, stock: 1 });
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [1, 1, 1, 0, 0]));
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, emails[0]!));
    const [product] = await db.select({ slug: products.slug, title: products.title }).from(products).where(eq(products.id, productId));
    expect(mail!.subject).toBe(`Back in stock: ${product!.title}`);
    expect(mail!.text).toContain(`/p/${product!.slug}?variant=${variantId}`);

    // Nothing new arrived: another sweep sends nothing.
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [1, 1, 1, 0, 0]));

    expect(await adjustStock({ variantId, adjustment: 1, reason: "received" }, staff)).toMatchObject({ ok: true, stock: 2 });
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [1, 1, 1, 1, 1]));
    const pending = await db
      .select()
      .from(stockSubscriptions)
      .where(and(eq(stockSubscriptions.variantId, variantId), isNull(stockSubscriptions.notifiedAt)));
    expect(pending).toHaveLength(0);
  });

  it("two sweeps at once e-mail each subscriber exactly once", async () => {
    const staff = await createTestUser();
    const { variantId } = await createTestVariant({ price: 900, stock: 0 });
    const emails = await subscribe(variantId, 8);
    // Two arrivals of one unit each, so both sweeps have something to claim.
    await adjustStock({ variantId, adjustment: 1, reason: "received" }, staff);
    await adjustStock({ variantId, adjustment: 1, reason: "received" }, staff);
    await Promise.all([emailBackInStock(), emailBackInStock(), emailBackInStock()]);
    const got = await mailsTo(emails);
    // 2 units × 3: the six oldest, once each.
    expect(got).toEqual(counts(emails, [1, 1, 1, 1, 1, 1, 0, 0]));
  });

  it("stock put back by a cancelled order tells the waiting shoppers too", async () => {
    const { variantId } = await createTestVariant({ price: 900, stock: 1 });
    const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 1 }]), userId: null });
    if (!placed.ok) throw new Error(placed.error);
    const emails = await subscribe(variantId, 1);
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [0]));

    expect(await cancelOrder(placed.order.id, null)).toMatchObject({ ok: true });
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [1]));
  });

  it("sends nothing while the stock stays at 0, or when it sold out again before the sweep", async () => {
    const staff = await createTestUser();
    const { variantId } = await createTestVariant({ price: 900, stock: 0 });
    const emails = await subscribe(variantId, 2);
    // Writes that do not raise the stock queue nothing.
    await db.update(variants).set({ price: 950 }).where(eq(variants.id, variantId));
    expect(await db.select().from(stockArrivals).where(eq(stockArrivals.variantId, variantId))).toHaveLength(0);
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [0, 0]));

    await adjustStock({ variantId, adjustment: 1, reason: "received" }, staff);
    await adjustStock({ variantId, adjustment: -1, reason: "damaged" }, staff);
    await emailBackInStock();
    expect(await mailsTo(emails)).toEqual(counts(emails, [0, 0]));
    expect(await db.select().from(stockArrivals).where(eq(stockArrivals.variantId, variantId))).toHaveLength(0);
  });

  it("keeps one pending subscription per address and takes none for a variant in stock", async () => {
    const { variantId } = await createTestVariant({ price: 900, stock: 0 });
    const email = `bis-${tag()}@example.com`;
    expect(await subscribeToVariant(variantId, email, null)).toEqual({ ok: true, inStock: false });
    expect(await subscribeToVariant(variantId, email, null)).toEqual({ ok: true, inStock: false });
    expect(await db.select().from(stockSubscriptions).where(eq(stockSubscriptions.variantId, variantId))).toHaveLength(1);

    const inStock = await createTestVariant({ price: 900, stock: 3 });
    expect(await subscribeToVariant(inStock.variantId, email, null)).toEqual({ ok: true, inStock: true });
    expect(await db.select().from(stockSubscriptions).where(eq(stockSubscriptions.variantId, inStock.variantId))).toHaveLength(0);
  });
});
