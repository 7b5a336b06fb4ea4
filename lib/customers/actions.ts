"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { changeUserRole } from "./mutations";
import { changeRoleSchema } from "./schema";

const ROLE_NAMES = { customer: "a customer", staff: "staff", admin: "an admin" } as const;

/** `Change role` on a customer's page: admins only; never one's own role, never the last admin. */
export const changeRoleAction = staffAction(
  {
    role: "admin",
    schema: changeRoleSchema,
    invalid: (failure): ActionState => ({ error: failure.fieldErrors?.role ?? failure.fieldErrors?.userId ?? failure.error }),
  },
  async (data, { user }): Promise<ActionState> => {
    const result = await changeUserRole(user.id, data.userId, data.role);
    if (!result.ok) return { error: result.error };
    revalidatePath("/admin/customers");
    revalidatePath(`/admin/customers/${data.userId}`);
    const message = result.changed ? `Role changed: this account is now ${ROLE_NAMES[result.role]}.` : `This account is already ${ROLE_NAMES[result.role]}.`;
    return { ok: true, message, values: { role: result.role } };
  },
);
