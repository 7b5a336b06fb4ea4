"use server";

import type { z } from "zod";
import { staffAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { endAccountSessions, setAccountDisabled, type AccountControlResult } from "./account-status";
import { changeUserRole } from "./mutations";
import { accountControlSchema, accountDisabledSchema, changeRoleSchema } from "./schema";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { CUSTOMER_MESSAGES } from "./messages";

const ROLE_NAMES = { customer: "a customer", staff: "staff", admin: "an admin" } as const;

/** `Change role` on a customer's page: admins only; never one's own role, never the last admin. */
export const changeRoleAction = withKnownMessages(
  staffAction(
    {
      role: "admin",
      schema: changeRoleSchema,
      invalid: (failure): ActionState => ({ error: failure.fieldErrors?.role ?? failure.fieldErrors?.userId ?? failure.error }),
    },
    async (data, { user }): Promise<ActionState> => {
      const result = await changeUserRole(user.id, data.userId, data.role);
      if (!result.ok) return { error: result.error };
      revalidateEveryLocale("/admin/customers");
      revalidateEveryLocale(`/admin/customers/${data.userId}`);
      const message = result.changed
        ? `Role changed: this account is now ${ROLE_NAMES[result.role]}.`
        : `This account is already ${ROLE_NAMES[result.role]}.`;
      return { ok: true, message, values: { role: result.role } };
    },
  ),
  CUSTOMER_MESSAGES,
  STAFF_ERRORS,
);

/** The account controls on a customer's page: admins only, never on their own account. */
function accountControl<S extends typeof accountControlSchema>(
  schema: S,
  run: (actorId: string, data: z.infer<S>) => Promise<{ result: AccountControlResult; message: string }>,
) {
  return withKnownMessages(
    staffAction(
      {
        role: "admin",
        schema,
        invalid: (failure): ActionState => ({ error: failure.fieldErrors?.userId ?? failure.error }),
      },
      async (data, { user }): Promise<ActionState> => {
        const { result, message } = await run(user.id, data);
        if (!result.ok) return { error: result.error };
        revalidateEveryLocale("/admin/customers");
        revalidateEveryLocale(`/admin/customers/${data.userId}`);
        return { ok: true, message };
      },
    ),
    CUSTOMER_MESSAGES,
    STAFF_ERRORS,
  );
}

/** `Disable account` / `Enable account`: one action, so the page keeps its message when the button flips. */
export const setAccountDisabledAction = accountControl(accountDisabledSchema, async (actorId, { userId, disable }) =>
  disable === "1"
    ? {
        result: await setAccountDisabled(actorId, userId, true),
        message: "Account disabled: it cannot sign in, and its sessions have ended.",
      }
    : { result: await setAccountDisabled(actorId, userId, false), message: "Account enabled: it can sign in again." },
);

export const endSessionsAction = accountControl(accountControlSchema, async (actorId, { userId }) => ({
  result: await endAccountSessions(actorId, userId),
  message: "Sessions ended: this account is signed out everywhere.",
}));
