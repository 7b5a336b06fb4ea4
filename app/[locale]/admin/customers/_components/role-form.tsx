"use client";

import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UserRole } from "@/db/schema";
import { changeRoleAction } from "@/lib/customers/actions";
import { initialActionState } from "@/lib/forms/action-state";

const ROLES: { value: UserRole; label: string }[] = [
  { value: "customer", label: "Customer" },
  { value: "staff", label: "Staff" },
  { value: "admin", label: "Admin" },
];

/** An admin's control to change another account's role; the server decides whether it may. */
export function RoleForm({ userId, role }: { userId: string; role: UserRole }) {
  const [state, action] = useActionState(changeRoleAction, initialActionState);
  const current = (state.values?.role as UserRole | undefined) ?? role;
  return (
    <form action={action} aria-label="Change role" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium text-zinc-900">
          Role
          <select
            key={current}
            name="role"
            defaultValue={current}
            className="mt-1 rounded-lg border border-zinc-400 bg-white px-3 py-2 font-normal"
          >
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton variant="secondary">Change role</SubmitButton>
      </div>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <p className="text-xs text-zinc-600">Staff can use the back office; admins can also change settings and roles.</p>
    </form>
  );
}
