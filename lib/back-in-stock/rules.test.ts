import { describe, expect, it } from "vitest";
import { notifyQuota } from "./rules";

describe("notifyQuota (how many subscribers an arrival e-mails)", () => {
  it("is the arrived units times the multiple", () => {
    expect(notifyQuota(1, 1, 3)).toBe(3);
    expect(notifyQuota(4, 10, 2)).toBe(8);
    expect(notifyQuota(5, 5, 1)).toBe(5);
  });

  it("counts only units still in stock when the job runs", () => {
    expect(notifyQuota(5, 2, 3)).toBe(6);
    expect(notifyQuota(3, 0, 3)).toBe(0);
  });

  it("never goes below zero", () => {
    expect(notifyQuota(0, 4, 3)).toBe(0);
    expect(notifyQuota(-2, 4, 3)).toBe(0);
    expect(notifyQuota(2, -1, 3)).toBe(0);
  });

  it("keeps the multiple between 1 and 100 (a bad value uses the default of 3)", () => {
    expect(notifyQuota(2, 2, 0)).toBe(2);
    expect(notifyQuota(1, 1, 1000)).toBe(100);
    expect(notifyQuota(1, 1, Number.NaN)).toBe(3);
  });
});
