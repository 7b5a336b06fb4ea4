"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { QUESTION_STAFF_MESSAGES } from "./messages";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { answerQuestion, setQuestionVisibility, type StaffResult } from "../mutations";
import { answerSchema, questionVisibilitySchema } from "../schema";
import type { QuestionNotice } from "./notices";

const FILTERS = new Set(["pending", "answered", "hidden"]);

/**
 * The product's cached page shows the change on its next load; the list and the
 * nav count here too. The question usually leaves the list it was in, so the
 * confirmation is shown by the page, named in the URL (?done=).
 */
async function done(result: StaffResult, notice: QuestionNotice, form: FormData): Promise<ActionState> {
  if (!result.ok) return { error: result.error, values: formValues(form) };
  updateTag(TAGS.product(result.productSlug));
  revalidateEveryLocale("/admin", "layout");
  const filter = String(form.get("filter") ?? "");
  const back = new URLSearchParams({ status: FILTERS.has(filter) ? filter : "pending", done: notice });
  redirect(await localized(`/admin/questions?${back}`));
}

/** `Publish answer` under a question on /admin/questions. */
export const publishAnswerAction = withKnownMessages(
  staffAction({ schema: answerSchema }, async (data, { user, form }): Promise<ActionState> => {
    const result = await answerQuestion(user.id, data.questionId, data.answer);
    return done(result, result.ok && result.emailed ? "answered-emailed" : "answered", form);
  }),
  QUESTION_STAFF_MESSAGES,
  STAFF_ERRORS,
);

/** `Hide question` / `Show question` on /admin/questions. */
export const setQuestionVisibilityAction = withKnownMessages(
  staffAction(
    { schema: questionVisibilitySchema, invalid: () => ({ error: "That question no longer exists. Reload the page." }) },
    async (data, { form }): Promise<ActionState> =>
      done(await setQuestionVisibility(data.questionId, data.visibility), data.visibility, form),
  ),
  QUESTION_STAFF_MESSAGES,
  STAFF_ERRORS,
);
