"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { createShippingRate, saveStoreSettings, setShippingRateActive, updateShippingRate, type ShippingRateResult } from "./mutations";
import { readStoreSettings } from "./queries";
import { shippingRateIdSchema, shippingRateSchema, storeSettingsSchema } from "./schema";

const SETTINGS = "/admin/settings";

/** `Save settings` on /admin/settings (admins only). */
export async function saveStoreSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction("admin");
  if (!who.ok) return who.state;
  const { data, failure } = parseForm(storeSettingsSchema, form);
  if (failure) return failure;
  const result = await saveStoreSettings(data, who.user.id);
  updateTag(TAGS.settings);
  // The stock notes on product pages come from the catalog's cache.
  if (result.lowStockChanged) updateTag(TAGS.catalog);
  // The store name is in every layout (header, footer, titles): re-render them all.
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved. Shoppers see them on their next page load." };
}

function rateFailure(result: Exclude<ShippingRateResult, { ok: true }>, form: FormData): ActionState {
  return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values: formValues(form) };
}

/** Validates the rate (prices in the store currency) and creates it, or updates rate `id`; back to the settings on success. */
async function saveRate(form: FormData, id: number | null): Promise<ActionState> {
  const { currency } = await readStoreSettings();
  const { data, failure } = parseForm(shippingRateSchema(currency), form);
  if (failure) return failure;
  const result = id === null ? await createShippingRate(data) : await updateShippingRate(id, data);
  if (!result.ok) return rateFailure(result, form);
  revalidatePath(SETTINGS);
  redirect(`${SETTINGS}?saved=shipping`);
}

/** `Save shipping rate` on /admin/settings/shipping/new. */
export async function createShippingRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction("admin");
  if (!who.ok) return who.state;
  return saveRate(form, null);
}

/** `Save shipping rate` on /admin/settings/shipping/<id>. */
export async function updateShippingRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction("admin");
  if (!who.ok) return who.state;
  const id = shippingRateIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "That shipping rate no longer exists." };
  return saveRate(form, id.data);
}

/** `Deactivate` / `Activate` in the shipping rates table. */
export async function toggleShippingRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction("admin");
  if (!who.ok) return who.state;
  const id = shippingRateIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "That shipping rate no longer exists." };
  const active = form.get("active") === "true";
  const result = await setShippingRateActive(id.data, active);
  if (!result.ok) return { error: result.error };
  revalidatePath(SETTINGS);
  return { ok: true, message: active ? "The rate is offered at checkout again." : "The rate is no longer offered at checkout." };
}
