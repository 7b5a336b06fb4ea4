import { describe, expect, it } from "vitest";
import { describePromotion, describeWindow } from "./describe";
import { availableActions, flashSaleStatus, promotionStatus } from "./status";

const now = new Date("2026-06-01T12:00:00Z");
const hour = 3_600_000;
const at = (h: number) => new Date(now.getTime() + h * hour);
const base = { startsAt: null, endsAt: null, pausedAt: null, endedAt: null, usageLimit: null, usedCount: 0 };

describe("promotionStatus", () => {
  it("is active with an open window, and inside [startsAt, endsAt)", () => {
    expect(promotionStatus(base, now)).toBe("active");
    expect(promotionStatus({ ...base, startsAt: now, endsAt: at(1) }, now)).toBe("active");
  });

  it("is scheduled before the start and ended at the end (the end is excluded)", () => {
    expect(promotionStatus({ ...base, startsAt: at(1) }, now)).toBe("scheduled");
    expect(promotionStatus({ ...base, endsAt: now }, now)).toBe("ended");
    expect(promotionStatus({ ...base, endsAt: at(-1) }, now)).toBe("ended");
  });

  it("is used up when the uses reach the limit, not before", () => {
    expect(promotionStatus({ ...base, usageLimit: 5, usedCount: 4 }, now)).toBe("active");
    expect(promotionStatus({ ...base, usageLimit: 5, usedCount: 5 }, now)).toBe("used_up");
  });

  it("puts ended before used up, used up before paused, paused before scheduled", () => {
    expect(promotionStatus({ ...base, endedAt: at(-2), usageLimit: 1, usedCount: 1, pausedAt: at(-3) }, now)).toBe("ended");
    expect(promotionStatus({ ...base, usageLimit: 1, usedCount: 1, pausedAt: at(-3) }, now)).toBe("used_up");
    expect(promotionStatus({ ...base, pausedAt: at(-3), startsAt: at(5) }, now)).toBe("paused");
    expect(promotionStatus({ ...base, endedAt: at(-1), startsAt: at(5) }, now)).toBe("ended");
  });
});

describe("flashSaleStatus", () => {
  const sale = { startsAt: at(-1), endsAt: at(1), pausedAt: null, soldCount: 3, quantityCap: 20 };
  it("follows the window, the cap and the pause", () => {
    expect(flashSaleStatus(sale, now)).toBe("active");
    expect(flashSaleStatus({ ...sale, startsAt: at(1), endsAt: at(2) }, now)).toBe("scheduled");
    expect(flashSaleStatus({ ...sale, endsAt: now }, now)).toBe("ended");
    expect(flashSaleStatus({ ...sale, soldCount: 20 }, now)).toBe("sold_out");
    expect(flashSaleStatus({ ...sale, pausedAt: now }, now)).toBe("paused");
    expect(flashSaleStatus({ ...sale, pausedAt: now, soldCount: 20, endsAt: at(-0.5) }, now)).toBe("ended");
  });
});

describe("availableActions", () => {
  it("offers pause to running or scheduled ones, resume to paused ones, end to all but ended ones", () => {
    expect(availableActions("active")).toEqual({ pause: true, resume: false, end: true });
    expect(availableActions("scheduled")).toEqual({ pause: true, resume: false, end: true });
    expect(availableActions("paused")).toEqual({ pause: false, resume: true, end: true });
    expect(availableActions("used_up")).toEqual({ pause: false, resume: false, end: true });
    expect(availableActions("sold_out")).toEqual({ pause: false, resume: false, end: true });
    expect(availableActions("ended")).toEqual({ pause: false, resume: false, end: false });
  });
});

describe("describePromotion and describeWindow", () => {
  const p = {
    type: "percent_off" as const,
    amount: 10,
    tiers: [],
    buyQuantity: null,
    getQuantity: null,
    minSpend: 5000,
    maxDiscount: null,
  };
  it("says what each type gives, with the minimum and the cap", () => {
    expect(describePromotion(p, "USD")).toBe("10% off on $50.00 or more");
    expect(describePromotion({ ...p, type: "fixed_off", amount: 550, minSpend: 0, maxDiscount: 300 }, "USD")).toBe(
      "$5.50 off (at most $3.00)",
    );
    expect(
      describePromotion(
        {
          ...p,
          type: "spend_save",
          minSpend: 0,
          tiers: [
            { spend: 10000, save: 1000 },
            { spend: 20000, save: 3000 },
          ],
        },
        "USD",
      ),
    ).toBe("Spend $100.00 save $10.00; Spend $200.00 save $30.00");
    expect(describePromotion({ ...p, type: "buy_x_get_y", buyQuantity: 2, getQuantity: 1, minSpend: 0 }, "USD")).toBe("Buy 2 get 1 free");
    expect(describePromotion({ ...p, type: "free_shipping", minSpend: 8000 }, "USD")).toBe("Free shipping on $80.00 or more");
  });
  it("shows a window in UTC", () => {
    expect(describeWindow(null, null)).toBe("Always");
    expect(describeWindow(new Date("2026-01-01T10:00:00Z"), null)).toBe("From 2026-01-01 10:00 UTC");
    expect(describeWindow(null, new Date("2026-01-02T00:00:00Z"))).toBe("Until 2026-01-02 00:00 UTC");
    expect(describeWindow(new Date("2026-01-01T10:00:00Z"), new Date("2026-01-02T00:00:00Z"))).toBe(
      "2026-01-01 10:00 – 2026-01-02 00:00 UTC",
    );
  });
});
