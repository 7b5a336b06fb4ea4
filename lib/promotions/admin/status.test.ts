import { describe, expect, it } from "vitest";
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
