"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import { storeCurrency } from "@/lib/catalog/store";
import type { ActionState } from "@/lib/forms/action-state";
import { fieldErrorsOf, formValues } from "@/lib/forms/validation";
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

/** Create or edit a product (the form's hidden `id` says which); on success back to its page with a notice. */
export async function saveProductAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const values = formValues(form);
  const files = uploadedImages(form);
  // A file field cannot be filled in again by the server: say so when pictures were chosen.
  const again = files.length ? " Then choose the pictures again: they were not added." : "";
  const currency = await storeCurrency();
  const parsed = productFormSchema(currency).safeParse(nestedFormValues(form.entries()));
  if (!parsed.success) return { error: `Please correct the highlighted fields.${again}`, fieldErrors: fieldErrorsOf(parsed.error), values };

  const fileProblem = checkImageFiles(files);
  if (fileProblem) return { error: fileProblem, fieldErrors: { images: fileProblem }, values };
  let stored: StoredImage[];
  try {
    stored = await storeProductImages(files);
  } catch (e) {
    if (!(e instanceof ImageRejected)) throw e;
    return { error: e.message, fieldErrors: { images: e.message }, values };
  }

  const result = await saveProduct(parsed.data, staff.user, stored, currency);
  // Pictures already stored for a refused save stay unused on disk (MediaStorage has no delete yet).
  if (!result.ok) return { error: `${result.error}${again}`, fieldErrors: result.fieldErrors, values };
  revalidateProduct([result.slug, result.previousSlug]);
  redirect(`/admin/products/${result.productId}?saved=1`);
}
