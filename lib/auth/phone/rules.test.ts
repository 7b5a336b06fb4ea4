import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isPhoneAccountEmail, issueRefusal, newSmsCode, SMS_CODE_LIMITS, smsCodeHash } from "./rules";

describe("SMS code rules", () => {
  it("codes are 6 digits, leading zeros kept", () => {
    for (let i = 0; i < 200; i++) expect(newSmsCode()).toMatch(/^\d{6}$/);
  });

  it("a hash is keyed, bound to purpose, number and account, and never contains the code", () => {
    const key = "a-secret-of-this-shop";
    const h = smsCodeHash(key, "sign_in", "+8613800138000", null, "012345");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain("012345");
    expect(smsCodeHash(key, "sign_in", "+8613800138000", null, "012345")).toBe(h);
    expect(smsCodeHash(key, "verify", "+8613800138000", null, "012345")).not.toBe(h);
    expect(smsCodeHash(key, "sign_in", "+8613800138001", null, "012345")).not.toBe(h);
    expect(smsCodeHash(key, "sign_in", "+8613800138000", "u1", "012345")).not.toBe(h);
    // Without the key the million candidates' plain hashes do not find it.
    expect(smsCodeHash("another-shop", "sign_in", "+8613800138000", null, "012345")).not.toBe(h);
    expect(createHash("sha256").update("sms_code:sign_in:+8613800138000::012345").digest("hex")).not.toBe(h);
  });

  it("the same limits as e-mail codes: 10 minutes, 5 tries, one per 30 seconds, 5 an hour", () => {
    expect(SMS_CODE_LIMITS).toEqual({ ttlMinutes: 10, maxAttempts: 5, minIntervalSeconds: 30, perHour: 5 });
    expect(issueRefusal(0, null, null)).toBeNull();
    expect(issueRefusal(1, 12.2, 3000)).toEqual({ reason: "too-soon", seconds: 18 });
    expect(issueRefusal(4, 31, 3000)).toBeNull();
    expect(issueRefusal(5, 31, 61)).toEqual({ reason: "too-many", perHour: 5, minutes: 2 });
  });

  it("recognises the placeholder e-mail of a phone-only account", () => {
    expect(isPhoneAccountEmail("0b6c…@phone.invalid")).toBe(true);
    expect(isPhoneAccountEmail("someone@example.com")).toBe(false);
  });
});
