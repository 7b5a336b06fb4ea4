import { describe, expect, it } from "vitest";
import { expandVariants } from "./variants";

describe("expandVariants", () => {
  it("makes every combination, priced with surcharges on price and compare-at", () => {
    const out = expandVariants({
      options: [
        { name: "Storage", values: ["128 GB", "256 GB"] },
        { name: "Color", values: ["Black", "White"] },
      ],
      basePrice: 50000,
      compareAtPrice: 60000,
      surcharges: { "256 GB": 10000 },
    });
    expect(out).toHaveLength(4);
    expect(out[2]).toEqual({ optionValues: { Storage: "256 GB", Color: "Black" }, price: 60000, compareAtPrice: 70000 });
  });
  it("gives one default variant to a product without options", () => {
    expect(expandVariants({ options: [], basePrice: 999 })).toEqual([{ optionValues: {}, price: 999, compareAtPrice: null }]);
  });
});
