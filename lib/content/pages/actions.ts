"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { CONTENT_ERRORS } from "../messages";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { saveStorePage } from "./mutations";
import { storePageSchema } from "./schema";

/** `Save` on /admin/content/pages/<slug>: staff and admins edit the store's pages, like the banners. */
export const saveStorePageAction = withKnownMessages(
  staffAction(
    {
      schema: storePageSchema,
      invalid: (failure) => (failure.fieldErrors?.slug ? { error: "That page does not exist." } : failure),
    },
    async (data, { user }): Promise<ActionState> => {
      await saveStorePage(data, user.id);
      updateTag(TAGS.storePages);
      revalidateEveryLocale(`/pages/${data.slug}`);
      revalidateEveryLocale("/admin/content/pages");
      redirect(await localized(`/admin/content/pages?saved=${data.slug}`));
    },
  ),
  CONTENT_ERRORS,
  STAFF_ERRORS,
);
