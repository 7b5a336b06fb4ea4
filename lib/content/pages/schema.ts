import { z } from "zod";
import { secondLanguage } from "@/lib/i18n/content";
import { STORE_PAGE_SLUGS } from "./slugs";

export const MAX_PAGE_BODY = 20_000;

/** The page editor's form: an empty body means "use the default text". */
export const storePageSchema = z
  .object({
    slug: z.enum(STORE_PAGE_SLUGS, { error: "That page does not exist." }),
    title: z.string().trim().min(1, "Enter a title, e.g. Returns.").max(80, "Keep the title under 80 characters."),
    body: z
      .string()
      .default("")
      .transform((s) => s.replace(/\r\n/g, "\n").trim())
      .pipe(z.string().max(MAX_PAGE_BODY, `Keep the text under ${MAX_PAGE_BODY.toLocaleString("en-US")} characters.`)),
    // Chinese (简体中文): empty fields show the default language's title and text.
    zhTitle: z.string().trim().max(80, "Keep the Chinese title under 80 characters.").optional(),
    zhBody: z
      .string()
      .optional()
      .transform((s) => s?.replace(/\r\n/g, "\n").trim())
      .pipe(
        z
          .string()
          .max(MAX_PAGE_BODY, `Keep the Chinese text under ${MAX_PAGE_BODY.toLocaleString("en-US")} characters.`)
          .optional(),
      ),
  })
  .transform(({ zhTitle, zhBody, ...page }) => ({ ...page, translations: secondLanguage({ title: zhTitle, body: zhBody }) }));
type StorePageOutput = z.output<typeof storePageSchema>;
/** A page to save; `translations` left out keeps the saved ones. */
export type StorePageInput = Omit<StorePageOutput, "translations"> & Partial<Pick<StorePageOutput, "translations">>;
