import "server-only";
import { notFound, redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { getSessionUser, isStaff, type SessionUser } from "./session";

/**
 * For back-office pages: the signed-in staff member or admin. Signed-out
 * visitors go to sign in and come back; shoppers get a 404 (the back office
 * does not admit it exists to them). `admin` also refuses staff.
 */
export async function requireStaffPage(returnTo: string, role: "staff" | "admin" = "staff"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!isStaff(user) || (role === "admin" && user.role !== "admin")) notFound();
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
  if (role === "admin" && user.role !== "admin") return { ok: false, state: { error: "Only an admin can change this." } };
  return { ok: true, user };
}
