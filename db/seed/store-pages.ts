import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { ZH_PAGES } from "./zh";
import { DEFAULT_PAGE_BODIES } from "@/lib/content/pages/defaults";
import { STORE_PAGE_SLUGS, STORE_PAGE_TITLES } from "@/lib/content/pages/slugs";
import * as schema from "../schema";

/** The demo shop's About page; the other pages start from the defaults, whose {{placeholders}} follow the settings. */
const DEMO_ABOUT = `{{storeName}} started as a small shop for clothes, shoes and gadgets that earn their place: things we would use every day ourselves.

## What we stand for

- **Fewer, better things.** Every item is chosen for how long it will last, not for how often it will need replacing.
- **Clear prices.** What you see is what you pay: {{freeShipping}} Shipping is shown before you pay, discounts line by line.
- **Easy returns.** {{returnsSummary}}

Read more about [shipping](/pages/shipping) and [returns](/pages/returns), or [get in touch](/pages/contact).`;

/** Fills the store pages that have no text yet (demo databases); pages already saved are left alone. */
export async function seedStorePages(db: PostgresJsDatabase<typeof schema>): Promise<number> {
  const rows = STORE_PAGE_SLUGS.map((slug) => ({
    slug,
    title: STORE_PAGE_TITLES[slug],
    body: slug === "about" ? DEMO_ABOUT : DEFAULT_PAGE_BODIES[slug],
    translations: ZH_PAGES[slug] ? { "zh-CN": ZH_PAGES[slug] } : {},
  }));
  const added = await db.insert(schema.storePages).values(rows).onConflictDoNothing().returning({ slug: schema.storePages.slug });
  return added.length;
}
