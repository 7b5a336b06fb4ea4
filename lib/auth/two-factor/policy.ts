import { env, isProduction } from "@/lib/env";
import type { UserRole } from "@/db/schema";

export type MfaMode = "required" | "optional" | "off";

/**
 * ADMIN_MFA: `required` (admins must enrol; anyone enrolled passes the second
 * step), `optional` (staff and admins may enrol; enrolled ones pass the second
 * step), `off` (never asked). Unset: required in production, optional otherwise.
 */
export function adminMfaMode(): MfaMode {
  return env().ADMIN_MFA ?? (isProduction() ? "required" : "optional");
}

/** What a session still lacks before the back office: enrolment, the second step, or nothing (null). */
export type MissingFactor = "enrol" | "verify" | null;

export function missingFactor(
  user: { role: UserRole; totpEnabledAt: Date | null },
  secondStepPassed: boolean,
  mode: MfaMode = adminMfaMode(),
): MissingFactor {
  if ((user.role !== "admin" && user.role !== "staff") || mode === "off") return null;
  if (user.totpEnabledAt) return secondStepPassed ? null : "verify";
  return mode === "required" && user.role === "admin" ? "enrol" : null;
}
