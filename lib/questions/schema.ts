import { z } from "zod";
import { ANSWER_MAX_LENGTH, QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH, textLength } from "./rules";

export const questionIdSchema = z.coerce.number().int().positive();

/** `Send question` on the product page. */
export const askQuestionSchema = z.object({
  productId: z.coerce.number().int().positive(),
  question: z
    .string()
    .trim()
    .refine((s) => textLength(s) >= QUESTION_MIN_LENGTH, `Write your question in at least ${QUESTION_MIN_LENGTH} characters.`)
    .refine((s) => textLength(s) <= QUESTION_MAX_LENGTH, `Keep the question under ${QUESTION_MAX_LENGTH} characters.`),
});
export type AskQuestionInput = z.infer<typeof askQuestionSchema>;

/** `Publish answer` on /admin/questions. */
export const answerSchema = z.object({
  questionId: questionIdSchema,
  answer: z
    .string()
    .trim()
    .min(1, "Write the answer before publishing it.")
    .refine((s) => textLength(s) <= ANSWER_MAX_LENGTH, `Keep the answer under ${ANSWER_MAX_LENGTH} characters.`),
});

export const questionVisibilitySchema = z.object({
  questionId: questionIdSchema,
  visibility: z.enum(["hidden", "shown"]),
});

/** The back-office list's filter, from the URL: unanswered by default. */
export const questionFilterSchema = z.object({
  status: z.enum(["pending", "answered", "hidden"]).catch("pending").default("pending"),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type QuestionFilter = z.infer<typeof questionFilterSchema>;
