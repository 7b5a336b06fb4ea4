import { describe, expect, it } from "vitest";
import { checkoutSchema } from "@/lib/checkout/schema";
import { invoiceSettingsSchema } from "./schema";

const base = {
  email: "ann@example.com",
  shippingMethod: "standard",
  checkoutKey: "6f1c1f7e-3a0b-4c8e-9d57-1f2f3a4b5c6d",
  fullName: "Ann Lee",
  line1: "1 Main St",
  city: "Springfield",
  postalCode: "12345",
  country: "US",
};

describe("the checkout's optional invoice details", () => {
  it("are optional: left out or blank, nothing is stored", () => {
    expect(checkoutSchema.parse(base)).toMatchObject({ invoiceCompany: null, invoiceTaxNumber: null });
    expect(checkoutSchema.parse({ ...base, invoiceCompany: "  ", invoiceTaxNumber: "" })).toMatchObject({
      invoiceCompany: null,
      invoiceTaxNumber: null,
    });
  });

  it("are trimmed and kept, Chinese company names included", () => {
    expect(
      checkoutSchema.parse({ ...base, invoiceCompany: " 上海示例贸易有限公司 ", invoiceTaxNumber: " 91310000MA1FL8XQ3P " }),
    ).toMatchObject({
      invoiceCompany: "上海示例贸易有限公司",
      invoiceTaxNumber: "91310000MA1FL8XQ3P",
    });
    expect(checkoutSchema.parse({ ...base, invoiceTaxNumber: "GB 123 4567-89/0" }).invoiceTaxNumber).toBe("GB 123 4567-89/0");
  });

  it("refuse what is too long or not a tax number, by field", () => {
    const parsed = checkoutSchema.safeParse({ ...base, invoiceCompany: "x".repeat(121), invoiceTaxNumber: "<script>" });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["invoiceCompany", "Keep the company name under 120 characters."],
        ["invoiceTaxNumber", expect.stringMatching(/letters, digits/)],
      ]),
    );
    expect(checkoutSchema.safeParse({ ...base, invoiceTaxNumber: "1".repeat(41) }).success).toBe(false);
  });
});

describe("the invoice settings form", () => {
  it("keeps the address's lines, the rate in basis points, and a default tax name", () => {
    expect(
      invoiceSettingsSchema.parse({
        storeAddress: " 1 Main St\r\nSpringfield ",
        storeTaxNumber: "",
        taxRateBasisPoints: "13",
        taxName: "",
      }),
    ).toEqual({ storeAddress: "1 Main St\nSpringfield", storeTaxNumber: null, taxRateBasisPoints: 1300, taxName: "VAT" });
    expect(invoiceSettingsSchema.parse({ storeAddress: "", storeTaxNumber: "X1", taxRateBasisPoints: "", taxName: "GST" })).toMatchObject({
      storeAddress: null,
      taxRateBasisPoints: 0,
    });
  });

  it("says what is wrong with a rate or an address", () => {
    const parsed = invoiceSettingsSchema.safeParse({
      storeAddress: "a\n".repeat(9),
      storeTaxNumber: "",
      taxRateBasisPoints: "13.555",
      taxName: "VAT",
    });
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["storeAddress", "taxRateBasisPoints"]);
  });
});
