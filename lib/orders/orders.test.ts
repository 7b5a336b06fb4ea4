import { eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { mailOutbox, orderEvents, orders, products, staffAlerts } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { cancelExpiredOrders } from "./mutations/expiry";
import { approveRefund, cancelOrder, confirmReceipt, markDelivered, requestRefund, shipOrder, staffCancelOrder } from "./mutations";
import { BOOK_PAYMENTS_TASK, bookPayments, bookPaymentsBatch } from "./mutations/after-payment";
import { markOrderPaid, notifyOrderStatus } from "./mutations/payment";
import { getOrderForViewer, listOrdersForUser } from "./queries";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, stockOf } from "./testing";

async function place(opts: { stock?: number; quantity?: number; userId?: string | null; email?: string } = {}) {
  const { variantId, productId } = await createTestVariant({ price: 1000, stock: opts.stock ?? 10 });
  const userId = opts.userId ?? null;
  const cartId = await createTestCart([{ variantId, quantity: opts.quantity ?? 2 }], userId);
  const result = await placeOrder(checkoutInput({ email: opts.email ?? "buyer@example.com" }), { cartId, userId });
  if (!result.ok) throw new Error(result.error);
  return { ...result.order, variantId, productId };
}

async function statusOf(orderId: string) {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row!.status;
}

async function eventsOf(orderId: string) {
  return db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
}

const pay = (o: { id: string; total: number; currency: string }, amount = o.total) =>
  db.transaction((tx) => markOrderPaid(tx, { orderId: o.id, provider: "test", reference: `ref-${o.id}`, amount, currency: o.currency }));

describe("who may see an order", () => {
  it("its owner and a guest holding it in the cookie; nobody else, and no guessed number", async () => {
    const owner = await createTestUser();
    const mine = await place({ userId: owner });
    expect((await getOrderForViewer(mine.number, { userId: owner, guestOrderIds: [], guestFullOrderIds: [] }))?.id).toBe(mine.id);
    const stranger = await createTestUser();
    expect(await getOrderForViewer(mine.number, { userId: stranger, guestOrderIds: [], guestFullOrderIds: [] })).toBeNull();
    expect(await getOrderForViewer(mine.number, { userId: null, guestOrderIds: [], guestFullOrderIds: [] })).toBeNull();

    const guest = await place();
    expect(await getOrderForViewer(guest.number, { userId: null, guestOrderIds: [], guestFullOrderIds: [] })).toBeNull();
    expect(await getOrderForViewer(guest.number, { userId: stranger, guestOrderIds: [mine.id], guestFullOrderIds: [mine.id] })).toBeNull();
    const seen = await getOrderForViewer(guest.number, { userId: null, guestOrderIds: [guest.id], guestFullOrderIds: [guest.id] });
    expect(seen).toMatchObject({ number: guest.number, status: "pending_payment", shopperActions: ["cancel"] });
    expect(seen!.lines).toHaveLength(1);
    expect(seen!.events.map((e) => e.toStatus)).toEqual(["pending_payment"]);

    expect(seen!.canChange).toBe(true);

    expect(await getOrderForViewer("MC-2020-999999", { userId: owner, guestOrderIds: [], guestFullOrderIds: [] })).toBeNull();
    expect(await getOrderForViewer("not-a-number", { userId: owner, guestOrderIds: [], guestFullOrderIds: [] })).toBeNull();
    expect((await listOrdersForUser(owner)).map((o) => o.number)).toEqual([mine.number]);
    expect((await listOrdersForUser(owner))[0]).toMatchObject({ itemCount: 2, status: "pending_payment" });
  });
});

describe("a guest who found the order through /track", () => {
  it("sees it but may change nothing: no actions, canChange false (the account or the e-mail's link may)", async () => {
    const guest = await place();
    const tracked = await getOrderForViewer(guest.number, { userId: null, guestOrderIds: [guest.id], guestFullOrderIds: [] });
    expect(tracked).toMatchObject({ number: guest.number, canChange: false, shopperActions: [] });
    const placedHere = await getOrderForViewer(guest.number, { userId: null, guestOrderIds: [guest.id], guestFullOrderIds: [guest.id] });
    expect(placedHere).toMatchObject({ canChange: true, shopperActions: ["cancel"] });
  });
});

