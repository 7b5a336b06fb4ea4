import { describe, expect, it } from "vitest";
import { variantTitle } from "./variant-title";

describe("variant titles", () => {
  it("names a variant in the product's option order", () => {
    const options = [
      { name: "Size", values: ["S", "M"] },
      { name: "Color", values: ["Black"] },
    ];
    expect(variantTitle(options, { Color: "Black", Size: "M" })).toBe("M / Black");
    expect(variantTitle([], {})).toBe("");
  });
});
