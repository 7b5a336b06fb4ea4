import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { RATING_MAX, RATING_MIN, REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH, reviewTextLength } from "./rules";

export const reviewInputSchema = z.object({
  orderLineId: z.coerce.number().int().positive(),
  rating: z.coerce
    .number({ message: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(RATING_MIN, "Choose a rating from 1 to 5 stars.")
    .max(RATING_MAX, "Choose a rating from 1 to 5 stars."),
  body: z
    .string()
    .trim()
    .refine((s) => reviewTextLength(s) >= REVIEW_MIN_LENGTH, `Write at least ${REVIEW_MIN_LENGTH} characters.`)
    .refine((s) => reviewTextLength(s) <= REVIEW_MAX_LENGTH, `Keep the review under ${REVIEW_MAX_LENGTH} characters.`),
  anonymous: checkbox,
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const reviewSortSchema = z.enum(["newest", "helpful"]).catch("newest");
export type ReviewSort = z.infer<typeof reviewSortSchema>;

export const reviewIdSchema = z.coerce.number().int().positive();
