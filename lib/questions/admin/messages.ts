import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences /admin/questions' actions answer (messages/<locale>/adminQuestions.json "errors"). */
export const QUESTION_STAFF_MESSAGES: KnownMessages = {
  namespace: "adminQuestions.errors",
  keys: ["unreadable", "gone", "hiddenQuestion", "writeAnswer", "answerTooLong"],
};
