import { describe, expect, it } from "vitest";
import { reconcileVariants, type VariantDraft } from "./draft";
import { nestedFormValues } from "./form-data";
import { slugify } from "./slug-rules";
import { variantCombinations } from "./variant-combos";

const row = (optionValues: Record<string, string>, sku: string): VariantDraft => ({
  uid: sku,
  id: sku,
  optionValues,
  sku,
  price: "1",
  compareAtPrice: "",
  stock: "1",
  preorderShipsOn: "",
  preorderCap: "",
  preorderBacklog: 0,
  loadedStock: "1",
});

describe("variant rows follow the options", () => {
  it("makes every combination", () => {
    expect(
      variantCombinations([
        { name: "Size", values: ["S", "M"] },
        { name: "Color", values: ["Red"] },
      ]),
    ).toEqual([
      { Size: "S", Color: "Red" },
      { Size: "M", Color: "Red" },
    ]);
    expect(variantCombinations([])).toEqual([{}]);
  });

  it("keeps rows that still fit, hands spare rows to new combinations, else adds blank rows", () => {
    const simple = [row({}, "ONE")];
    const sized = reconcileVariants(simple, [{ name: "Size", values: ["S", "M"] }]);
    expect(sized.map((v) => [v.sku, v.optionValues])).toEqual([
      ["ONE", { Size: "S" }],
      ["", { Size: "M" }],
    ]);
    const again = reconcileVariants([row({ Size: "S" }, "S"), row({ Size: "M" }, "M")], [{ name: "Size", values: ["M", "L"] }]);
    expect(again.map((v) => v.sku)).toEqual(["M", "S"]);
  });
});

describe("form fields and slugs", () => {
  it("nests dotted names into arrays in index order and ignores Next's own fields", () => {
    expect(
      nestedFormValues([
        ["variants.1.sku", "B"],
        ["variants.0.sku", "A"],
        ["$ACTION_ID_x", ""],
        ["title", "T"],
        ["__proto__.x", "y"],
      ]),
    ).toEqual({
      variants: [{ sku: "A" }, { sku: "B" }],
      title: "T",
    });
  });

  it("proposes slugs from titles", () => {
    expect(slugify("  Linen Shirt (Blue) — Ünïcode ")).toBe("linen-shirt-blue-unicode");
  });
});
