import { z } from "zod";
import { SLUG_HINT, SLUG_PATTERN, slugify } from "./slug";

/** A form's slug field: trimmed, lower-cased, blank allowed (then made from the name by `withSlug`). */
export const slugField = z.string().trim().toLowerCase().max(80, "Keep the slug under 80 characters.").default("");

/** Fills a blank slug from the name and reports a slug that is not valid on the `slug` field. */
export function withSlug<T extends { name: string; slug: string }>(v: T, ctx: z.RefinementCtx): T {
  const slug = v.slug || slugify(v.name);
  if (!SLUG_PATTERN.test(slug)) {
    const message = slug ? `The slug is not valid. ${SLUG_HINT}` : `Enter a slug: the name has no letters to make one from. ${SLUG_HINT}`;
    ctx.addIssue({ code: "custom", path: ["slug"], message });
  }
  return { ...v, slug };
}
