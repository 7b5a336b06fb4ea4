"use server";

import { updateTag } from "next/cache";
import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { SETTINGS_ERRORS } from "@/lib/settings/messages";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { saveStorePolicies } from "./mutations";
import { storePoliciesSchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";

/** `Save policies` on /admin/settings/policies (admins only). */
export const saveStorePoliciesAction = withKnownMessages(
  staffAction({ role: "admin", schema: storePoliciesSchema }, async (data, { user }): Promise<ActionState> => {
    await saveStorePolicies(data, user.id);
    // The texts are read under TAGS.settings by cached pages: the footer is on every page, the notes on every product
    // page, the placeholders on the store pages.
    updateTag(TAGS.settings);
    revalidateEveryLocale("/", "layout");
    return { ok: true, message: "Policies saved. Shoppers see them on their next page load." };
  }),
  SETTINGS_ERRORS,
  STAFF_ERRORS,
);
