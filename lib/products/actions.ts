"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import { storeCurrency } from "@/lib/catalog/store";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { nestedFormValues } from "./form-data";
import { checkImageFiles, ImageRejected, type StoredImage, storeProductImages, uploadedImages } from "./images";
import { saveProduct } from "./mutations";
import { productFormSchema } from "./schema";

/** Drops the shop's cached copies of this product (under both slugs) and of the listings it appears in. */
function revalidateProduct(slugs: (string | null)[]) {
  // expire: 0 — the next shopper's load reads the database, never the stale copy.
  for (const slug of slugs) {
    if (!slug) continue;
    revalidateTag(TAGS.product(slug), { expire: 0 });
    revalidatePath(`/p/${slug}`);
  }
  revalidateTag(TAGS.catalog, { expire: 0 });
}

/** A file field cannot be filled in again by the server: say so when pictures were chosen. */
const again = (form: FormData) => (uploadedImages(form).length ? " Then choose the pictures again: they were not added." : "");

/** Create or edit a product (the form's hidden `id` says which); on success back to its page with a notice. */
export const saveProductAction = staffAction(
  {
    schema: async () => productFormSchema(await storeCurrency()),
    input: (form) => nestedFormValues(form.entries()),
    invalid: (failure, form) => ({ ...failure, error: `${failure.error}${again(form)}` }),
  },
  async (data, { user, form }): Promise<ActionState> => {
    const values = formValues(form);
    const files = uploadedImages(form);
    const fileProblem = checkImageFiles(files);
    if (fileProblem) return { error: fileProblem, fieldErrors: { images: fileProblem }, values };
    let stored: StoredImage[];
    try {
      stored = await storeProductImages(files);
    } catch (e) {
      if (!(e instanceof ImageRejected)) throw e;
      return { error: e.message, fieldErrors: { images: e.message }, values };
    }

    const result = await saveProduct(data, user, stored, await storeCurrency());
    // Pictures already stored for a refused save stay unused on disk (MediaStorage has no delete yet).
    if (!result.ok) return { error: `${result.error}${again(form)}`, fieldErrors: result.fieldErrors, values };
    revalidateProduct([result.slug, result.previousSlug]);
    redirect(`/admin/products/${result.productId}?saved=1`);
  },
);
