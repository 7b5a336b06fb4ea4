"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";

export type ParentChoice = { id: number; name: string; depth: number };
type Values = {
  id?: number;
  name: string;
  zhName: string;
  slug: string;
  parentId: number | null;
  description: string;
  zhDescription: string;
  position: number;
};

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** Categories that may be the parent (the edited one and those below it left out). */
  parents: ParentChoice[];
  category?: Values;
  submitLabel: string;
  /** The form's accessible name, e.g. "New category". */
  label: string;
};

/** Create or edit a category: name, slug, parent, description and position among its siblings. */
export function CategoryForm({ action: submit, parents, category, submitLabel, label }: Props) {
  const t = useTranslations("catalogAdmin");
  const c = useTranslations("adminCatalog");
  const [state, action] = useActionState(submit, initialActionState);
  const v = state.values ?? {
    name: category?.name ?? "",
    zhName: category?.zhName ?? "",
    zhDescription: category?.zhDescription ?? "",
    slug: category?.slug ?? "",
    parentId: category?.parentId ? String(category.parentId) : "",
    description: category?.description ?? "",
    position: String(category?.position ?? 0),
  };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label={label} className="flex flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      {category?.id ? <input type="hidden" name="id" value={category.id} /> : null}
      <TextField name="name" label={c("name")} defaultValue={v.name} error={errors.name} required maxLength={100} />
      <TextField name="zhName" label={t("name")} lang="zh-CN" defaultValue={v.zhName} error={errors.zhName} maxLength={100} />
      <TextField name="slug" label={c("slug")} defaultValue={v.slug} error={errors.slug} hint={c("categories.slugHint")} maxLength={80} />
      <SelectField name="parentId" label={c("categories.parent")} defaultValue={v.parentId} error={errors.parentId}>
        <option value="">{c("categories.topLevel")}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {`${"\u00a0\u00a0".repeat(p.depth)}${p.depth ? "└ " : ""}${p.name}`}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="description"
        label={c("categories.descriptionField")}
        rows={3}
        maxLength={2000}
        defaultValue={v.description}
        error={errors.description}
      />
      <TextAreaField
        name="zhDescription"
        label={t("description")}
        lang="zh-CN"
        rows={3}
        maxLength={2000}
        defaultValue={v.zhDescription}
        error={errors.zhDescription}
      />
      <NumberField
        name="position"
        label={c("categories.position")}
        min={0}
        max={100000}
        defaultValue={v.position}
        error={errors.position}
        hint={c("categories.positionHint")}
      />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
