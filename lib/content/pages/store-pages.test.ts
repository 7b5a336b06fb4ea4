import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { storePages } from "@/db/schema";
import { getStorePageForShoppers } from "./cached";
import { saveStorePage } from "./mutations";
import { readStorePage } from "./queries";

// The terms page is edited by no browser test: saved and put back here.
let before: { title: string; body: string } | null = null;
beforeAll(async () => {
  before = await readStorePage("terms");
});
afterAll(async () => {
  if (before) await saveStorePage({ slug: "terms", ...before }, null);
  else await db.delete(storePages).where(eq(storePages.slug, "terms"));
});

describe("store pages (real PostgreSQL)", () => {
  it("saves a page's title and text, and an empty text brings the default back", async () => {
    await saveStorePage({ slug: "terms", title: "Terms", body: "Orders ship within {{returnWindow}}? No: *returns* do." }, null);
    expect(await readStorePage("terms")).toEqual({ title: "Terms", body: "Orders ship within {{returnWindow}}? No: *returns* do." });
    const page = await getStorePageForShoppers("terms");
    expect(page).toMatchObject({ title: "Terms", isDefault: false });
    expect(page.markdown).toMatch(/^Orders ship within \d+ days?\? No: \*returns\* do\.$/);

    await saveStorePage({ slug: "terms", title: "Terms of sale", body: "" }, null);
    const reset = await getStorePageForShoppers("terms");
    expect(reset).toMatchObject({ title: "Terms of sale", isDefault: true });
    expect(reset.markdown).toContain("These terms apply to every order placed with");
  });
});
