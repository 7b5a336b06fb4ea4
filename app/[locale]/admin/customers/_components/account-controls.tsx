"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { endSessionsAction, setAccountDisabledAction } from "@/lib/customers/actions";
import { initialActionState } from "@/lib/forms/action-state";

type Action = typeof endSessionsAction;

function ControlForm({
  action,
  userId,
  label,
  fields = {},
}: {
  action: Action;
  userId: string;
  label: string;
  fields?: Record<string, string>;
}) {
  const [state, run] = useActionState(action, initialActionState);
  return (
    <form action={run} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary">{label}</SubmitButton>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
    </form>
  );
}

/** An admin's controls over another account: disable (or enable) it, and sign it out everywhere. */
export function AccountControls({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations("adminCustomers.controls");
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-zinc-700">{disabled ? t("disabled") : t("canSignIn")}</p>
      <div className="flex flex-wrap items-start gap-3">
        <ControlForm
          action={setAccountDisabledAction}
          userId={userId}
          label={disabled ? t("enable") : t("disable")}
          fields={{ disable: disabled ? "0" : "1" }}
        />
        <ControlForm action={endSessionsAction} userId={userId} label={t("endSessions")} />
      </div>
    </div>
  );
}
