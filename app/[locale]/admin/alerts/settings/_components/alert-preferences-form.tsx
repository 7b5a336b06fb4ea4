"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveAlertPreferencesAction } from "@/lib/alerts/actions";
import type { AlertPreference } from "@/lib/alerts/kinds";
import { initialActionState } from "@/lib/forms/action-state";

/** A table of kinds with two checkboxes each (Bell, E-mail); unchecked means off. */
export function AlertPreferencesForm({ prefs }: { prefs: AlertPreference[] }) {
  const t = useTranslations("adminAlerts");
  // messages: adminAlerts.kind.*
  const kind = (p: AlertPreference) => t(`kind.${p.kind}`);
  const [state, action] = useActionState(saveAlertPreferencesAction, initialActionState);
  const v = state.values;
  const checked = (channel: "bell" | "email", p: AlertPreference) => (v ? v[`${channel}.${p.kind}`] === "on" : p[channel]);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <table className="w-full rounded-xl border border-zinc-200 bg-white text-sm">
        <thead>
          <tr className="border-b border-zinc-200 text-left">
            <th scope="col" className="p-3">
              {t("settings.alert")}
            </th>
            <th scope="col" className="p-3">
              {t("settings.bell")}
            </th>
            <th scope="col" className="p-3">
              {t("settings.email")}
            </th>
          </tr>
        </thead>
        <tbody>
          {prefs.map((p) => (
            <tr key={p.kind} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className="p-3 text-left font-medium">
                {kind(p)}
              </th>
              <td className="p-3">
                <input
                  type="checkbox"
                  name={`bell.${p.kind}`}
                  defaultChecked={checked("bell", p)}
                  aria-label={t("settings.bellFor", { kind: kind(p) })}
                  className="h-4 w-4"
                />
              </td>
              <td className="p-3">
                <input
                  type="checkbox"
                  name={`email.${p.kind}`}
                  defaultChecked={checked("email", p)}
                  aria-label={t("settings.emailFor", { kind: kind(p) })}
                  className="h-4 w-4"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <SubmitButton>{t("settings.save")}</SubmitButton>
      </div>
    </form>
  );
}
