import { createHmac, timingSafeEqual } from "node:crypto";
import { WebhookRejected } from "../provider";

/** The header the test gateway signs its webhooks with: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = "Mercato-Signature";
/** How far a delivery's timestamp may be from our clock, either way. */
export const TOLERANCE_SECONDS = 5 * 60;

function hmac(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

/** The signature header for a body, signed at `now` (Stripe-like: over `${t}.${body}`). */
export function signWebhook(rawBody: string, secret: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, rawBody)}`;
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value, ...rest] = part.trim().split("=");
    if (!key || !value || rest.length) return null;
    if (key === "t") {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1") {
      if (/^[0-9a-f]{64}$/.test(value)) signatures.push(value);
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Accepts a delivery only when one `v1` signature matches (constant-time) and
 * its timestamp is within TOLERANCE_SECONDS of `now`. A valid delivery replayed
 * later is rejected as stale; replayed sooner, its event id is a duplicate.
 */
export function verifyWebhookSignature(rawBody: string, header: string | null, secret: string, now: Date): void {
  if (!header) throw new WebhookRejected("missing signature", 400);
  const parsed = parseHeader(header);
  if (!parsed) throw new WebhookRejected("malformed signature header", 400);
  const expected = Buffer.from(hmac(secret, parsed.timestamp, rawBody), "hex");
  const matches = parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected));
  if (!matches) throw new WebhookRejected("signature mismatch", 401);
  const age = Math.floor(now.getTime() / 1000) - parsed.timestamp;
  if (Math.abs(age) > TOLERANCE_SECONDS) throw new WebhookRejected("stale timestamp", 401);
}
