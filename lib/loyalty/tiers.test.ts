import { describe, expect, it } from "vitest";
import { nextTierForSpend, tierBenefits, tierForSpend } from "./tiers";

const tiers = [
  { id: 3, name: "Gold", minSpend: 150000, percentOff: 5, freeShipping: true },
  { id: 1, name: "Member", minSpend: 0, percentOff: 0, freeShipping: false },
  { id: 2, name: "Silver", minSpend: 50000, percentOff: 0, freeShipping: true },
];

describe("tiers (pure)", () => {
  it("picks the highest tier the spend reaches, whatever the order of the list", () => {
    expect(tierForSpend(tiers, 0)?.name).toBe("Member");
    expect(tierForSpend(tiers, 49999)?.name).toBe("Member");
    expect(tierForSpend(tiers, 50000)?.name).toBe("Silver");
    expect(tierForSpend(tiers, 10_000_000)?.name).toBe("Gold");
    expect(tierForSpend(tiers.slice(0, 1), 100)).toBeNull();
    expect(tierForSpend([], 100)).toBeNull();
  });

  it("says what the next tier needs, null at the top", () => {
    expect(nextTierForSpend(tiers, 12000)).toMatchObject({ tier: { name: "Silver" }, missing: 38000 });
    expect(nextTierForSpend(tiers, 50000)).toMatchObject({ tier: { name: "Gold" }, missing: 100000 });
    expect(nextTierForSpend(tiers, 150000)).toBeNull();
  });

  it("names the benefits", () => {
    expect(tierBenefits(tiers[0]!)).toEqual(["5% off the items of every order", "Free shipping"]);
    expect(tierBenefits(tiers[1]!)).toEqual([]);
  });
});
