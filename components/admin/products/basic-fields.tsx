"use client";

import { useRef } from "react";
import type { ProductDraft } from "@/lib/products/draft";
import { slugify } from "@/lib/products/slug-rules";
import type { Choice } from "@/lib/products/types";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Section } from "./section";

type Props = { draft: ProductDraft; errors: Record<string, string>; categories: Choice[]; brands: Choice[] };

/** Title, slug, description, category, brand, status and tags. */
export function BasicFields({ draft, errors, categories, brands }: Props) {
  const slug = useRef<HTMLInputElement>(null);
  // A new product's slug follows its title until the person types one.
  const proposeSlug = (title: string) => {
    if (slug.current && !draft.id && slug.current.dataset.touched !== "1") slug.current.value = slugify(title);
  };
  return (
    <Section title="Product">
      <TextField
        id="title"
        name="title"
        label="Title"
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
        label="Slug"
        defaultValue={draft.slug}
        error={errors.slug}
        required
        hint={
          draft.id
            ? "The product's address: /p/slug. If you change it, the old address redirects to the new one."
            : "The product's address: /p/slug, e.g. linen-shirt-blue."
        }
        onInput={(e) => (e.currentTarget.dataset.touched = "1")}
      />
      <TextAreaField
        id="description"
        name="description"
        label="Description"
        rows={5}
        defaultValue={draft.description}
        error={errors.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="categoryId" name="categoryId" label="Category" defaultValue={draft.categoryId} error={errors.categoryId} required>
          <option value="">Choose a category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="brandId" name="brandId" label="Brand" defaultValue={draft.brandId} error={errors.brandId}>
          <option value="">No brand</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="status"
          name="status"
          label="Status"
          defaultValue={draft.status}
          error={errors.status}
          hint="Only active products are shown in the shop."
        >
          <option value="draft">Draft</option>
          <option value="active">Active</option>
          <option value="archived">Archived</option>
        </SelectField>
      </div>
      <TextField
        id="tags"
        name="tags"
        label="Tags"
        defaultValue={draft.tags}
        error={errors.tags}
        hint="Separate tags with commas, e.g. linen, summer."
      />
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
            Bought again regularly (consumable)
          </label>
          <p id="consumable-hint" className="text-sm text-zinc-600">
            Coffee, filters, refills: Recommended for you may offer it again to those who bought it.
          </p>
        </div>
      </div>
    </Section>
  );
}
