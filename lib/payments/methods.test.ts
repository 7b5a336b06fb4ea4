import { describe, expect, it } from "vitest";
import { enabledMethods, findEnabledMethod, methodsOf } from "./methods";
import { NO_METHOD_ENABLED, paymentMethodsSchema, UNKNOWN_METHOD } from "./schema";

const ids = (methods: { id: string }[]) => methods.map((m) => m.id);

describe("payment methods", () => {
  it("each provider offers its own: the test gateway a card and a non-card wallet, Stripe cards, no provider none", () => {
    expect(ids(methodsOf("test"))).toEqual(["card", "wallet"]);
    expect(ids(methodsOf("stripe"))).toEqual(["card"]);
    expect(methodsOf(null)).toEqual([]);
    for (const m of methodsOf("test")) expect(m).toMatchObject({ provider: "test", nameKey: expect.any(String), icon: expect.any(String) });
  });

  it("enables every method of the provider until the store saves a choice", () => {
    expect(ids(enabledMethods("test", null))).toEqual(["card", "wallet"]);
    expect(ids(enabledMethods("stripe", null))).toEqual(["card"]);
  });

  it("enables only the saved ones, in checkout order whatever order they were saved in", () => {
    expect(ids(enabledMethods("test", ["wallet"]))).toEqual(["wallet"]);
    expect(ids(enabledMethods("test", ["wallet", "card"]))).toEqual(["card", "wallet"]);
    expect(ids(enabledMethods("stripe", ["card", "wallet"]))).toEqual(["card"]);
  });

  it("falls back to all of the provider's methods when the saved list names none of them (saved for another provider)", () => {
    expect(ids(enabledMethods("stripe", ["wallet"]))).toEqual(["card"]);
    expect(ids(enabledMethods("test", []))).toEqual(["card", "wallet"]);
    expect(enabledMethods(null, ["card"])).toEqual([]);
  });

  it("finds a chosen method only while it is enabled", () => {
    const enabled = enabledMethods("test", ["card"]);
    expect(findEnabledMethod(enabled, "card")?.id).toBe("card");
    expect(findEnabledMethod(enabled, "wallet")).toBeNull();
    expect(findEnabledMethod(enabled, "alipay")).toBeNull();
  });
});

describe("the payment settings form", () => {
  const schema = paymentMethodsSchema("test");

  it("keeps the checked methods of the active provider, once each", () => {
    expect(schema.parse({ methods: ["wallet", "card", "wallet"] })).toEqual({ methods: ["wallet", "card"] });
  });

  it("refuses an empty choice: shoppers could not pay", () => {
    const result = schema.safeParse({ methods: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(NO_METHOD_ENABLED);
  });

  it("refuses a method the provider does not offer, and every method when there is no provider", () => {
    expect(paymentMethodsSchema("stripe").safeParse({ methods: ["card", "wallet"] }).error?.issues[0]?.message).toBe(UNKNOWN_METHOD);
    expect(paymentMethodsSchema(null).safeParse({ methods: ["card"] }).error?.issues[0]?.message).toBe(UNKNOWN_METHOD);
  });
});
