"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { saveStorePage } from "./mutations";
import { storePageSchema } from "./schema";

/** `Save` on /admin/content/pages/<slug>: staff and admins edit the store's pages, like the banners. */
export const saveStorePageAction = staffAction(
  {
    schema: storePageSchema,
    invalid: (failure) => (failure.fieldErrors?.slug ? { error: "That page does not exist." } : failure),
  },
  async (data, { user }): Promise<ActionState> => {
    await saveStorePage(data, user.id);
    updateTag(TAGS.storePages);
    revalidatePath(`/pages/${data.slug}`);
    revalidatePath("/admin/content/pages");
    redirect(`/admin/content/pages?saved=${data.slug}`);
  },
);
