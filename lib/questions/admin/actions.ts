"use server";

import { revalidatePath, updateTag } from "next/cache";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { answerQuestion, setQuestionVisibility, type StaffResult } from "../mutations";
import { answerSchema, questionVisibilitySchema } from "../schema";

/** The product's cached page shows the change on its next load; the list and the nav count here too. */
function done(result: StaffResult, message: string, form?: FormData): ActionState {
  if (!result.ok) return { error: result.error, values: form ? formValues(form) : undefined };
  updateTag(TAGS.product(result.productSlug));
  revalidatePath("/admin", "layout");
  return { ok: true, message };
}

/** `Publish answer` under a question on /admin/questions. */
export const publishAnswerAction = staffAction({ schema: answerSchema }, async (data, { user, form }): Promise<ActionState> => {
  const result = await answerQuestion(user.id, data.questionId, data.answer);
  const emailed = result.ok && result.emailed ? " The shopper was e-mailed." : "";
  return done(result, `Answer published on the product page.${emailed}`, form);
});

/** `Hide question` / `Show question` on /admin/questions. */
export const setQuestionVisibilityAction = staffAction(
  { schema: questionVisibilitySchema, invalid: () => ({ error: "That question no longer exists. Reload the page." }) },
  async (data): Promise<ActionState> =>
    done(
      await setQuestionVisibility(data.questionId, data.visibility),
      data.visibility === "hidden" ? "Question hidden from the shop." : "Question shown again.",
    ),
);
