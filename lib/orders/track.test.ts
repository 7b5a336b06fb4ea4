import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uniqueEmail, uniqueIp } from "@/lib/auth/testing";
import { LIMITS } from "@/lib/rate-limit";
import { NO_MATCH, trackOrder } from "./track";

const number = () => `MC-2026-${randomUUID().slice(0, 6)}`;

describe("/track look-ups", () => {
  it("are limited per e-mail as well as per order number: many numbers for one e-mail are refused", async () => {
    const email = uniqueEmail("track");
    for (let i = 0; i < LIMITS.trackEmail.points; i++) {
      expect(await trackOrder(number(), email, uniqueIp())).toEqual({ ok: false, error: NO_MATCH });
    }
    const refused = await trackOrder(number(), email, uniqueIp());
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
  });

  it("are limited per order number across e-mails and addresses", async () => {
    const n = number();
    for (let i = 0; i < LIMITS.trackNumber.points; i++) await trackOrder(n, uniqueEmail("track-n"), uniqueIp());
    expect((await trackOrder(n, uniqueEmail("track-n"), uniqueIp())).ok).toBe(false);
  });
});
