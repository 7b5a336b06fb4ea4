import { z } from "zod";

/** The moderation list's filters, read from the URL; odd values fall back to "all". */
export const reviewFiltersSchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  status: z.enum(["published", "hidden"]).optional().catch(undefined),
  rating: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

export const REPLY_MAX_LENGTH = 2000;

export const reviewStatusFormSchema = z.object({
  reviewId: z.coerce.number().int().positive(),
  status: z.enum(["published", "hidden"]),
});

export const reviewReplySchema = z.object({
  reviewId: z.coerce.number().int().positive(),
  reply: z
    .string()
    .trim()
    .min(1, "Write the reply, or use Remove reply to take it down.")
    .refine((s) => [...s].length <= REPLY_MAX_LENGTH, `Keep the reply under ${REPLY_MAX_LENGTH} characters.`),
});
