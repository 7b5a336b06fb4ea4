import { describe, expect, it } from "vitest";
import { historyKey, pickPopular, withoutRecent } from "./rules";

describe("historyKey", () => {
  it("normalises width, spaces and case so the same search is one entry", () => {
    expect(historyKey("  Linen   Shirt ")).toBe("linen shirt");
    expect(historyKey("ＬＩＮＥＮ\tshirt")).toBe("linen shirt");
    expect(historyKey("茶")).toBe("茶");
  });

  it("keeps nothing for empty or too short searches, and cuts long ones", () => {
    expect(historyKey("")).toBeNull();
    expect(historyKey(null)).toBeNull();
    expect(historyKey(" a ")).toBeNull();
    expect(historyKey("x".repeat(300))).toHaveLength(100);
  });
});

describe("pickPopular", () => {
  it("sums days, drops queries under the minimum, orders by count then name, and caps the list", () => {
    const rows = [
      { query: "tea", count: 2 },
      { query: "Tea", count: 2 },
      { query: "mug", count: 4 },
      { query: "shirt", count: 4 },
      { query: "my secret name", count: 1 },
      { query: "lamp", count: 3 },
    ];
    expect(pickPopular(rows, 3, 10)).toEqual(["mug", "shirt", "tea", "lamp"]);
    expect(pickPopular(rows, 3, 2)).toEqual(["mug", "shirt"]);
    expect(pickPopular(rows, 5, 10)).toEqual([]);
  });

  it("shows a popular search once when it is also recent", () => {
    expect(withoutRecent(["mug", "tea"], ["tea"])).toEqual(["mug"]);
  });
});
