"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionUser, requireUser } from "@/lib/auth/session";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { consume, retryIn } from "@/lib/rate-limit";
import { formValues, parseForm } from "@/lib/forms/validation";
import { createReview, voteHelpful } from "./mutations";
import { reviewIdSchema, reviewInputSchema } from "./schema";

/**
 * The product's cached page and reviews show the change at once. Listings (the
 * rating on cards) are left to their own refresh (CATALOG_CACHE_SECONDS): expiring
 * the whole catalog's cache on every review would re-render every cached listing.
 */
function refreshProduct(slug: string) {
  updateTag(TAGS.product(slug));
}

const FORM_PATH = /^\/orders\/[\w-]{1,40}\/review\/\d{1,10}$/;

/**
 * `Submit review` on /orders/<number>/review/<lineId>. On success it goes back
 * to that page with ?posted=1, which then confirms and links to the product.
 */
export async function submitReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const returnTo = String(form.get("returnTo") ?? "");
  const formPath = FORM_PATH.test(returnTo) ? returnTo : null;
  const user = await requireUser(formPath ?? "/account/reviews");
  const { data, failure } = parseForm(reviewInputSchema, form);
  if (failure) return failure;
  const limit = await consume("reviewPost", user.id);
  if (!limit.ok) return { error: `You have posted many reviews in a short time. ${retryIn(limit.retryAfterSeconds)}`, values: formValues(form) };
  const result = await createReview(user.id, data);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  refreshProduct(result.productSlug);
  revalidatePath("/account/reviews");
  redirect(formPath ? `${formPath}?posted=1` : "/account/reviews");
}

export type HelpfulVoteState = { ok?: boolean; message?: string; error?: string; helpfulCount?: number };

/** `Helpful` under a review, for signed-in shoppers; once per review. */
export async function voteHelpfulAction(_prev: HelpfulVoteState, form: FormData): Promise<HelpfulVoteState> {
  const user = await getSessionUser();
  if (!user) return { error: "Sign in to mark reviews as helpful." };
  const id = reviewIdSchema.safeParse(form.get("reviewId"));
  if (!id.success) return { error: "That review no longer exists." };
  const result = await voteHelpful(user.id, id.data);
  if (!result.ok) return { error: result.error };
  refreshProduct(result.productSlug);
  return { ok: true, message: "Thanks, your vote was counted.", helpfulCount: result.helpfulCount };
}
