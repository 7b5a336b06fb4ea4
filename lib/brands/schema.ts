import { z } from "zod";
import { secondLanguage } from "@/lib/i18n/content";
import { slugField, withSlug } from "@/lib/categories/slug-field";

export const brandIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The brand form: a name, and a slug made from it when left blank. */
export const brandInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
    slug: slugField,
    zhName: z.string().trim().max(100, "Keep the Chinese name under 100 characters.").optional(),
  })
  .transform(withSlug)
  .transform(({ zhName, ...brand }) => ({ ...brand, translations: secondLanguage({ name: zhName }) }));
export type BrandInput = z.output<typeof brandInputSchema>;
