import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../secret";

/** A key per purpose, derived from AUTH_SECRET: rotating AUTH_SECRET makes sealed values unreadable (staff enrol again). */
function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "mercato", purpose, 32));
}

/** Encrypts and authenticates `plain` (AES-256-GCM) for `purpose`. */
export function seal(purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The plain text of a value sealed for `purpose`, or null when it was altered, sealed for another purpose or with another key. */
export function unseal(purpose: string, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
