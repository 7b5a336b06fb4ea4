import { describe, expect, it } from "vitest";
import { isShareToken, MAX_SHARED_LINES, snapshotItems } from "./rules";

describe("snapshotItems", () => {
  it("merges lines of one variant, caps each at 99 and drops nonsense", () => {
    expect(
      snapshotItems([
        { variantId: 1, quantity: 2 },
        { variantId: 2, quantity: 1 },
        { variantId: 1, quantity: 3 },
        { variantId: 3, quantity: 500 },
        { variantId: 4, quantity: 0 },
        { variantId: -1, quantity: 1 },
      ]),
    ).toEqual([
      { variantId: 1, quantity: 5 },
      { variantId: 2, quantity: 1 },
      { variantId: 3, quantity: 99 },
    ]);
  });

  it("keeps at most MAX_SHARED_LINES lines", () => {
    const many = Array.from({ length: MAX_SHARED_LINES + 5 }, (_, i) => ({ variantId: i + 1, quantity: 1 }));
    expect(snapshotItems(many)).toHaveLength(MAX_SHARED_LINES);
  });
});

describe("isShareToken", () => {
  it("accepts 32 base64url characters only", () => {
    expect(isShareToken("a".repeat(32))).toBe(true);
    expect(isShareToken("Ab-_".repeat(8))).toBe(true);
    expect(isShareToken("a".repeat(31))).toBe(false);
    expect(isShareToken("a".repeat(31) + "/")).toBe(false);
    expect(isShareToken(null)).toBe(false);
  });
});
