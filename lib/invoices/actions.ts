"use server";

import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { SETTINGS_ERRORS } from "@/lib/settings/messages";
import type { ActionState } from "@/lib/forms/action-state";
import { invoiceSettingsSchema } from "./schema";
import { saveInvoiceSettings } from "./settings";
import { revalidateEveryLocale } from "@/lib/i18n/server";

/** `Save invoice settings` on /admin/settings/invoices (admins only). Issued documents keep what they said. */
export const saveInvoiceSettingsAction = withKnownMessages(
  staffAction({ role: "admin", schema: invoiceSettingsSchema }, async (data, { user }): Promise<ActionState> => {
    await saveInvoiceSettings(data, user.id);
    // Invoices read these columns uncached when they are issued; only this page shows them.
    revalidateEveryLocale("/admin/settings/invoices");
    return {
      ok: true,
      message: "Invoice settings saved. Invoices and credit notes issued from now on use them; issued ones do not change.",
    };
  }),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);
