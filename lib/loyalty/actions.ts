"use server";

import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { SETTINGS_ERRORS } from "@/lib/settings/messages";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { storeCurrency } from "@/lib/settings/store";
import { adjustPoints, createMemberTier, deleteMemberTier, saveLoyaltySettings, type TierResult, updateMemberTier } from "./mutations";
import { loyaltySettingsSchema, memberTierIdFormSchema, memberTierIdSchema, memberTierSchema, pointsAdjustmentSchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { CUSTOMER_MESSAGES } from "@/lib/customers/messages";

const LOYALTY_SETTINGS = "/admin/settings/loyalty";

/** `Apply adjustment` on a customer's page (staff): adds or takes points, with a reason; answers in the page's language. */
export const adjustPointsAction = withKnownMessages(
  staffAction({ schema: pointsAdjustmentSchema }, async (data, { user, form }): Promise<ActionState> => {
    const result = await adjustPoints(data, user.id);
    if (!result.ok) {
      return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values: formValues(form) };
    }
    revalidateEveryLocale(`/admin/customers/${data.userId}`);
    const n = Math.abs(data.points);
    return {
      ok: true,
      message: `${data.points > 0 ? "Added" : "Took"} ${n} ${n === 1 ? "point" : "points"}: the balance is now ${result.balance}.`,
    };
  }),
  CUSTOMER_MESSAGES,
  STAFF_ERRORS,
);

/** `Save points settings` on /admin/settings/loyalty (admins only). */
export const saveLoyaltySettingsAction = withKnownMessages(
  staffAction({ role: "admin", schema: loyaltySettingsSchema }, async (data, { user }): Promise<ActionState> => {
    await saveLoyaltySettings(data, user.id);
    revalidateEveryLocale(LOYALTY_SETTINGS);
    return { ok: true, message: "Points settings saved. They apply to orders paid and reviews written from now on." };
  }),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

const tierSchema = async () => memberTierSchema(await storeCurrency());

function tierSaved(result: TierResult, form: FormData, message: string): ActionState {
  if (!result.ok) {
    return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values: formValues(form) };
  }
  revalidateEveryLocale(LOYALTY_SETTINGS);
  return { ok: true, message };
}

/** `Add tier` on /admin/settings/loyalty. */
export const createMemberTierAction = withKnownMessages(
  staffAction({ role: "admin", schema: tierSchema }, async (data, { form }) =>
    tierSaved(await createMemberTier(data), form, `Tier ${data.name} added.`),
  ),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

/** `Save tier` in a row of the tiers table (the tier's id is bound). */
export const updateMemberTierAction = withKnownMessages(
  staffAction(
    { role: "admin", bind: "id", schema: async () => (await tierSchema()).extend({ id: memberTierIdSchema }) },
    async ({ id, ...data }, { form }) => tierSaved(await updateMemberTier(id, data), form, `Tier ${data.name} saved.`),
  ),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);

/** `Delete tier` in a row of the tiers table. */
export const deleteMemberTierAction = withKnownMessages(
  staffAction({ role: "admin", schema: memberTierIdFormSchema }, async ({ id }): Promise<ActionState> => {
    const result = await deleteMemberTier(id);
    if (!result.ok) return { error: result.error };
    revalidateEveryLocale(LOYALTY_SETTINGS);
    return { ok: true, message: "Tier deleted." };
  }),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);
