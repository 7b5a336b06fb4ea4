"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { reviewIdSchema } from "../schema";
import { reviewReplySchema, reviewStatusFormSchema } from "./schema";
import { setMerchantReply, setReviewStatus, type ModerationResult } from "./mutations";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { REVIEW_MODERATION_MESSAGES } from "./messages";

const GONE: ActionState = { error: "That review no longer exists. Reload the page." };

/** The product page (and its reviews) shows the change on the next load; the list here too. */
function done(result: ModerationResult, message: string, form?: FormData): ActionState {
  if (!result.ok) return { error: result.error, values: form ? formValues(form) : undefined };
  updateTag(TAGS.product(result.productSlug));
  revalidateEveryLocale("/admin/reviews");
  return { ok: true, message };
}

/** `Hide review` / `Show review` on /admin/reviews. */
export const setReviewStatusAction = withKnownMessages(
  staffAction({ schema: reviewStatusFormSchema, invalid: () => GONE }, async (data): Promise<ActionState> => {
    const result = await setReviewStatus(data.reviewId, data.status);
    return done(result, data.status === "hidden" ? "Review hidden from the shop." : "Review shown in the shop again.");
  }),
  REVIEW_MODERATION_MESSAGES,
  STAFF_ERRORS,
);

/** `Save reply` under a review on /admin/reviews. */
export const saveReviewReplyAction = withKnownMessages(
  staffAction({ schema: reviewReplySchema }, async (data, { form }): Promise<ActionState> =>
    done(await setMerchantReply(data.reviewId, data.reply), "Reply saved: shoppers see it under the review.", form),
  ),
  REVIEW_MODERATION_MESSAGES,
  STAFF_ERRORS,
);

/** `Remove reply` under a review on /admin/reviews. */
export const removeReviewReplyAction = withKnownMessages(
  staffAction({ schema: z.object({ reviewId: reviewIdSchema }), invalid: () => GONE }, async (data): Promise<ActionState> =>
    done(await setMerchantReply(data.reviewId, null), "Reply removed."),
  ),
  REVIEW_MODERATION_MESSAGES,
  STAFF_ERRORS,
);
