"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { type BrandResult, createBrand, deleteBrand, updateBrand } from "./mutations";
import { brandIdSchema, brandInputSchema } from "./schema";

const GONE: ActionState = { error: "This brand no longer exists. Go back to Brands." };

// Listings show brand names and filter by brand; product pages show the name.
function refreshShop(result: Extract<BrandResult, { ok: true }>) {
  updateTag(TAGS.catalog);
  for (const slug of result.slugs) updateTag(TAGS.product(slug));
}

export async function createBrandAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(brandInputSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await createBrand(parsed.data);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
  refreshShop(result);
  redirect("/admin/brands?notice=created");
}

export async function updateBrandAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const id = brandIdSchema.safeParse(form.get("id"));
  if (!id.success) return GONE;
  const parsed = parseForm(brandInputSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await updateBrand(id.data, parsed.data);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
  refreshShop(result);
  redirect("/admin/brands?notice=saved");
}

export async function deleteBrandAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const id = brandIdSchema.safeParse(form.get("id"));
  if (!id.success) return GONE;
  const result = await deleteBrand(id.data);
  if (!result.ok) return { error: result.error };
  refreshShop(result);
  redirect("/admin/brands?notice=deleted");
}
