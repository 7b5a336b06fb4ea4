"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { TranslationFields } from "./translation-fields";
import { usePictureUpload } from "@/components/admin/use-picture-upload";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";
import { draftFromValues, newUid, type ProductDraft, reconcileVariants, usableOptions } from "@/lib/products/draft";
import { checkImageFiles } from "@/lib/products/image-rules";
import type { Choice } from "@/lib/products/types";
import { BasicFields } from "./basic-fields";
import { ImageFields } from "./image-fields";
import { type OptionDraft, OptionFields } from "./option-fields";
import { SpecFields } from "./spec-fields";
import { VariantFields } from "./variant-fields";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  draft: ProductDraft;
  categories: Choice[];
  brands: Choice[];
  currency: string;
  maxImageMb: number;
};

/**
 * Create or edit a product. Chosen pictures are uploaded before the save, which
 * names them. After a refusal the form is rebuilt from what was sent, so nothing
 * typed is lost.
 */
export function ProductForm({ action: submit, draft, ...rest }: Props) {
  const t = useTranslations("adminProducts.form");
  const say = useTranslations("adminProducts.errors");
  const [state, action] = useActionState(submit, initialActionState);
  const check = (files: File[]) => {
    const problem = checkImageFiles(files);
    // messages: adminProducts.errors.images.*
    return problem && say(`images.${problem.key}`, problem.values);
  };
  const upload = usePictureUpload("product", "images", "uploads", check);
  const shown = state.values ? draftFromValues(state.values) : draft;
  const errors = upload.error ? { ...state.fieldErrors, images: upload.error } : (state.fieldErrors ?? {});
  return (
    <form action={action} onSubmit={upload.onSubmit} aria-label={t("label")} className="flex flex-col gap-6" noValidate>
      <FormError>{upload.error ?? state.error}</FormError>
      {/* Rebuilt (key) whenever the server sends the fields back, so every row shows what was sent. */}
      <ProductFormFields key={JSON.stringify(state.values ?? null)} draft={shown} errors={errors} {...rest} />
      <div className="sticky bottom-0 -mx-1 flex items-center gap-3 border-t border-zinc-200 bg-zinc-50/95 px-1 py-3">
        <div className="w-40">
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
        <p role="status" className="text-sm text-zinc-600">
          {upload.uploading ? t("uploading") : ""}
        </p>
      </div>
    </form>
  );
}

function ProductFormFields({
  draft,
  errors,
  categories,
  brands,
  currency,
  maxImageMb,
}: Omit<Props, "action"> & { errors: Record<string, string> }) {
  const [options, setOptions] = useState<OptionDraft[]>(() => draft.options.map((o) => ({ ...o, uid: newUid() })));
  const [variants, setVariants] = useState(draft.variants);
  const usable = usableOptions(options);
  const changeOptions = (next: OptionDraft[]) => {
    setOptions(next);
    setVariants(reconcileVariants(variants, usableOptions(next)));
  };
  return (
    <>
      <input type="hidden" name="id" value={draft.id} />
      <BasicFields draft={draft} errors={errors} categories={categories} brands={brands} />
      <TranslationFields draft={draft} errors={errors} />
      <OptionFields options={options} errors={errors} onChange={changeOptions} />
      <VariantFields variants={variants} options={usable} errors={errors} currency={currency} />
      <SpecFields specs={draft.specs} errors={errors} />
      <ImageFields images={draft.images} error={errors.images} maxMb={maxImageMb} />
    </>
  );
}
