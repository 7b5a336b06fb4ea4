import { z } from "zod";
import { STORE_PAGE_SLUGS } from "./slugs";

export const MAX_PAGE_BODY = 20_000;

/** The page editor's form: an empty body means "use the default text". */
export const storePageSchema = z.object({
  slug: z.enum(STORE_PAGE_SLUGS, { error: "That page does not exist." }),
  title: z.string().trim().min(1, "Enter a title, e.g. Returns.").max(80, "Keep the title under 80 characters."),
  body: z
    .string()
    .default("")
    .transform((s) => s.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(MAX_PAGE_BODY, `Keep the text under ${MAX_PAGE_BODY.toLocaleString("en-US")} characters.`)),
});
export type StorePageInput = z.infer<typeof storePageSchema>;
