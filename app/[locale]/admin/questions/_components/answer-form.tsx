"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { publishAnswerAction } from "@/lib/questions/admin/actions";
import { ANSWER_MAX_LENGTH } from "@/lib/questions/rules";

/** The store's public answer to a question: write or edit (prefilled), then publish. */
export function AnswerForm({ questionId, answer, filter }: { questionId: number; answer: string | null; filter: string }) {
  const t = useTranslations("adminQuestions.answer");
  const [state, action] = useActionState(publishAnswerAction, initialActionState);
  const error = state.fieldErrors?.answer;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="filter" value={filter} />
      <TextAreaField
        id={`answer-${questionId}`}
        name="answer"
        label={t("label")}
        rows={3}
        maxLength={ANSWER_MAX_LENGTH}
        className="text-sm"
        defaultValue={state.values?.answer ?? answer ?? ""}
        error={error}
        hint={error ? undefined : t("hint")}
      />
      <FormError>{error ? undefined : state.error}</FormError>
      <div>
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
