"use server";

import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import { storeCurrency } from "@/lib/settings/store";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { nestedFormValues } from "./form-data";
import { claimUploadedImages, postedImageFiles } from "./images";
import { saveProduct } from "./mutations";
import { productFormSchema } from "./schema";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { PRODUCT_ERRORS } from "./messages";

/** Drops the shop's cached copies of this product (under both slugs) and of the listings it appears in. */
function revalidateProduct(slugs: (string | null)[]) {
  // expire: 0 — the next shopper's load reads the database, never the stale copy.
  for (const slug of slugs) {
    if (!slug) continue;
    revalidateTag(TAGS.product(slug), { expire: 0 });
    revalidateEveryLocale(`/p/${slug}`);
  }
  revalidateTag(TAGS.catalog, { expire: 0 });
}

/** A file field cannot be filled in again by the server: say so when pictures were chosen. */
const again = (form: FormData) => (form.getAll("uploads").length ? " Then choose the pictures again: they were not added." : "");

/**
 * The form uploads pictures first (/api/admin/pictures/product) and names them here; files posted
 * with the form itself come only from a page without JavaScript, and actions accept 1 MB at most.
 * Refused before anything else, whether or not the other fields are valid.
 */
function postedFilesRefusal(form: FormData): ActionState | null {
  if (!postedImageFiles(form).length) return null;
  const error = "Pictures are added by the page's script: turn JavaScript on to add pictures.";
  return { error, fieldErrors: { images: error }, values: formValues(form) };
}

/** Create or edit a product (the form's hidden `id` says which); on success back to its page with a notice. */
export const saveProductAction = withKnownMessages(
  staffAction(
    {
      schema: async () => productFormSchema(await storeCurrency()),
      input: (form) => nestedFormValues(form.entries()),
      invalid: (failure, form) => postedFilesRefusal(form) ?? { ...failure, error: `${failure.error}${again(form)}` },
    },
    async (data, { user, form }): Promise<ActionState> => {
      const posted = postedFilesRefusal(form);
      if (posted) return posted;
      const values = formValues(form);
      const stored = await claimUploadedImages(form);
      if (typeof stored === "string") return { error: stored, fieldErrors: { images: stored }, values };

      const result = await saveProduct(data, user, stored, await storeCurrency());
      // Pictures already stored for a refused save stay unused on disk (MediaStorage has no delete yet).
      if (!result.ok) return { error: `${result.error}${again(form)}`, fieldErrors: result.fieldErrors, values };
      revalidateProduct([result.slug, result.previousSlug]);
      redirect(await localized(`/admin/products/${result.productId}?saved=1`));
    },
  ),
  STAFF_ERRORS,
  PRODUCT_ERRORS,
);
