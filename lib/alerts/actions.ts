"use server";

import { z } from "zod";
import { staffAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { markAllAlertsRead, saveAlertPreferences } from "./mutations";
import { alertPreferencesSchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { ALERT_MESSAGES } from "./messages";

/** `Mark all as read` on /admin/alerts: the bell (in every back-office page's header) goes to zero. */
export const markAllAlertsReadAction = withKnownMessages(
  staffAction({ schema: z.object({}) }, async (_data, { user }): Promise<ActionState> => {
    const n = await markAllAlertsRead(user.id);
    revalidateEveryLocale("/admin", "layout");
    return { ok: true, message: n === 0 ? "There was nothing unread." : `Marked ${n} alert${n === 1 ? "" : "s"} as read.` };
  }),
  STAFF_ERRORS,
  ALERT_MESSAGES,
);

/** `Save alert settings` on /admin/alerts/settings: this staff member's bell and e-mail choice per kind. */
export const saveAlertPreferencesAction = withKnownMessages(
  staffAction({ schema: alertPreferencesSchema }, async (prefs, { user, form }): Promise<ActionState> => {
    await saveAlertPreferences(user.id, prefs);
    revalidateEveryLocale("/admin", "layout");
    // The boxes as saved (React resets a form after its action).
    return { ok: true, message: "Alert settings saved. They apply to your account only.", values: formValues(form) };
  }),
  STAFF_ERRORS,
  ALERT_MESSAGES,
);
