"use server";

import { staffAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { PAYMENT_SETTINGS_MESSAGES } from "./messages";
import { activeProviderId } from "./providers";
import { paymentMethodsSchema } from "./schema";
import { saveEnabledPaymentMethods } from "./settings";

/** `Save payment methods` on /admin/settings/payments (admins only): the methods checkout offers from now on. */
export const savePaymentMethodsAction = withKnownMessages(
  staffAction(
    {
      role: "admin",
      schema: () => paymentMethodsSchema(activeProviderId()),
      input: (form) => ({ methods: form.getAll("methods").map(String) }),
      // The checked boxes go back with the refusal, so the form keeps them (one value: the ids joined).
      invalid: (failure, form): ActionState => ({ ...failure, values: { methods: form.getAll("methods").map(String).join(",") } }),
    },
    async ({ methods }, { user }): Promise<ActionState> => {
      await saveEnabledPaymentMethods(methods, user.id);
      // Checkout reads the setting uncached; only this page shows it.
      revalidateEveryLocale("/admin/settings/payments");
      return { ok: true, message: "Payment methods saved. Checkout offers the checked ones from now on." };
    },
  ),
  PAYMENT_SETTINGS_MESSAGES,
  STAFF_ERRORS,
);
