import { describe, expect, it } from "vitest";
import { checkoutSchema } from "./schema";
import { deliveryEstimate, shippingCost } from "./shipping-rules";

describe("shipping rules", () => {
  const standard = { price: 499, freeOver: 5000 };
  const express = { price: 1499, freeOver: null };

  it("charges the method's price below the threshold and nothing from it on", () => {
    expect(shippingCost(standard, 4999)).toBe(499);
    expect(shippingCost(standard, 5000)).toBe(0);
    expect(shippingCost(standard, 12000)).toBe(0);
  });

  it("a method without a threshold always costs its price", () => {
    expect(shippingCost(express, 0)).toBe(1499);
    expect(shippingCost(express, 1_000_000)).toBe(1499);
  });

  it("describes delivery time", () => {
    expect(deliveryEstimate({ minDays: 1, maxDays: 2 })).toBe("1–2 business days");
    expect(deliveryEstimate({ minDays: 1, maxDays: 1 })).toBe("1 business day");
  });
});

describe("checkout form schema", () => {
  const base = {
    email: " Ann@Example.COM ",
    shippingMethod: "standard",
    checkoutKey: "6f1c1f7e-3a0b-4c8e-9d57-1f2f3a4b5c6d",
    fullName: "Ann Lee",
    line1: "1 Main St",
    city: "Springfield",
    postalCode: "12345",
    country: "us",
  };

  it("accepts a new address, normalises e-mail and country, and drops price fields", () => {
    const parsed = checkoutSchema.safeParse({ ...base, total: "1", unitPrice: "0", price: "1" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.email).toBe("ann@example.com");
    expect(parsed.data.address).toEqual({
      fullName: "Ann Lee",
      line1: "1 Main St",
      province: "",
      city: "Springfield",
      district: "",
      regionCode: null,
      postalCode: "12345",
      country: "US",
      phone: "",
    });
    expect(JSON.stringify(parsed.data)).not.toMatch(/price|total/i);
  });

  it("a saved address needs no address fields", () => {
    const parsed = checkoutSchema.safeParse({
      email: "a@b.co",
      shippingMethod: "express",
      checkoutKey: base.checkoutKey,
      savedAddressId: "7",
    });
    expect(parsed.success && parsed.data.address).toEqual({ savedAddressId: 7 });
  });

  it("reports each missing address field by name", () => {
    const parsed = checkoutSchema.safeParse({ ...base, email: "", fullName: "", city: " ", country: "XX" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["email", "fullName", "city", "country"]));
  });

  it("refuses a missing or malformed checkout key", () => {
    expect(checkoutSchema.safeParse({ ...base, checkoutKey: "x" }).success).toBe(false);
  });

  it("uses points exactly when the form says so (an unticked box sends nothing)", () => {
    const usePoints = (extra: Record<string, unknown>) => checkoutSchema.parse({ ...base, ...extra }).usePoints;
    expect(usePoints({ usePoints: "on" })).toBe(true);
    expect(usePoints({ usePoints: "true" })).toBe(true);
    expect(usePoints({ usePoints: "false" })).toBe(false);
    expect(usePoints({ usePoints: "" })).toBe(false);
    expect(usePoints({})).toBe(false);
    expect(
      checkoutSchema.parse({
        email: "a@b.co",
        shippingMethod: "express",
        checkoutKey: base.checkoutKey,
        savedAddressId: "7",
        usePoints: "on",
      }).usePoints,
    ).toBe(true);
  });
});
