/**
 * The shopper half of `npm run bench`, run by bench/run.ts in its own process
 * (tsx --conditions=react-server, for the app's server-only modules):
 *
 *   1. add to cart: N concurrent shoppers each add variants to their carts
 *      (lib/cart/mutations.ts addItem, what the cart action runs);
 *   2. checkout: N concurrent shoppers each fill a guest cart (a limited-stock
 *      variant and another), place the order, open its payment (what the checkout
 *      action runs: placeOrder, the order e-mail, startPayment), then the test
 *      gateway's signed payment.succeeded webhook is POSTed over HTTP to the
 *      running server, which marks the order paid;
 *   3. the oversell check (bench/shopper-stock.ts).
 *
 * The domain functions run against the bench database from this process; only
 * the webhook goes through the server. Writes JSON results to --out.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, sqlClient } from "@/db";
import { addItem, CartError, createGuestCart } from "@/lib/cart/mutations";
import { DEFAULT_COUNTRY } from "@/lib/addresses/countries";
import { placeOrder } from "@/lib/checkout/mutations";
import { notifyOrderStatus } from "@/lib/orders/mutations/notify";
import { startPayment } from "@/lib/payments/mutations/start";
import { deliverTestEvent } from "@/lib/payments/test-gateway/deliver";
import { checkOversell, prepareStock, type BenchStock } from "./shopper-stock";
import { latency, round1 } from "./stats";

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    duration: { type: "string", default: "15" },
    shoppers: { type: "string", default: "16" },
    out: { type: "string" },
  },
});
const BASE = args.base!;
const DURATION = Number(args.duration);
const SHOPPERS = Number(args.shoppers);

const random = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
const since = (started: number) => performance.now() - started;

/** Runs `shopper(i, deadline)` on N concurrent shoppers for DURATION seconds. */
async function concurrently(shopper: (i: number, deadline: number) => Promise<void>) {
  const deadline = performance.now() + DURATION * 1000;
  await Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i, deadline)));
}

async function addToCartPhase(stock: BenchStock) {
  const times: number[] = [];
  let errors = 0;
  await concurrently(async (_i, deadline) => {
    let cart = await createGuestCart();
    for (let n = 1; performance.now() < deadline; n++) {
      if (n % 10 === 0) cart = await createGuestCart(); // a new shopper now and then: carts stay small
      const started = performance.now();
      try {
        await addItem(cart, random(stock.plentiful), 1);
        times.push(since(started));
      } catch {
        errors++;
      }
    }
  });
  return { adds: times.length, addsPerSecond: round1(times.length / DURATION), latency: latency(times), errors };
}

async function checkoutPhase(stock: BenchStock) {
  const steps = { addToCart: [] as number[], placeOrder: [] as number[], webhook: [] as number[], checkout: [] as number[] };
  const outcomes: Record<string, number> = {};
  const count = (key: string) => (outcomes[key] = (outcomes[key] ?? 0) + 1);
  await concurrently(async (i, deadline) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const began = performance.now();
      let t = began;
      const cart = await createGuestCart();
      try {
        await addItem(cart, random(stock.limited), Math.random() < 0.8 ? 1 : 3);
      } catch (e) {
        if (!(e instanceof CartError)) throw e;
        count(`limited item refused at add (${e.code})`);
      }
      await addItem(cart, random(stock.plentiful), 1).catch((e) =>
        count(`other item refused at add (${e instanceof CartError ? e.code : "error"})`),
      );
      steps.addToCart.push(since(t));

      t = performance.now();
      const placed = await placeOrder(
        {
          email: `bench-${i}-${n}@example.com`,
          shippingMethod: stock.shippingMethod,
          checkoutKey: randomUUID(),
          address: {
            fullName: "Bench Shopper",
            line1: "1 Load Street",
            city: "Springfield",
            postalCode: "12345",
            country: DEFAULT_COUNTRY,
            phone: "",
          },
          saveAddress: false,
        },
        { cartId: cart, userId: null },
      );
      if (!placed.ok) {
        count(
          `order refused: ${/sold out/.test(placed.error) ? "sold out" : /^Only \d+ left/.test(placed.error) ? "not enough left" : placed.error}`,
        );
        continue;
      }
      await notifyOrderStatus(placed.order.id);
      const paymentId = (await startPayment(placed.order)).redirectUrl.split("/").pop()!;
      steps.placeOrder.push(since(t));

      t = performance.now();
      const [payment] = await sqlClient()<{ reference: string; amount: number; currency: string }[]>`
        select provider_reference as reference, amount, currency from payments where id = ${paymentId}`;
      const delivery = await deliverTestEvent(BASE, { eventId: randomUUID(), type: "payment.succeeded", ...payment! });
      steps.webhook.push(since(t));
      count(delivery.ok ? `webhook: ${delivery.outcome}` : `webhook failed: ${delivery.error}`);
      if (delivery.ok && delivery.outcome === "paid") steps.checkout.push(since(began));
    }
  });
  const paid = steps.checkout.length;
  return {
    paidOrders: paid,
    ordersPerSecond: round1(paid / DURATION),
    latency: {
      addToCart: latency(steps.addToCart),
      placeOrder: latency(steps.placeOrder),
      webhook: latency(steps.webhook),
      checkout: latency(steps.checkout),
    },
    outcomes,
  };
}

/**
 * The server books each payment in a job after it (the invoice, the sales counts): waits until every
 * order paid in the checkout phase is booked, so the figure counts that work too. Returns the
 * orders still waiting when the phase ended and how long the server took to book them after it.
 */
async function waitForBookings(from: string, paidOrders: number) {
  const waiting = async () =>
    (
      await sqlClient()<{ n: number }[]>`
        select count(*)::int as n from orders where created_at >= ${from}::timestamptz and booking_due`
    )[0]!.n;
  const started = performance.now();
  const backlog = await waiting();
  let left = backlog;
  while (left > 0 && since(started) < 120_000) {
    await new Promise((r) => setTimeout(r, 100));
    left = await waiting();
  }
  const seconds = round1(since(started) / 1000);
  return { backlogAtEnd: backlog, unbooked: left, seconds, bookedPerSecond: round1(paidOrders / (DURATION + seconds)) };
}

try {
  const stock = await prepareStock(10, 10); // 100 units in all: enough shoppers to sell them out
  const addToCart = await addToCartPhase(stock);
  const checkout = await checkoutPhase(stock);
  const booking = await waitForBookings(stock.startedAt, checkout.paidOrders);
  const [statuses] = await sqlClient()<{ paid: number; pending: number }[]>`
    select count(*) filter (where status = 'paid')::int as paid, count(*) filter (where status = 'pending_payment')::int as pending
    from orders where created_at >= ${stock.startedAt}::timestamptz`;
  const oversell = await checkOversell(stock);
  const result = { shoppers: SHOPPERS, duration: DURATION, addToCart, checkout, ordersInDatabase: statuses, booking, oversell };
  writeFileSync(args.out!, JSON.stringify(result, null, 2));
} finally {
  await closeDb();
}
