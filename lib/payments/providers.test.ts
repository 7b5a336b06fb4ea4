import { afterAll, describe, expect, it, vi } from "vitest";

// env() is read once per test file: set Stripe's keys before anything reads it.
vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_offline");
vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_offline");
vi.stubEnv("PAYMENT_PROVIDER", undefined);
afterAll(() => vi.unstubAllEnvs());

const { activeProvider, activeProviderId, getProvider } = await import("./providers");
const { POST: testWebhook } = await import("@/app/api/payments/test/webhook/route");
const { POST: stripeWebhook } = await import("@/app/api/payments/stripe/webhook/route");

describe("provider choice when Stripe's keys are set", () => {
  it("makes Stripe the active provider", () => {
    expect(activeProviderId()).toBe("stripe");
    expect(activeProvider().id).toBe("stripe");
  });

  it("switches the free test gateway off, page and webhook alike", async () => {
    expect(getProvider("test")).toBeNull();
    const response = await testWebhook(new Request("http://shop.test/api/payments/test/webhook", { method: "POST", body: "{}" }));
    expect(response.status).toBe(404);
  });

  it("answers an unsigned Stripe delivery with 400 and no change", async () => {
    const response = await stripeWebhook(new Request("http://shop.test/api/payments/stripe/webhook", { method: "POST", body: "{}" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "missing signature" });
  });
});
