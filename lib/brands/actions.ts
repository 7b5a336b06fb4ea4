"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { z } from "zod";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { type BrandResult, createBrand, deleteBrand, updateBrand } from "./mutations";
import { brandIdSchema, brandInputSchema } from "./schema";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { BRAND_ERRORS } from "@/lib/categories/messages";

const GONE: ActionState = { error: "This brand no longer exists. Go back to Brands." };
const idSchema = z.object({ id: brandIdSchema });
// The id is checked first: a form for a brand that is gone says so rather than showing field errors.
const ifGone = (failure: ActionState) => (failure.fieldErrors?.id ? GONE : failure);

// Listings show brand names and filter by brand; product pages show the name.
function refreshShop(result: Extract<BrandResult, { ok: true }>) {
  updateTag(TAGS.catalog);
  for (const slug of result.slugs) updateTag(TAGS.product(slug));
}

export const createBrandAction = withKnownMessages(
  staffAction({ schema: brandInputSchema }, async (input, { form }): Promise<ActionState> => {
    const result = await createBrand(input);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
    refreshShop(result);
    redirect(await localized("/admin/brands?notice=created"));
  }),
  STAFF_ERRORS,
  BRAND_ERRORS,
);

export const updateBrandAction = withKnownMessages(
  staffAction({ schema: idSchema.and(brandInputSchema), invalid: ifGone }, async ({ id, ...input }, { form }): Promise<ActionState> => {
    const result = await updateBrand(id, input);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
    refreshShop(result);
    redirect(await localized("/admin/brands?notice=saved"));
  }),
  STAFF_ERRORS,
  BRAND_ERRORS,
);

export const deleteBrandAction = withKnownMessages(
  staffAction({ schema: idSchema, invalid: () => GONE }, async ({ id }): Promise<ActionState> => {
    const result = await deleteBrand(id);
    if (!result.ok) return { error: result.error };
    refreshShop(result);
    redirect(await localized("/admin/brands?notice=deleted"));
  }),
  STAFF_ERRORS,
  BRAND_ERRORS,
);
