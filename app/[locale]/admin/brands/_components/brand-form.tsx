"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  brand?: { id: number; name: string; zhName: string; slug: string };
  submitLabel: string;
  label: string;
};

/** Create or rename a brand. */
export function BrandForm({ action: submit, brand, submitLabel, label }: Props) {
  const t = useTranslations("catalogAdmin");
  const c = useTranslations("adminCatalog");
  const [state, action] = useActionState(submit, initialActionState);
  const v = state.values ?? { name: brand?.name ?? "", zhName: brand?.zhName ?? "", slug: brand?.slug ?? "" };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label={label} className="flex flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      {brand ? <input type="hidden" name="id" value={brand.id} /> : null}
      <TextField name="name" label={c("name")} defaultValue={v.name} error={errors.name} required maxLength={100} />
      <TextField name="zhName" label={t("name")} lang="zh-CN" defaultValue={v.zhName} error={errors.zhName} maxLength={100} />
      <TextField name="slug" label={c("slug")} defaultValue={v.slug} error={errors.slug} hint={c("brands.slugHint")} maxLength={80} />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
