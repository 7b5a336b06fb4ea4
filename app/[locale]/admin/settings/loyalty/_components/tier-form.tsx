"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { InlineAction } from "@/components/admin/inline-action";
import { NumberField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { createMemberTierAction, deleteMemberTierAction, updateMemberTierAction } from "@/lib/loyalty/actions";

type TierValues = { id: number; name: string; minSpend: string; percentOff: number; freeShipping: boolean };

/** One tier's fields (`Save tier`, `Delete tier`), or with no tier the `Add tier` form. */
export function TierForm({ tier }: { tier: TierValues | null }) {
  const t = useTranslations("adminSettings.loyalty");
  const [state, action] = useActionState(tier ? updateMemberTierAction.bind(null, tier.id) : createMemberTierAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const prefix = tier ? `tier-${tier.id}` : "new-tier";
  const v = (name: keyof TierValues, fallback: string) => state.values?.[name] ?? (tier ? String(tier[name]) : fallback);
  const legend = tier ? tier.name : t("newTier");
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4">
      <form action={action} noValidate key={tier ? undefined : state.ok ? state.message : "new"}>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 font-medium">{legend}</legend>
          <FormError>{state.error}</FormError>
          <FormStatus>{state.message}</FormStatus>
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField id={`${prefix}-name`} name="name" label={t("tierName")} defaultValue={v("name", "")} error={e.name} maxLength={40} />
            <TextField
              id={`${prefix}-minSpend`}
              name="minSpend"
              label={t("minSpend")}
              inputMode="decimal"
              defaultValue={v("minSpend", "")}
              error={e.minSpend}
            />
            <NumberField
              id={`${prefix}-percentOff`}
              name="percentOff"
              label={t("percentOff")}
              min={0}
              max={100}
              defaultValue={v("percentOff", "0")}
              error={e.percentOff}
            />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="freeShipping"
              defaultChecked={state.values ? state.values.freeShipping === "on" : (tier?.freeShipping ?? false)}
              className="h-4 w-4"
            />
            {t("freeShipping")}
          </label>
          <div className="w-fit">
            <SubmitButton variant={tier ? "secondary" : "primary"}>{tier ? t("saveTier") : t("addTier")}</SubmitButton>
          </div>
        </fieldset>
      </form>
      {tier && (
        <div className="mt-3">
          <InlineAction action={deleteMemberTierAction} fields={{ id: String(tier.id) }} label={t("deleteTier")} />
        </div>
      )}
    </div>
  );
}
