import "server-only";
import { notFound, redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/forms/action-state";
import { getSessionUser, isStaff, type SessionUser } from "./session";

/**
 * For back-office pages: the signed-in staff member or admin. Signed-out
 * visitors go to sign in and come back; shoppers get a 404 (the back office
 * does not admit it exists to them). `admin` also refuses staff. A session
 * that still owes two-factor sign-in goes to its second step (or to enrolment).
 */
export async function requireStaffPage(returnTo: string, role: "staff" | "admin" = "staff"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await localized(`/sign-in?next=${encodeURIComponent(returnTo)}`));
  if (!isStaff(user) || (role === "admin" && user.role !== "admin")) notFound();
  if (user.missingFactor === "verify") redirect(await localized(`/sign-in/verify?next=${encodeURIComponent(returnTo)}`));
  if (user.missingFactor === "enrol") redirect(await localized(`/two-factor?next=${encodeURIComponent(returnTo)}`));
  return user;
}

export type StaffCheck = { ok: true; user: SessionUser } | { ok: false; state: ActionState };

/**
 * For back-office actions and route handlers: the caller if they hold `role`
 * (staff includes admins), else the refusal to return. Checked on every call,
 * whatever the page or the proxy did before.
 */
export async function requireStaffAction(role: "staff" | "admin" = "staff"): Promise<StaffCheck> {
  const user = await getSessionUser();
  if (!user) return { ok: false, state: { error: "Your session has ended: sign in again to continue." } };
  if (!isStaff(user)) return { ok: false, state: { error: "You do not have access to the back office." } };
  if (user.missingFactor === "verify")
    return { ok: false, state: { error: "Enter your authentication code first: sign in again to continue." } };
  if (user.missingFactor === "enrol")
    return { ok: false, state: { error: "Set up two-factor sign-in first: admins need it to use the back office." } };
  if (role === "admin" && user.role !== "admin") return { ok: false, state: { error: "Only an admin can change this." } };
  return { ok: true, user };
}

/** Named permissions beyond the staff role, and who holds them. */
const PERMISSIONS = {
  // Sends money back to a customer: approving a refund, cancelling a paid order.
  refund: ["admin"],
} as const satisfies Record<string, readonly SessionUser["role"][]>;
export type StaffPermission = keyof typeof PERMISSIONS;

const REFUSED: Record<StaffPermission, string> = {
  refund: "Only an admin can refund an order or cancel a paid one: ask an admin to do it.",
};

/** The refusal for a caller without `permission`. */
export function permissionRefusal(permission: StaffPermission): ActionState {
  return { error: REFUSED[permission] };
}

export function hasPermission(user: Pick<SessionUser, "role">, permission: StaffPermission): boolean {
  return (PERMISSIONS[permission] as readonly string[]).includes(user.role);
}
