"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { createCategory, deleteCategory, updateCategory } from "./mutations";
import { categoryIdSchema, categoryInputSchema } from "./schema";

// The header, category pages and product breadcrumbs all read the cached tree.
function refreshShop() {
  updateTag(TAGS.categories);
  updateTag(TAGS.catalog);
}

export async function createCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(categoryInputSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await createCategory(parsed.data);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
  refreshShop();
  redirect("/admin/categories?notice=created");
}

export async function updateCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const id = categoryIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "This category no longer exists. Go back to Categories." };
  const parsed = parseForm(categoryInputSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await updateCategory(id.data, parsed.data);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
  refreshShop();
  redirect("/admin/categories?notice=saved");
}

export async function deleteCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const id = categoryIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "This category no longer exists. Go back to Categories." };
  const result = await deleteCategory(id.data);
  if (!result.ok) return { error: result.error };
  refreshShop();
  redirect("/admin/categories?notice=deleted");
}
