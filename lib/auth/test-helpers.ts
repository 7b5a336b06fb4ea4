import { randomUUID } from "node:crypto";

/** An e-mail address no other test uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A client address no other test uses (documentation range plus a random suffix). */
export function uniqueIp(): string {
  return `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
}
