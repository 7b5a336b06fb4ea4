import { describe, expect, it } from "vitest";
import { recordsToRows } from "./columns";
import { validateImportRow } from "./row-schema";

const row = (values: Record<string, string>) => ({
  row: 2,
  values: { handle: "linen-shirt", sku: "LS-1", price: "12.50", stock: "3", ...values },
});

describe("import row validation", () => {
  it("parses money to cents, splits tags and images, reads options, leaves blank product cells undefined", () => {
    const result = validateImportRow(
      row({
        compare_at_price: "15",
        tags: "linen, summer,linen",
        image_urls: "/media/a.jpg | https://cdn.example.com/b.jpg",
        option1_name: "Size",
        option1_value: "M",
        title: " 亚麻衬衫 ",
        brand: "",
      }),
      "USD",
    );
    expect(result).toEqual({
      ok: true,
      row: expect.objectContaining({
        handle: "linen-shirt",
        sku: "LS-1",
        price: 1250,
        compareAtPrice: 1500,
        stock: 3,
        tags: ["linen", "summer"],
        imageUrls: ["/media/a.jpg", "https://cdn.example.com/b.jpg"],
        options: [{ name: "Size", value: "M" }],
        title: "亚麻衬衫",
        brand: undefined,
        category: undefined,
      }),
    });
  });

  it("reports each bad cell with the row, SKU, problem and a fix", () => {
    const result = validateImportRow(
      row({ price: "12,50", stock: "-1", status: "live", compare_at_price: "1", option1_name: "Size" }),
      "USD",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.problem)).toEqual([
      'Price "12,50" is not an amount.',
      "Stock is not a whole number of 0 or more.",
      "The status is not draft, active or archived.",
      "An option has a name without a value (or a value without a name), or two options share a name.",
    ]);
    expect(result.issues[0]).toMatchObject({ row: 2, sku: "LS-1", fix: expect.stringContaining("12.50") });
  });

  it("refuses a compare-at price not above the price, a bad handle and a missing SKU", () => {
    const result = validateImportRow(row({ handle: "Linen Shirt", sku: "", compare_at_price: "12.50" }), "USD");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.problem)).toEqual([
        "The handle is not a valid slug.",
        "The SKU is empty.",
        "The compare-at price is not higher than the price.",
      ]);
  });

  it("maps the header (any case) and numbers rows as a spreadsheet does; refuses unknown or missing columns", () => {
    expect(
      recordsToRows([
        ["Handle", "SKU", "price", "stock"],
        ["a", "b", "1", "2"],
      ]),
    ).toEqual({
      ok: true,
      rows: [{ row: 2, values: { handle: "a", sku: "b", price: "1", stock: "2" } }],
    });
    expect(recordsToRows([["handle", "sku", "price", "stok"]])).toMatchObject({
      ok: false,
      error: expect.stringContaining("Unknown column: stok"),
    });
    expect(recordsToRows([["handle", "sku"]])).toMatchObject({
      ok: false,
      error: expect.stringContaining("Missing columns: price, stock"),
    });
  });
});
