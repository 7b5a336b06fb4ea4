import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * AUTH_SECRET signs session cookies. When unset (local use) one is generated
 * once and kept under DATA_DIR, so sessions survive restarts; several
 * instances must share one AUTH_SECRET from the environment.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = path.join(env().DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(32).toString("base64url");
    writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
    console.warn(`[auth] AUTH_SECRET is not set: generated one in ${file}. Set AUTH_SECRET when running several instances.`);
  }
  return cached;
}