describe("order lifecycle (real PostgreSQL)", () => {
  it("cancelling releases the stock exactly once, even when two cancels race", async () => {
    const o = await place({ stock: 10, quantity: 3 });
    expect(await stockOf(o.variantId)).toBe(7);
    const [a, b] = await Promise.all([cancelOrder(o.id, null), cancelOrder(o.id, null)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await stockOf(o.variantId)).toBe(10);
    expect(await statusOf(o.id)).toBe("cancelled");
    const again = await cancelOrder(o.id, null);
    expect(again).toEqual({ ok: false, error: "This order is cancelled, so it can no longer be cancelled." });
    expect(await stockOf(o.variantId)).toBe(10);
    expect((await eventsOf(o.id)).filter((e) => e.toStatus === "cancelled")).toHaveLength(1);
  });

  it("a payment marks the order paid once, its booking counts the sales once, and a wrong amount is refused", async () => {
    const o = await place({ quantity: 2 });
    const salesOf = async () => (await db.select({ n: products.salesCount }).from(products).where(eq(products.id, o.productId)))[0]!.n;
    const before = await salesOf();
    expect(await pay(o, o.total - 1)).toBe("amount-mismatch");
    expect(await statusOf(o.id)).toBe("pending_payment");
    expect(await pay(o)).toBe("paid");
    expect(await pay(o)).toBe("not-pending");
    // The payment queued its booking (the invoice, the sales counts): the job adds the units, once.
    expect(await salesOf()).toBe(before);
    const [queued] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = ${BOOK_PAYMENTS_TASK}`,
    );
    expect(queued!.n).toBeGreaterThan(0);
    expect(await bookPaymentsBatch({ orderIds: [o.id] })).toEqual({ booked: 1, failed: 0 });
    expect(await bookPaymentsBatch({ orderIds: [o.id] })).toEqual({ booked: 0, failed: 0 });
    expect((await salesOf()) - before).toBe(2);
    const [row] = await db.select().from(orders).where(eq(orders.id, o.id));
    expect(row!.paidAt).toBeInstanceOf(Date);
    expect((await eventsOf(o.id)).filter((e) => e.toStatus === "paid")).toEqual([
      expect.objectContaining({ actor: "payment", fromStatus: "pending_payment" }),
    ]);
    // A paid order cannot be cancelled by the shopper any more.
    expect((await cancelOrder(o.id, null)).ok).toBe(false);
  });

  it("one booking at a time, and an instance that dies mid-booking holds nobody up", async () => {
    const o = await place();
    expect(await pay(o)).toBe("paid");
    // Another instance is booking: it holds the lock on a connection of its own.
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await other`select pg_advisory_lock(hashtext('mercato.book-payments'))`;
    expect(await bookPaymentsBatch({ orderIds: [o.id], wait: false })).toEqual({ booked: 0, failed: 0, busy: true });
    expect(await bookPayments()).toBe(0); // the job returns at once: the running booking books what is due
    const due = async () => (await db.select({ due: orders.bookingDue }).from(orders).where(eq(orders.id, o.id)))[0]!.due;
    expect(await due()).toBe(true);
    // It dies (its connection is gone, as when the process is killed): the lock goes with it.
    await other.end({ timeout: 0 });
    expect(await bookPaymentsBatch({ orderIds: [o.id], wait: false })).toEqual({ booked: 1, failed: 0 });
    expect(await due()).toBe(false);
  });

  it("a payment for an order already cancelled is recorded as owing a refund", async () => {
    const o = await place();
    await cancelOrder(o.id, null);
    expect(await pay(o)).toBe("not-pending");
    expect(await statusOf(o.id)).toBe("cancelled");
    const last = (await eventsOf(o.id)).at(-1)!;
    expect(last).toMatchObject({ actor: "payment", toStatus: null });
    expect(last.note).toMatch(/refund is due/);
  });

  it("a second payment of an order already paid (two provider sessions both paid) is noted as owing a refund, and staff alerted", async () => {
    const o = await place();
    expect(await pay(o)).toBe("paid");
    const second = await db.transaction((tx) =>
      markOrderPaid(tx, { orderId: o.id, provider: "stripe", reference: `cs_second_${o.id}`, amount: o.total, currency: o.currency }),
    );
    expect(second).toBe("not-pending");
    expect(await statusOf(o.id)).toBe("paid");
    const last = (await eventsOf(o.id)).at(-1)!;
    expect(last).toMatchObject({ actor: "payment", toStatus: null, actorId: `stripe:cs_second_${o.id}` });
    expect(last.note).toBe(`Payment of ${o.total} ${o.currency} received for an order already paid (a second payment): a refund is due`);
    const [alert] = await db
      .select({ kind: staffAlerts.kind, href: staffAlerts.href })
      .from(staffAlerts)
      .where(eq(staffAlerts.title, `Order ${o.number}: a payment to refund`));
    expect(alert).toEqual({ kind: "payment_failed", href: `/admin/orders/${o.number}` });
  });

  it("goes paid → shipped → delivered → completed, then a refund request with its reason, then refunded, with e-mails", async () => {
    const staff = await createTestUser();
    const o = await place({ email: `life-${Date.now()}@example.com` });
    await pay(o);
    expect((await confirmReceipt(o.id, null)).ok).toBe(false);
    expect(await shipOrder(o.id, staff, { carrier: "DHL", trackingNumber: "JD0001" })).toMatchObject({ ok: true, to: "shipped" });
    expect(await markDelivered(o.id, staff)).toMatchObject({ ok: true, to: "delivered" });
    expect(await confirmReceipt(o.id, null)).toMatchObject({ ok: true, to: "completed" });
    expect(await requestRefund(o.id, null, "Arrived cracked")).toMatchObject({ ok: true, to: "refund_requested" });
    expect(await approveRefund(o.id, staff)).toMatchObject({ ok: true, to: "refunded" });
    const [row] = await db.select().from(orders).where(eq(orders.id, o.id));
    expect(row).toMatchObject({ carrier: "DHL", trackingNumber: "JD0001", refundReason: "Arrived cracked", status: "refunded" });
    const events = await eventsOf(o.id);
    expect(events.map((e) => `${e.actor}:${e.toStatus}`)).toEqual([
      "shopper:pending_payment",
      "payment:paid",
      "staff:shipped",
      "staff:delivered",
      "shopper:completed",
      "shopper:refund_requested",
      "staff:refunded",
    ]);
    await notifyOrderStatus(o.id); // what the webhook does after its commit; here for the "paid" step it would be "paid"
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, row!.email)).orderBy(mailOutbox.id);
    expect(mails.map((m) => m.template)).toEqual(["order-shipped", "order-refunded", "order-refunded"]);
    expect(mails[0]!.text).toContain(o.number);
    expect(mails[0]!.text).toContain("JD0001");
    expect(mails[0]!.text).toContain("/track");
    // The guest's full link manages the order: held (no SMTP here) until delivery, redacted from the stored text.
    expect(mails[0]!.unsentText).toContain(`/orders/${o.number}/access?k=`);
    expect(mails[0]!.text).not.toContain("/access?k=");
    expect(mails[0]!.text).toContain("[redacted]");
  });

  it("with the refund permission, a paid order can be cancelled: stock comes back and the refund due is noted", async () => {
    const staff = await createTestUser();
    const o = await place({ stock: 5, quantity: 1 });
    await pay(o);
    expect(await stockOf(o.variantId)).toBe(4);
    expect(await staffCancelOrder(o.id, staff, undefined, undefined, { mayRefund: true })).toMatchObject({ ok: true, to: "cancelled" });
    expect(await stockOf(o.variantId)).toBe(5);
    expect((await eventsOf(o.id)).at(-1)!.note).toMatch(/refund is due/);
  });
});

describe("cancelExpiredOrders", () => {
  it("cancels only orders past their payment time, once each, even with two sweeps at once", async () => {
    const due = await Promise.all([
      place({ stock: 10, quantity: 2 }),
      place({ stock: 10, quantity: 1 }),
      place({ stock: 10, quantity: 4 }),
    ]);
    const fresh = await place({ stock: 10, quantity: 2 });
    const paid = await place({ stock: 10, quantity: 2 });
    await pay(paid);
    const past = new Date(Date.now() - 60_000);
    for (const o of [...due, paid]) await db.update(orders).set({ paymentDueAt: past }).where(eq(orders.id, o.id));

    const sweptAt = Date.now();
    await Promise.all([cancelExpiredOrders(new Date()), cancelExpiredOrders(new Date())]);
    for (const o of due) {
      expect(await statusOf(o.id)).toBe("cancelled");
      expect(await stockOf(o.variantId)).toBe(10);
      const cancels = (await eventsOf(o.id)).filter((e) => e.toStatus === "cancelled");
      expect(cancels).toEqual([expect.objectContaining({ actor: "system", note: "Payment not received in time" })]);
    }
    expect(await statusOf(fresh.id)).toBe("pending_payment");
    expect(await stockOf(fresh.variantId)).toBe(8);
    expect(await statusOf(paid.id)).toBe("paid");
    expect(await stockOf(paid.variantId)).toBe(8);
    // Their product pages are revalidated (the stock came back), the others' not.
    const revalidated = await db.execute<{ tag: string }>(
      sql`select tag from cache_tag_revalidations where revalidated_at >= ${sweptAt}::bigint and tag like 'product:test-%'`,
    );
    const slugsOf = async (ids: number[]) =>
      (await db.select({ slug: products.slug }).from(products).where(inArray(products.id, ids))).map((p) => `product:${p.slug}`);
    const tags = revalidated.map((r) => r.tag);
    expect(tags).toEqual(expect.arrayContaining(await slugsOf(due.map((o) => o.productId))));
    for (const tag of await slugsOf([fresh.productId, paid.productId])) expect(tags).not.toContain(tag);
    // A later sweep finds nothing more of these.
    await cancelExpiredOrders(new Date());
    for (const o of due) expect(await stockOf(o.variantId)).toBe(10);
    const n = await db.execute(
      sql`select count(*)::int as n from order_events where order_id in (${sql.join(
        due.map((o) => sql`${o.id}::uuid`),
        sql`, `,
      )}) and to_status = 'cancelled'`,
    );
    expect((n as unknown as { n: number }[])[0]!.n).toBe(3);
  });

  it("never deadlocks with a checkout taking the same variants: one order per transaction", async () => {
    const b = await place({ stock: 10, quantity: 1 }); // the lower variant id
    const a = await place({ stock: 10, quantity: 1 });
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 120_000) })
      .where(eq(orders.id, a.id));
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 60_000) })
      .where(eq(orders.id, b.id));
    // A checkout of both variants locks them in id order: b's first, then a's.
    const checkout = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    let sweep: Promise<unknown> = Promise.resolve();
    try {
      await checkout.begin(async (tx) => {
        await tx`select id from variants where id = ${b.variantId} for update`;
        // a first: a batch in one transaction held a's variant while waiting for b's, held here.
        sweep = cancelExpiredOrders(new Date()).catch((e: unknown) => e);
        await new Promise((r) => setTimeout(r, 300));
        await tx`select id from variants where id = ${a.variantId} for update`;
      });
      expect(await sweep).toBeGreaterThanOrEqual(2); // b's cancellation went on once the checkout committed
    } finally {
      await checkout.end({ timeout: 0 });
    }
    expect([await statusOf(a.id), await statusOf(b.id)]).toEqual(["cancelled", "cancelled"]);
  });
});
