"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { ProductDraft } from "@/lib/products/draft";
import { slugify } from "@/lib/products/slug-rules";
import type { Choice } from "@/lib/products/types";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Section } from "./section";

type Props = { draft: ProductDraft; errors: Record<string, string>; categories: Choice[]; brands: Choice[] };

/** Title, slug, description, category, brand, status and tags. */
export function BasicFields({ draft, errors, categories, brands }: Props) {
  const t = useTranslations("adminProducts.form");
  const slug = useRef<HTMLInputElement>(null);
  // A new product's slug follows its title until the person types one.
  const proposeSlug = (title: string) => {
    if (slug.current && !draft.id && slug.current.dataset.touched !== "1") slug.current.value = slugify(title);
  };
  return (
    <Section title={t("product")}>
      <TextField
        id="title"
        name="title"
        label={t("title")}
        defaultValue={draft.title}
        error={errors.title}
        required
        maxLength={200}
        onChange={(e) => proposeSlug(e.currentTarget.value)}
      />
      <TextField
        ref={slug}
        id="slug"
        name="slug"
        label={t("slug")}
        defaultValue={draft.slug}
        error={errors.slug}
        required
        hint={draft.id ? t("slugHintEdit") : t("slugHintNew")}
        onInput={(e) => (e.currentTarget.dataset.touched = "1")}
      />
      <TextAreaField
        id="description"
        name="description"
        label={t("description")}
        rows={5}
        defaultValue={draft.description}
        error={errors.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="categoryId"
          name="categoryId"
          label={t("category")}
          defaultValue={draft.categoryId}
          error={errors.categoryId}
          required
        >
          <option value="">{t("chooseCategory")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="brandId" name="brandId" label={t("brand")} defaultValue={draft.brandId} error={errors.brandId}>
          <option value="">{t("noBrand")}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="status" name="status" label={t("status")} defaultValue={draft.status} error={errors.status} hint={t("statusHint")}>
          <StatusOptions />
        </SelectField>
      </div>
      <TextField id="tags" name="tags" label={t("tags")} defaultValue={draft.tags} error={errors.tags} hint={t("tagsHint")} />
      <div className="flex items-start gap-2">
        <input
          id="consumable"
          name="consumable"
          type="checkbox"
          defaultChecked={draft.consumable}
          className="mt-1 h-4 w-4"
          aria-describedby="consumable-hint"
        />
        <div>
          <label htmlFor="consumable" className="text-sm font-medium">
            {t("consumable")}
          </label>
          <p id="consumable-hint" className="text-sm text-zinc-600">
            {t("consumableHint")}
          </p>
        </div>
      </div>
    </Section>
  );
}

function StatusOptions() {
  const t = useTranslations("adminProducts.status");
  return (
    <>
      <option value="draft">{t("draft")}</option>
      <option value="active">{t("active")}</option>
      <option value="archived">{t("archived")}</option>
    </>
  );
}
