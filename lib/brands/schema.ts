import { z } from "zod";
import { slugField, withSlug } from "@/lib/categories/slug-field";

export const brandIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The brand form: a name, and a slug made from it when left blank. */
export const brandInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
    slug: slugField,
  })
  .transform(withSlug);
export type BrandInput = z.output<typeof brandInputSchema>;
