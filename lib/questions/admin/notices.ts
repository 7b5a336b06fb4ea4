/** The confirmations /admin/questions shows after an action (named by ?done=). */
export const QUESTION_NOTICES = {
  answered: "Answer published on the product page.",
  "answered-emailed": "Answer published on the product page. The shopper was e-mailed.",
  hidden: "Question hidden from the shop.",
  shown: "Question shown again.",
} as const;

export type QuestionNotice = keyof typeof QUESTION_NOTICES;

export function questionNotice(value: string | undefined): string | null {
  return value && Object.hasOwn(QUESTION_NOTICES, value) ? QUESTION_NOTICES[value as QuestionNotice] : null;
}
