"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { shopperAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { consume, retryIn } from "@/lib/rate-limit";
import { createReview, voteHelpful } from "./mutations";
import { reviewIdSchema, reviewInputSchema } from "./schema";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { REVIEW_FORM_ERRORS } from "./messages";

/**
 * The product's cached page and reviews show the change at once. Listings (the
 * rating on cards) are left to their own refresh (CATALOG_CACHE_SECONDS): expiring
 * the whole catalog's cache on every review would re-render every cached listing.
 */
function refreshProduct(slug: string) {
  updateTag(TAGS.product(slug));
}

const FORM_PATH = /^\/orders\/[\w-]{1,40}\/review\/\d{1,10}$/;
/** The review form this came from, when the form names one (else null). */
const formPathOf = (form: FormData): string | null => {
  const returnTo = String(form.get("returnTo") ?? "");
  return FORM_PATH.test(returnTo) ? returnTo : null;
};

/**
 * `Submit review` on /orders/<number>/review/<lineId>. On success it goes back
 * to that page with ?posted=1, which then confirms and links to the product.
 */
export const submitReviewAction = withKnownMessages(
  shopperAction(
    {
      returnTo: (form) => formPathOf(form) ?? "/account/reviews",
      schema: reviewInputSchema,
      rateLimit: async (_data, { user }) => {
        const limit = await consume("reviewPost", user.id);
        return limit.ok ? null : `You have posted many reviews in a short time. ${retryIn(limit.retryAfterSeconds)}`;
      },
    },
    async (data, { user, form }): Promise<ActionState> => {
      const result = await createReview(user.id, data);
      if (!result.ok) return { error: result.error, values: formValues(form) };
      refreshProduct(result.productSlug);
      revalidateEveryLocale("/account/reviews");
      const formPath = formPathOf(form);
      redirect(await localized(formPath ? `${formPath}?posted=1` : "/account/reviews"));
    },
  ),
  REVIEW_FORM_ERRORS,
);

export type HelpfulVoteState = { ok?: boolean; message?: string; error?: string; helpfulCount?: number };

/** `Helpful` under a review, for signed-in shoppers; once per review. */
export const voteHelpfulAction = shopperAction(
  {
    signedOut: { error: "Sign in to mark reviews as helpful." },
    schema: z.object({ reviewId: reviewIdSchema }),
    invalid: (): HelpfulVoteState => ({ error: "That review no longer exists." }),
  },
  async ({ reviewId }, { user }): Promise<HelpfulVoteState> => {
    const result = await voteHelpful(user.id, reviewId);
    if (!result.ok) return { error: result.error };
    refreshProduct(result.productSlug);
    return { ok: true, message: "Thanks, your vote was counted.", helpfulCount: result.helpfulCount };
  },
);
