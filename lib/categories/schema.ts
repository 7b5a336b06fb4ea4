import { z } from "zod";
import { secondLanguage } from "@/lib/i18n/content";
import { slugField, withSlug } from "./slug-field";

const MAX_ID = 2_147_483_647;
export const categoryIdSchema = z.coerce.number().int().positive().max(MAX_ID);

/** The category form. A blank slug is made from the name; a blank parent makes a top-level category. */
export const categoryInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
    slug: slugField,
    parentId: z.preprocess((v) => (v === "" || v === undefined ? null : v), categoryIdSchema.nullable()),
    description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
    position: z.preprocess(
      (v) => (v === "" || v === undefined ? 0 : v),
      z.coerce
        .number({ message: "Enter a whole number." })
        .int("Enter a whole number.")
        .min(0, "Enter 0 or more.")
        .max(100_000, "Enter at most 100000."),
    ),
    zhName: z.string().trim().max(100, "Keep the Chinese name under 100 characters.").optional(),
    zhDescription: z.string().trim().max(2000, "Keep the Chinese description under 2,000 characters.").optional(),
  })
  .transform(withSlug)
  .transform(({ zhName, zhDescription, ...category }) => ({
    ...category,
    translations: secondLanguage({ name: zhName, description: zhDescription }),
  }));
export type CategoryInput = z.output<typeof categoryInputSchema>;
