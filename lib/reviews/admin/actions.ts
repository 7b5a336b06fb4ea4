"use server";

import { revalidatePath, updateTag } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { reviewIdSchema } from "../schema";
import { reviewReplySchema, reviewStatusFormSchema } from "../admin-schema";
import { setMerchantReply, setReviewStatus, type ModerationResult } from "../moderation";

/** The product page (and its reviews) shows the change on the next load; the list here too. */
function done(result: ModerationResult, message: string, form?: FormData): ActionState {
  if (!result.ok) return { error: result.error, values: form ? formValues(form) : undefined };
  updateTag(TAGS.product(result.productSlug));
  revalidatePath("/admin/reviews");
  return { ok: true, message };
}

/** `Hide review` / `Show review` on /admin/reviews. */
export async function setReviewStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const parsed = reviewStatusFormSchema.safeParse({ reviewId: form.get("reviewId"), status: form.get("status") });
  if (!parsed.success) return { error: "That review no longer exists. Reload the page." };
  const result = await setReviewStatus(parsed.data.reviewId, parsed.data.status);
  return done(result, parsed.data.status === "hidden" ? "Review hidden from the shop." : "Review shown in the shop again.");
}

/** `Save reply` under a review on /admin/reviews. */
export async function saveReviewReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const { data, failure } = parseForm(reviewReplySchema, form);
  if (failure) return failure;
  return done(await setMerchantReply(data.reviewId, data.reply), "Reply saved: shoppers see it under the review.", form);
}

/** `Remove reply` under a review on /admin/reviews. */
export async function removeReviewReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const id = reviewIdSchema.safeParse(form.get("reviewId"));
  if (!id.success) return { error: "That review no longer exists. Reload the page." };
  return done(await setMerchantReply(id.data, null), "Reply removed.");
}
