import { describe, expect, it } from "vitest";
import { WebhookRejected } from "../provider";
import { signWebhook, TOLERANCE_SECONDS, verifyWebhookSignature } from "./signature";

const secret = "a-test-secret-of-enough-length";
const body = JSON.stringify({ eventId: "e1", type: "payment.succeeded", amount: 100 });
const now = new Date("2026-05-01T12:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

function rejection(fn: () => void): { reason: string; status: number } {
  try {
    fn();
  } catch (e) {
    if (e instanceof WebhookRejected) return { reason: e.reason, status: e.status };
    throw e;
  }
  throw new Error("expected a rejection");
}

describe("test gateway webhook signatures", () => {
  it("signs t=<unix>,v1=<hex> over `${t}.${body}` and accepts its own signature", () => {
    const header = signWebhook(body, secret, now);
    expect(header).toMatch(/^t=1777636800,v1=[0-9a-f]{64}$/);
    expect(() => verifyWebhookSignature(body, header, secret, now)).not.toThrow();
  });

  it("rejects a missing or malformed header with 400", () => {
    expect(rejection(() => verifyWebhookSignature(body, null, secret, now))).toEqual({ reason: "missing signature", status: 400 });
    for (const bad of ["", "v1=abc", "t=123", "t=abc,v1=" + "0".repeat(64), "garbage"]) {
      expect(rejection(() => verifyWebhookSignature(body, bad, secret, now)).status).toBe(400);
    }
  });

  it("rejects a changed body, another secret or a forged signature with 401", () => {
    const header = signWebhook(body, secret, now);
    expect(rejection(() => verifyWebhookSignature(body.replace("100", "1"), header, secret, now))).toEqual({
      reason: "signature mismatch",
      status: 401,
    });
    expect(rejection(() => verifyWebhookSignature(body, header, "another-secret-entirely", now)).status).toBe(401);
    const forged = header.replace(/v1=.*/, `v1=${"ab".repeat(32)}`);
    expect(rejection(() => verifyWebhookSignature(body, forged, secret, now)).reason).toBe("signature mismatch");
  });

  it("rejects a timestamp changed after signing (the signature covers it)", () => {
    const header = signWebhook(body, secret, now);
    const moved = header.replace(/t=\d+/, `t=${Math.floor(now.getTime() / 1000) + 60}`);
    expect(rejection(() => verifyWebhookSignature(body, moved, secret, later(60))).reason).toBe("signature mismatch");
  });

  it("accepts deliveries within 5 minutes either way and rejects older or future ones as stale", () => {
    const header = signWebhook(body, secret, now);
    expect(() => verifyWebhookSignature(body, header, secret, later(TOLERANCE_SECONDS))).not.toThrow();
    expect(() => verifyWebhookSignature(body, header, secret, later(-TOLERANCE_SECONDS))).not.toThrow();
    expect(rejection(() => verifyWebhookSignature(body, header, secret, later(TOLERANCE_SECONDS + 1)))).toEqual({
      reason: "stale timestamp",
      status: 401,
    });
    expect(rejection(() => verifyWebhookSignature(body, header, secret, later(-TOLERANCE_SECONDS - 1))).reason).toBe("stale timestamp");
  });

  it("accepts a header carrying several v1 signatures when one matches (secret rotation)", () => {
    const header = signWebhook(body, secret, now);
    const [t, v1] = header.split(",");
    expect(() => verifyWebhookSignature(body, `${t},v1=${"0".repeat(64)},${v1}`, secret, now)).not.toThrow();
  });
});
