import { eq } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { payments, storeSettings } from "@/db/schema";

vi.stubEnv("PAYMENT_PROVIDER", "test");
afterAll(() => vi.unstubAllEnvs());

const { METHOD_NOT_OFFERED, PaymentNotPossible, startPayment } = await import("./start");
const { createPendingOrder } = await import("../testing");
const { listEnabledPaymentMethods } = await import("../settings");

// Other test files share this database and pay by card: only the wallet is ever switched off here, then all go back on.
afterEach(async () => {
  await db.update(storeSettings).set({ paymentMethods: null }).where(eq(storeSettings.id, 1));
});

const methodOf = async (redirectUrl: string) => {
  const [row] = await db
    .select({ method: payments.method })
    .from(payments)
    .where(eq(payments.id, redirectUrl.split("/")[3]!));
  return row!.method;
};

describe("starting a payment with a method (real PostgreSQL)", () => {
  it("sends the shopper to the chosen method's own page and records the method on the payment", async () => {
    const order = await createPendingOrder();
    const wallet = await startPayment(order, "wallet");
    expect(wallet.redirectUrl).toMatch(/^\/pay\/test\/[0-9a-f-]{36}\/wallet$/);
    expect(await methodOf(wallet.redirectUrl)).toBe("wallet");
    // Pay now (no choice) reopens the same method; a card is its own payment and page.
    expect(await startPayment(order)).toEqual(wallet);
    const card = await startPayment(order, "card");
    expect(card.redirectUrl).toMatch(/^\/pay\/test\/[0-9a-f-]{36}$/);
    expect(await methodOf(card.redirectUrl)).toBe("card");
  });

  it("refuses a method the store switched off, and Pay now falls back to one still offered", async () => {
    const order = await createPendingOrder();
    await startPayment(order, "wallet");
    // As /admin/settings/payments saves it (the action is covered by e2e/shop/payment-methods.spec.ts).
    await db
      .insert(storeSettings)
      .values({ id: 1, paymentMethods: ["card"] })
      .onConflictDoUpdate({ target: storeSettings.id, set: { paymentMethods: ["card"] } });
    expect((await listEnabledPaymentMethods()).map((m) => m.id)).toEqual(["card"]);
    await expect(startPayment(order, "wallet")).rejects.toThrow(new PaymentNotPossible(METHOD_NOT_OFFERED));
    await expect(startPayment(order, "alipay")).rejects.toThrow(METHOD_NOT_OFFERED);
    const again = await startPayment(order);
    expect(await methodOf(again.redirectUrl)).toBe("card");
  });
});
