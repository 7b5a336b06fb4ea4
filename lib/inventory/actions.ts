"use server";

import { revalidateTag } from "next/cache";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { adjustStock, setLowStockThreshold } from "./mutations";
import { adjustStockSchema, thresholdSchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { INVENTORY_ERRORS } from "./messages";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Apply adjustment: staff only; the product page (stock) and, when availability flips, the listings are revalidated. */
export const adjustStockAction = withKnownMessages(
  staffAction({ schema: adjustStockSchema }, async (data, { user, form }): Promise<ActionState> => {
    const result = await adjustStock(data, user.id);
    if (!result.ok) return { error: result.error, values: formValues(form) };
    revalidateTag(TAGS.product(result.slug), "max");
    if (result.previous > 0 !== result.stock > 0) revalidateTag(TAGS.catalog, "max");
    revalidateEveryLocale("/admin/inventory");
    revalidateEveryLocale(`/admin/inventory/${data.variantId}`);
    const received = result.stock + result.preordersFilled;
    const change = received === result.previous ? "unchanged" : signed(received - result.previous);
    const filled = result.preordersFilled > 0 ? ` ${result.preordersFilled} went to waiting pre-orders, oldest first.` : "";
    return { ok: true, message: `Stock of ${result.sku} is now ${result.stock} (${change}, ${data.reason}).${filled}` };
  }),
  STAFF_ERRORS,
  INVENTORY_ERRORS,
);

/** Low-stock threshold of one variant; blank returns it to the store default. The product page says "Only N left" by it. */
export const setThresholdAction = withKnownMessages(
  staffAction({ schema: thresholdSchema }, async (data): Promise<ActionState> => {
    const threshold = data.threshold ?? null;
    const slug = await setLowStockThreshold(data.variantId, threshold);
    if (!slug) return { error: "This variant no longer exists." };
    revalidateTag(TAGS.product(slug), "max"); // its "Only N left"
    revalidateEveryLocale("/admin/inventory");
    revalidateEveryLocale(`/admin/inventory/${data.variantId}`);
    return {
      ok: true,
      message: threshold === null ? "Low-stock threshold now follows the store default." : `Low-stock threshold set to ${threshold}.`,
    };
  }),
  STAFF_ERRORS,
  INVENTORY_ERRORS,
);
