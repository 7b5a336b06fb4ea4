import { describe, expect, it } from "vitest";
import { storePoliciesSchema } from "./schema";
import {
  freeShippingSentence,
  resolveStorePolicies,
  returnsSummaryText,
  returnWindowLine,
  shippingSummaryText,
  type ShippingOffer,
} from "./texts";

const standard: ShippingOffer = { name: "Standard", price: 499, freeOver: 5000, minDays: 3, maxDays: 5 };
const express: ShippingOffer = { name: "Express", price: 1299, freeOver: null, minDays: 1, maxDays: 1 };

describe("policy texts worded from the settings", () => {
  it("falls back to the column defaults without a settings row", () => {
    expect(resolveStorePolicies(null)).toEqual({
      returnWindowDays: 30,
      refundShippingOnReturn: false,
      shippingSummary: null,
      returnsSummary: null,
      contactEmail: null,
      contactPhone: null,
      storeAddress: null,
    });
    expect(resolveStorePolicies({ shippingSummary: "   ", contactEmail: " a@b.example " })).toMatchObject({
      shippingSummary: null,
      contactEmail: "a@b.example",
    });
  });

  it("states the return window and whether shipping is refunded", () => {
    const p = resolveStorePolicies({ returnWindowDays: 14 });
    expect(returnsSummaryText(p)).toBe(
      "Return items within 14 days of delivery for a refund of what you paid for them (the shipping cost is not refunded).",
    );
    expect(returnsSummaryText({ ...p, returnWindowDays: 1, refundShippingOnReturn: true })).toBe(
      "Return items within 1 day of delivery for a refund of what you paid for them, shipping included.",
    );
    expect(returnWindowLine(p)).toBe("Returns within 14 days of delivery");
    expect(returnsSummaryText({ ...p, returnsSummary: "Our own words." })).toBe("Our own words.");
  });

  it("words the shipping note from the active rates and their free-shipping threshold", () => {
    const p = resolveStorePolicies(null);
    expect(shippingSummaryText(p, [standard, express], "USD")).toBe(
      "Ships by Standard (3–5 business days, $4.99) or Express (1 business day, $12.99). Free Standard shipping on orders of $50.00 or more.",
    );
    expect(shippingSummaryText(p, [express], "EUR")).toBe("Ships by Express (1 business day, €12.99).");
    expect(shippingSummaryText(p, [], "USD")).toBe("Shipping options and prices are shown at checkout.");
    expect(shippingSummaryText({ shippingSummary: "Ships tomorrow." }, [standard], "USD")).toBe("Ships tomorrow.");
  });

  it("names the lowest free-shipping threshold, or none", () => {
    expect(freeShippingSentence([standard, { ...express, freeOver: 10000 }], "USD")).toBe(
      "Free Standard shipping on orders of $50.00 or more",
    );
    expect(freeShippingSentence([{ ...standard, price: 0 }], "USD")).toBe("Free shipping on every order");
    expect(freeShippingSentence([express], "USD")).toBeNull();
  });
});

describe("the policy settings form", () => {
  const base = { returnWindowDays: "30", shippingSummary: "", returnsSummary: "", contactEmail: "", contactPhone: "" };
  it("takes 1 to 365 days, an optional e-mail and phone, and empties as null", () => {
    expect(storePoliciesSchema.parse({ ...base, refundShippingOnReturn: "on", contactEmail: " Help@Shop.Example " })).toEqual({
      returnWindowDays: 30,
      refundShippingOnReturn: true,
      shippingSummary: null,
      returnsSummary: null,
      contactEmail: "help@shop.example",
      contactPhone: null,
    });
    for (const bad of ["0", "366", "1.5", "", "x"])
      expect(storePoliciesSchema.safeParse({ ...base, returnWindowDays: bad }).success, bad).toBe(false);
    expect(storePoliciesSchema.safeParse({ ...base, contactEmail: "nope" }).success).toBe(false);
    expect(storePoliciesSchema.safeParse({ ...base, contactPhone: "call me" }).success).toBe(false);
    expect(storePoliciesSchema.parse({ ...base, contactPhone: "+1 (555) 010-0100" }).contactPhone).toBe("+1 (555) 010-0100");
    expect(storePoliciesSchema.safeParse({ ...base, returnsSummary: "x".repeat(301) }).success).toBe(false);
  });
});
