"use server";

import { revalidatePath } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import type { ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/validation";
import { endAccountSessions, setAccountDisabled, type AccountControlResult } from "./account-status";
import { changeUserRole } from "./mutations";
import { accountControlSchema, changeRoleSchema } from "./schema";

const ROLE_NAMES = { customer: "a customer", staff: "staff", admin: "an admin" } as const;

/** `Change role` on a customer's page: admins only; never one's own role, never the last admin. */
export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const caller = await requireStaffAction("admin");
  if (!caller.ok) return caller.state;
  const { data, failure } = parseForm(changeRoleSchema, form);
  if (failure) return { error: failure.fieldErrors?.role ?? failure.fieldErrors?.userId ?? failure.error };
  const result = await changeUserRole(caller.user.id, data.userId, data.role);
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/customers");
  revalidatePath(`/admin/customers/${data.userId}`);
  const message = result.changed ? `Role changed: this account is now ${ROLE_NAMES[result.role]}.` : `This account is already ${ROLE_NAMES[result.role]}.`;
  return { ok: true, message, values: { role: result.role } };
}

/** The account controls on a customer's page: admins only, never on their own account. */
async function accountControl(form: FormData, run: (actorId: string, userId: string) => Promise<AccountControlResult>, message: string): Promise<ActionState> {
  const caller = await requireStaffAction("admin");
  if (!caller.ok) return caller.state;
  const { data, failure } = parseForm(accountControlSchema, form);
  if (failure) return { error: failure.fieldErrors?.userId ?? failure.error };
  const result = await run(caller.user.id, data.userId);
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/customers");
  revalidatePath(`/admin/customers/${data.userId}`);
  return { ok: true, message };
}

/** `Disable account` / `Enable account`: one action, so the page keeps its message when the button flips. */
export async function setAccountDisabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const disable = form.get("disable") === "1";
  return disable
    ? accountControl(form, (a, u) => setAccountDisabled(a, u, true), "Account disabled: it cannot sign in, and its sessions have ended.")
    : accountControl(form, (a, u) => setAccountDisabled(a, u, false), "Account enabled: it can sign in again.");
}

export async function endSessionsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return accountControl(form, endAccountSessions, "Sessions ended: this account is signed out everywhere.");
}
