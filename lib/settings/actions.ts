"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { SETTINGS_ERRORS } from "@/lib/settings/messages";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { createShippingRate, saveStoreSettings, setShippingRateActive, updateShippingRate, type ShippingRateResult } from "./mutations";
import { shippingRateIdSchema, shippingRateSchema, storeSettingsSchema } from "./schema";
import { forgetStoreDefaultLocale } from "./default-locale";
import { storeCurrency } from "./store";

const SETTINGS = "/admin/settings";
const GONE: ActionState = { error: "That shipping rate no longer exists." };
const idSchema = z.object({ id: shippingRateIdSchema });
// The id is checked first: a form for a rate that is gone says so rather than showing field errors.
const ifGone = (failure: ActionState) => (failure.fieldErrors?.id ? GONE : failure);
/** Rate prices are in the store currency. */
const rateSchema = async () => shippingRateSchema(await storeCurrency());

/** `Save settings` on /admin/settings (admins only). */
export const saveStoreSettingsAction = withKnownMessages(
  staffAction({ role: "admin", schema: storeSettingsSchema }, async (data, { user }): Promise<ActionState> => {
    const result = await saveStoreSettings(data, user.id);
    updateTag(TAGS.settings);
    // The default language is held in memory by proxy.ts and the mailer: read it again.
    forgetStoreDefaultLocale();
    // The stock notes on product pages come from the catalog's cache.
    if (result.lowStockChanged) updateTag(TAGS.catalog);
    // The store name is in every layout (header, footer, titles): re-render them all.
    revalidateEveryLocale("/", "layout");
    return { ok: true, message: "Settings saved. Shoppers see them on their next page load." };
  }),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

/** The rates are worded on cached shopper pages (footer, product pages, /pages/shipping): re-render them. */
function refreshShippingTexts() {
  updateTag(TAGS.settings);
  revalidateEveryLocale("/", "layout");
}

/** A saved rate goes back to the settings; a refused one stays on its form. */
async function rateSaved(result: ShippingRateResult, form: FormData): Promise<ActionState> {
  if (!result.ok) {
    return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values: formValues(form) };
  }
  refreshShippingTexts();
  redirect(await localized(`${SETTINGS}?saved=shipping`));
}

/** `Save shipping rate` on /admin/settings/shipping/new. */
export const createShippingRateAction = withKnownMessages(
  staffAction({ role: "admin", schema: rateSchema }, async (data, { form }) => rateSaved(await createShippingRate(data), form)),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

/** `Save shipping rate` on /admin/settings/shipping/<id>. */
export const updateShippingRateAction = withKnownMessages(
  staffAction({ role: "admin", schema: async () => idSchema.and(await rateSchema()), invalid: ifGone }, async ({ id, ...data }, { form }) =>
    rateSaved(await updateShippingRate(id, data), form),
  ),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

/** `Deactivate` / `Activate` in the shipping rates table. */
export const toggleShippingRateAction = withKnownMessages(
  staffAction(
    { role: "admin", schema: idSchema.extend({ active: z.string().optional() }), invalid: () => GONE },
    async ({ id, active: flag }): Promise<ActionState> => {
      const active = flag === "true";
      const result = await setShippingRateActive(id, active);
      if (!result.ok) return { error: result.error };
      refreshShippingTexts();
      return { ok: true, message: active ? "The rate is offered at checkout again." : "The rate is no longer offered at checkout." };
    },
  ),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);
