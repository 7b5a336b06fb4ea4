"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { z } from "zod";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { createCategory, deleteCategory, updateCategory } from "./mutations";
import { categoryIdSchema, categoryInputSchema } from "./schema";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { CATEGORY_ERRORS } from "./messages";

const GONE: ActionState = { error: "This category no longer exists. Go back to Categories." };
const idSchema = z.object({ id: categoryIdSchema });
// The id is checked first: a form for a category that is gone says so rather than showing field errors.
const ifGone = (failure: ActionState) => (failure.fieldErrors?.id ? GONE : failure);

// The header, category pages and product breadcrumbs all read the cached tree.
function refreshShop() {
  updateTag(TAGS.categories);
  updateTag(TAGS.catalog);
}

export const createCategoryAction = withKnownMessages(
  staffAction({ schema: categoryInputSchema }, async (input, { form }): Promise<ActionState> => {
    const result = await createCategory(input);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
    refreshShop();
    redirect(await localized("/admin/categories?notice=created"));
  }),
  STAFF_ERRORS,
  CATEGORY_ERRORS,
);

export const updateCategoryAction = withKnownMessages(
  staffAction({ schema: idSchema.and(categoryInputSchema), invalid: ifGone }, async ({ id, ...input }, { form }): Promise<ActionState> => {
    const result = await updateCategory(id, input);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
    refreshShop();
    redirect(await localized("/admin/categories?notice=saved"));
  }),
  STAFF_ERRORS,
  CATEGORY_ERRORS,
);

export const deleteCategoryAction = withKnownMessages(
  staffAction({ schema: idSchema, invalid: () => GONE }, async ({ id }): Promise<ActionState> => {
    const result = await deleteCategory(id);
    if (!result.ok) return { error: result.error };
    refreshShop();
    redirect(await localized("/admin/categories?notice=deleted"));
  }),
  STAFF_ERRORS,
  CATEGORY_ERRORS,
);
