"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { adjustStock, setLowStockThreshold } from "./mutations";
import { adjustStockSchema, thresholdSchema } from "./schema";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Apply adjustment: staff only; the product page (stock) and, when availability flips, the listings are revalidated. */
export async function adjustStockAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(adjustStockSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await adjustStock(parsed.data, staff.user.id);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  revalidateTag(TAGS.product(result.slug), "max");
  if ((result.previous > 0) !== (result.stock > 0)) revalidateTag(TAGS.catalog, "max");
  revalidatePath("/admin/inventory");
  revalidatePath(`/admin/inventory/${parsed.data.variantId}`);
  const change = result.stock === result.previous ? "unchanged" : signed(result.stock - result.previous);
  return { ok: true, message: `Stock of ${result.sku} is now ${result.stock} (${change}, ${parsed.data.reason}).` };
}

/** Low-stock threshold of one variant; blank returns it to the store default. */
export async function setThresholdAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(thresholdSchema, form);
  if (parsed.failure) return parsed.failure;
  const threshold = parsed.data.threshold ?? null;
  if (!(await setLowStockThreshold(parsed.data.variantId, threshold))) return { error: "This variant no longer exists." };
  revalidatePath("/admin/inventory");
  revalidatePath(`/admin/inventory/${parsed.data.variantId}`);
  return { ok: true, message: threshold === null ? "Low-stock threshold now follows the store default." : `Low-stock threshold set to ${threshold}.` };
}
