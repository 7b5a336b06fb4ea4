import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

function mac(purpose: string, value: string): string {
  return createHmac("sha256", authSecret()).update(`${purpose}\n${value}`).digest("base64url");
}

/** `value.signature`, bound to a purpose so a cart cookie cannot be replayed as an order cookie. */
export function signValue(purpose: string, value: string): string {
  return `${value}.${mac(purpose, value)}`;
}

/** The value when its signature is right, else null. */
export function verifySignedValue(purpose: string, signed: string | undefined | null): string | null {
  if (!signed) return null;
  const cut = signed.lastIndexOf(".");
  if (cut <= 0) return null;
  const value = signed.slice(0, cut);
  const given = Buffer.from(signed.slice(cut + 1));
  const expected = Buffer.from(mac(purpose, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
