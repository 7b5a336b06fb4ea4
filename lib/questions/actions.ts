"use server";

import { shopperAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { consume, retryIn } from "@/lib/rate-limit";
import { askQuestion } from "./mutations";
import { askQuestionSchema } from "./schema";

const SLUG = /^[\w-]{1,200}$/;
/** The product page the form is on: a signed-out shopper signs in and comes back to it. */
const productPathOf = (form: FormData): string => {
  const slug = String(form.get("slug") ?? "");
  return SLUG.test(slug) ? `/p/${slug}` : "/";
};

/**
 * `Send question` on the product page. The question waits for staff (nothing on
 * the cached page changes until it is answered), so no cache tag is touched.
 */
export const askQuestionAction = shopperAction(
  {
    returnTo: productPathOf,
    schema: askQuestionSchema,
    rateLimit: async (_data, { user }) => {
      const limit = await consume("questionAsk", user.id);
      return limit.ok ? null : `You have asked many questions in a short time. ${retryIn(limit.retryAfterSeconds)}`;
    },
  },
  async (data, { user, form }): Promise<ActionState> => {
    const result = await askQuestion(user.id, data);
    if (!result.ok) return { error: result.error, values: formValues(form) };
    return {
      ok: true,
      message: "Thanks, your question was sent. It will appear here once the store has answered it; we will e-mail you the answer.",
    };
  },
);
