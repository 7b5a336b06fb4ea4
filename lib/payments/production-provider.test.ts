import { eq } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";

// No Stripe keys and no PAYMENT_PROVIDER: what a fresh production deploy has.
vi.stubEnv("STRIPE_SECRET_KEY", undefined);
vi.stubEnv("STRIPE_WEBHOOK_SECRET", undefined);
vi.stubEnv("PAYMENT_PROVIDER", undefined);
afterEach(() => vi.stubEnv("NODE_ENV", "test"));
afterAll(() => vi.unstubAllEnvs());

const { activeProviderId, chooseProvider, getProvider, PAYMENTS_NOT_CONFIGURED } = await import("./providers");
const { GET: health } = await import("@/app/api/health/route");
const { POST: testWebhook } = await import("@/app/api/payments/test/webhook/route");
const { placeOrder } = await import("@/lib/checkout/mutations");
const { startPayment } = await import("./mutations/start");
const { createPendingOrder } = await import("./testing");
const { checkoutInput, createTestCart, createTestVariant, stockOf } = await import("@/lib/orders/testing");

describe("the free test gateway in production", () => {
  it("is chosen only on purpose: PAYMENT_PROVIDER=test, or outside production", () => {
    expect(chooseProvider({}, true)).toBeNull();
    expect(chooseProvider({ PAYMENT_PROVIDER: "test" }, true)).toBe("test");
    expect(chooseProvider({ STRIPE_SECRET_KEY: "sk_live_x" }, true)).toBe("stripe");
    expect(chooseProvider({}, false)).toBe("test");
  });

  it("without it, production has no provider: the gateway's page and webhook are off and /api/health says so", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(activeProviderId()).toBeNull();
    expect(getProvider("test")).toBeNull();
    const webhook = await testWebhook(new Request("http://shop.test/api/payments/test/webhook", { method: "POST", body: "{}" }));
    expect(webhook.status).toBe(404);
    const answer = await health();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: "ok", payments: { status: "not_configured" } });

    vi.stubEnv("NODE_ENV", "development");
    expect(await (await health()).json()).toMatchObject({ payments: { status: "ok", provider: "test" } });
  });

  it("checkout refuses with a clear message and leaves no order and no stock taken", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { variantId } = await createTestVariant({ price: 1500, stock: 5 });
    const cartId = await createTestCart([{ variantId, quantity: 2 }]);
    const input = checkoutInput({ email: "nobody-pays@example.com" });
    expect(await placeOrder(input, { cartId, userId: null })).toEqual({ ok: false, error: PAYMENTS_NOT_CONFIGURED });
    expect(await db.select().from(orders).where(eq(orders.checkoutKey, input.checkoutKey))).toEqual([]);
    expect(await stockOf(variantId)).toBe(5);
  });

  it("an order that waits for payment cannot open a test payment either", async () => {
    const order = await createPendingOrder();
    vi.stubEnv("NODE_ENV", "production");
    await expect(startPayment(order)).rejects.toThrow(PAYMENTS_NOT_CONFIGURED);
  });
});
