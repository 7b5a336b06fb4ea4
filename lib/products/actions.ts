"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import { storeCurrency } from "@/lib/catalog/store";
import type { ActionState } from "@/lib/forms/action-state";
import { fieldErrorsOf, formValues } from "@/lib/forms/validation";
import { nestedFormValues } from "./form-data";
import { claimUploadedImages, postedImageFiles } from "./images";
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
  // The form uploads pictures first (/api/admin/pictures/product) and names them here; files posted
  // with the form itself come only from a page without JavaScript, and actions accept 1 MB at most.
  if (postedImageFiles(form).length) {
    const error = "Pictures are added by the page's script: turn JavaScript on to add pictures.";
    return { error, fieldErrors: { images: error }, values };
  }
  const uploads = form.getAll("uploads").length;
  // A file field cannot be filled in again by the server: say so when pictures were chosen.
  const again = uploads ? " Then choose the pictures again: they were not added." : "";
  const currency = await storeCurrency();
  const parsed = productFormSchema(currency).safeParse(nestedFormValues(form.entries()));
  if (!parsed.success) return { error: `Please correct the highlighted fields.${again}`, fieldErrors: fieldErrorsOf(parsed.error), values };

  const stored = await claimUploadedImages(form);
  if (typeof stored === "string") return { error: stored, fieldErrors: { images: stored }, values };

  const result = await saveProduct(parsed.data, staff.user, stored, currency);
  // Pictures already stored for a refused save stay unused on disk (MediaStorage has no delete yet).
  if (!result.ok) return { error: `${result.error}${again}`, fieldErrors: result.fieldErrors, values };
  revalidateProduct([result.slug, result.previousSlug]);
  redirect(`/admin/products/${result.productId}?saved=1`);
}
