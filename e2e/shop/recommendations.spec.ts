import { expect, test } from "../fixtures";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { createTestProduct } from "../support/product-db";
import { countCoPurchases, countCoPurchasesAndRevalidate, insertPaidOrderOf } from "../support/recommendations-db";

let counter = 0;
/** Two fresh products paid for together in `orders` orders of other shoppers, counted by the sweep. */
async function boughtTogether(a: string, b: string, orders = 1) {
  const tag = `${process.pid}-${Date.now().toString(36)}-${++counter}`;
  const first = { ...(await createTestProduct(`${a} ${tag}`)), title: `${a} ${tag}` };
  const second = { ...(await createTestProduct(`${b} ${tag}`)), title: `${b} ${tag}` };
  for (let i = 0; i < orders; i++) await insertPaidOrderOf([first.id, second.id]);
  await countCoPurchases();
  return [first, second] as const;
}

test("products paid for together show under Customers also bought on each other's page", async ({ page }) => {
  const [lamp, shade] = await boughtTogether("Pair Lamp", "Pair Shade");
  await page.goto(`/p/${lamp.slug}`);
  const region = page.getByRole("region", { name: "Customers also bought" });
  await expect(region.getByRole("link", { name: shade.title })).toBeVisible();
  await expect(region.getByRole("link", { name: lamp.title })).toHaveCount(0);
  await region.getByRole("link", { name: shade.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shade.title);
  await expect(page.getByRole("region", { name: "Customers also bought" }).getByRole("link", { name: lamp.title })).toBeVisible();
});

test("a product page shows a new co-purchase once the sweep has counted it, not a cache lifetime later", async ({ page }) => {
  const [lamp, shade] = await boughtTogether("Fresh Lamp", "Fresh Shade");
  const region = page.getByRole("region", { name: "Customers also bought" });
  await page.goto(`/p/${lamp.slug}`);
  await expect(region.getByRole("link", { name: shade.title })).toBeVisible();
  // Cached now (its rows for 60 s, its HTML as ISR); a new order pairs the lamp with a bulb.
  const bulbTitle = `Fresh Bulb ${lamp.title.split(" ").pop()}`;
  const bulb = { ...(await createTestProduct(bulbTitle)), title: bulbTitle };
  await insertPaidOrderOf([lamp.id, bulb.id]);
  await countCoPurchasesAndRevalidate();
  // Within the instances' poll of the shared revalidations (CACHE_TAG_POLL_MS, 1 s), far below the 60 s lifetimes.
  await expect(async () => {
    await page.reload();
    await expect(region.getByRole("link", { name: bulb.title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("a first-time guest gets no Recommended for you; once they view a product, the home page recommends what goes with it", async ({
  page,
}) => {
  const [kettle, mug] = await boughtTogether("Rec Kettle", "Rec Mug", 2);
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/me/recommendations") && r.ok());
  await page.goto("/");
  await answered;
  await expect(page.getByRole("heading", { name: "Hot sellers" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recommended for you" })).toHaveCount(0);

  const viewed = page.waitForResponse((r) => r.url().endsWith("/api/me/recently-viewed") && r.status() === 204);
  await page.goto(`/p/${kettle.slug}`);
  await viewed;
  await page.goto("/");
  const recommended = page.getByRole("region", { name: "Recommended for you" });
  await expect(recommended.getByRole("link", { name: mug.title })).toBeVisible();
  // What they looked at has its own list: it is not recommended back to them.
  await expect(recommended.getByRole("link", { name: kettle.title })).toHaveCount(0);
});

test("a shopper's Recommended for you on their account offers what goes with their purchase, not the purchase again", async ({
  page,
  accountPages,
}) => {
  const account = await createAccount();
  const [tent, stove] = await boughtTogether("Rec Tent", "Rec Stove", 3);
  await createDeliveredOrder(account.id, tent.slug);
  await countCoPurchases();
  await accountPages.signIn(account);
  const recommended = page.getByRole("region", { name: "Recommended for you" });
  await expect(recommended.getByRole("link", { name: stove.title })).toBeVisible();
  await expect(recommended.getByRole("link", { name: tent.title })).toHaveCount(0);
});
