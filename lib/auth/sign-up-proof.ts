import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { UserRow } from "@/db/schema";
import { authSecret } from "./secret";

const mac = (user: Pick<UserRow, "id" | "passwordHash">) =>
  createHmac("sha256", authSecret())
    .update(`sign-up\n${user.id}\n${user.passwordHash ?? ""}`)
    .digest("base64url");

/**
 * What the browser that created a password account keeps (in a cookie) to show,
 * when it later enters the e-mailed code, that it also set the password: only
 * then does the first proof of the e-mail keep that password. Bound to the
 * current hash, so it stops counting once the password changes.
 */
export function signUpProof(user: Pick<UserRow, "id" | "passwordHash">): string {
  return mac(user);
}

/** A value that looks like a proof and proves nothing (sign-up of an e-mail that already has an account). */
export function decoySignUpProof(): string {
  return randomBytes(32).toString("base64url");
}

export function isSignUpProof(user: Pick<UserRow, "id" | "passwordHash">, proof: string | null | undefined): boolean {
  if (!proof || !user.passwordHash) return false;
  const given = Buffer.from(proof);
  const expected = Buffer.from(mac(user));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
