"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UserRole } from "@/db/schema";
import { changeRoleAction } from "@/lib/customers/actions";
import { initialActionState } from "@/lib/forms/action-state";

const ROLES: UserRole[] = ["customer", "staff", "admin"];

/** An admin's control to change another account's role; the server decides whether it may. */
export function RoleForm({ userId, role }: { userId: string; role: UserRole }) {
  const t = useTranslations("adminCustomers");
  const [state, action] = useActionState(changeRoleAction, initialActionState);
  const current = (state.values?.role as UserRole | undefined) ?? role;
  return (
    <form action={action} aria-label={t("roleForm.label")} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium text-zinc-900">
          {t("roleForm.role")}
          <select
            key={current}
            name="role"
            defaultValue={current}
            className="mt-1 rounded-lg border border-zinc-400 bg-white px-3 py-2 font-normal"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton variant="secondary">{t("roleForm.submit")}</SubmitButton>
      </div>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <p className="text-xs text-zinc-600">{t("roleForm.hint")}</p>
    </form>
  );
}
