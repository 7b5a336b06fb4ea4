import { z } from "zod";
import { SLUG_HINT, SLUG_PATTERN, slugify } from "@/lib/categories/slug";

export const brandIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The brand form: a name, and a slug made from it when left blank. */
export const brandInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
    slug: z.string().trim().toLowerCase().max(80, "Keep the slug under 80 characters.").default(""),
  })
  .transform((v) => ({ ...v, slug: v.slug || slugify(v.name) }))
  .superRefine((v, ctx) => {
    if (!SLUG_PATTERN.test(v.slug)) {
      const message = v.slug ? `The slug is not valid. ${SLUG_HINT}` : `Enter a slug: the name has no letters to make one from. ${SLUG_HINT}`;
      ctx.addIssue({ code: "custom", path: ["slug"], message });
    }
  });
export type BrandInput = z.output<typeof brandInputSchema>;
