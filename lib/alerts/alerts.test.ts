import { and, eq, gte, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { mailOutbox, staffAlerts, users, variants } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { adjustStock } from "@/lib/inventory/mutations";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, paidOrder } from "@/lib/orders/testing";
import { emailPendingAlerts } from "./dispatch";
import { markAlertRead, markAllAlertsRead, saveAlertPreferences } from "./mutations";
import { countUnreadAlerts, listAlerts } from "./queries";
import { raiseAlert, raiseThrottledAlert } from "./raise";
import { resolvePreferences } from "./kinds";

let n = 0;
const tag = () => `${Date.now().toString(36)}-${process.pid}-${++n}`;

async function createStaff(role: "staff" | "admin" = "staff"): Promise<{ id: string; email: string }> {
  const id = await createTestUser();
  const [row] = await db.update(users).set({ role }).where(eq(users.id, id)).returning({ email: users.email });
  return { id, email: row!.email };
}

const lowStockAlerts = (variantId: number) =>
  db
    .select()
    .from(staffAlerts)
    .where(and(eq(staffAlerts.kind, "low_stock"), eq(staffAlerts.href, `/admin/inventory/${variantId}`)));

describe("merchant alerts (real PostgreSQL)", () => {
  it("low stock alerts once per crossing of the threshold, whoever changes the stock", async () => {
    const staff = await createTestUser();
    const { variantId, title } = await createTestVariant({ price: 500, stock: 6 });
    // Its own threshold, so another file changing the store default does not matter here.
    await db.update(variants).set({ lowStockThreshold: 3 }).where(eq(variants.id, variantId));

    // Checkout sells 6 → 4: still above.
    const sell = async (quantity: number) => {
      const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity }]), userId: null });
      expect(placed.ok).toBe(true);
    };
    await sell(2);
    expect(await lowStockAlerts(variantId)).toHaveLength(0);
    await sell(1); // 4 → 3: crosses
    await sell(1); // 3 → 2: already below, no new alert
    let alerts = await lowStockAlerts(variantId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      title: `Low stock: ${title} (SKU-${title.replace("Test product ", "")})`,
      body: "3 left; the low-stock threshold is 3.",
    });

    // Restocked above the threshold, then down again by an adjustment: a second crossing.
    expect(await adjustStock({ variantId, adjustment: 8, reason: "received" }, staff)).toMatchObject({ ok: true, stock: 10 });
    expect(await lowStockAlerts(variantId)).toHaveLength(1);
    expect(await adjustStock({ variantId, adjustment: -10, reason: "damaged" }, staff)).toMatchObject({ ok: true, stock: 0 });
    alerts = await lowStockAlerts(variantId);
    expect(alerts).toHaveLength(2);
    expect(alerts.map((a) => a.title.split(":")[0]).sort()).toEqual(["Low stock", "Sold out"]);
  });

  it("a variant without its own threshold uses the store default", async () => {
    const { variantId } = await createTestVariant({ price: 500, stock: 1000 });
    // Far above any default (0..100000 in the form but 5 in tests), then to zero: one crossing whatever the default is.
    await db.update(variants).set({ stock: 0 }).where(eq(variants.id, variantId));
    expect(await lowStockAlerts(variantId)).toHaveLength(1);
  });

  it("a paid order raises one alert, in the payment's transaction", async () => {
    const { order } = await paidOrder("test", { quantity: 1 });
    const rows = await db
      .select()
      .from(staffAlerts)
      .where(eq(staffAlerts.href, `/admin/orders/${order.number}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kind).toBe("order_paid");
  });

  it("the bell counts unread alerts of the kinds a staff member keeps in it; reading and Mark all as read clear them", async () => {
    const staff = await createStaff();
    const before = await countUnreadAlerts(staff.id);
    const t = tag();
    await raiseAlert(db, { kind: "product_question", title: `Question ${t}`, href: "/admin" });
    await raiseAlert(db, { kind: "return_requested", title: `Return ${t}`, href: "/admin" });
    const mine = async () => (await listAlerts(staff.id)).alerts.filter((a) => a.title.endsWith(t));

    expect((await mine()).map((a) => [a.title, a.read])).toEqual([
      [`Return ${t}`, false],
      [`Question ${t}`, false],
    ]);
    // Other files raise alerts meanwhile: the count grows by at least ours (it is capped at 100).
    if (before < 98) expect(await countUnreadAlerts(staff.id)).toBeGreaterThanOrEqual(before + 2);

    // Bell off for questions: they leave the list and the count.
    await saveAlertPreferences(staff.id, resolvePreferences([{ kind: "product_question", bell: false, email: true }]));
    expect((await mine()).map((a) => a.title)).toEqual([`Return ${t}`]);

    await markAlertRead(staff.id, (await mine())[0]!.id);
    await markAlertRead(staff.id, (await mine())[0]!.id); // twice: no error
    expect((await mine())[0]!.read).toBe(true);

    await raiseAlert(db, { kind: "low_stock", title: `Low ${t}`, href: "/admin" });
    expect(await markAllAlertsRead(staff.id)).toBeGreaterThanOrEqual(1);
    expect((await mine()).every((a) => a.read)).toBe(true);
    // Another staff member still has them unread.
    const other = await createStaff();
    expect((await listAlerts(other.id)).alerts.filter((a) => a.title.endsWith(t)).every((a) => !a.read)).toBe(true);
  });

  it("e-mails each alert once, to the staff who want its kind, from the job; two sweeps at once send it once", async () => {
    const wants = await createStaff("admin");
    const optedOut = await createStaff();
    const customer = { id: await createTestUser() };
    await saveAlertPreferences(optedOut.id, resolvePreferences([{ kind: "product_question", bell: true, email: false }]));
    const t = tag();
    const title = `Question about the teapot ${t}`;
    await raiseAlert(db, { kind: "product_question", title, body: "Is it dishwasher safe?", href: "/admin/products" });
    const [alert] = await db.select().from(staffAlerts).where(eq(staffAlerts.title, title));
    expect(alert!.emailedAt).toBeNull();

    // Sweeps work off the oldest first, 50 at a time: sweep until ours is sent (others' alerts may be pending too).
    for (let i = 0; i < 40; i++) {
      await Promise.all([emailPendingAlerts(), emailPendingAlerts()]);
      const [row] = await db.select({ emailedAt: staffAlerts.emailedAt }).from(staffAlerts).where(eq(staffAlerts.id, alert!.id));
      if (row!.emailedAt) break;
    }
    const sent = await db
      .select({ to: mailOutbox.to, text: mailOutbox.text })
      .from(mailOutbox)
      .where(like(mailOutbox.subject, `%${title}`));
    expect(sent.filter((m) => m.to === wants.email)).toHaveLength(1);
    expect(sent[0]!.text).toContain("Is it dishwasher safe?");
    expect(sent[0]!.text).toContain("/admin/products");
    const [customerRow] = await db.select({ email: users.email }).from(users).where(eq(users.id, customer.id));
    expect(sent.map((m) => m.to)).not.toContain(optedOut.email);
    expect(sent.map((m) => m.to)).not.toContain(customerRow!.email);
    await emailPendingAlerts();
    expect(await db.$count(mailOutbox, sql`${mailOutbox.subject} like ${`%${title}`} and ${mailOutbox.to} = ${wants.email}`)).toBe(1);
  });

  it("throttles payment_failed alerts to one a minute, even when raised concurrently", async () => {
    const t = tag();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => raiseThrottledAlert(db, { kind: "payment_failed", title: `Refused ${t} ${i}`, href: "/admin" })),
    );
    // Another file may have raised this minute's already: at most one of ours.
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const rows = await db
      .select({ id: staffAlerts.id })
      .from(staffAlerts)
      .where(and(eq(staffAlerts.kind, "payment_failed"), sql`${staffAlerts.createdAt} >= date_trunc('minute', now())`));
    expect(rows.length).toBeLessThanOrEqual(2); // this minute, and perhaps the start of the next one
  });
});

describe("payment webhook alerts (real PostgreSQL)", () => {
  it("a flood of forged webhooks is refused and raises at most one alert this minute", async () => {
    const { POST } = await import("@/app/api/payments/test/webhook/route");
    const forged = () =>
      POST(
        new Request("http://shop.test/api/payments/test/webhook", {
          method: "POST",
          body: JSON.stringify({ eventId: "evt_forged", type: "payment.succeeded", reference: "tg_nope", amount: 1, currency: "USD" }),
          headers: { "mercato-signature": "t=1,v1=00" },
        }),
      );
    const since = new Date(Date.now() - 1000);
    const answers = await Promise.all(Array.from({ length: 20 }, forged));
    expect(answers.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    const rows = await db
      .select({ title: staffAlerts.title })
      .from(staffAlerts)
      .where(and(eq(staffAlerts.kind, "payment_failed"), gte(staffAlerts.createdAt, since)));
    // One for this minute (or none if another file's alert came first this minute; two if the minute turned).
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.every((r) => r.title === "A test payment webhook was refused" || r.title.startsWith("Refused"))).toBe(true);
  });
});
