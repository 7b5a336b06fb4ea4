import { expect, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";
import { createTestFlashSale, variantOf } from "../support/flash-sale-db";
import { createTestProduct } from "../support/product-db";
import { formatSaleTime } from "../../lib/promotions/flash-sale-time";

// The times as the pages print them, whatever the browser's zone.
const utc = (d: Date) => formatSaleTime(d.toISOString());

// Every test makes its own products: /deals lists the sales of all tests running at once.
let made = 0;
async function saleProducts() {
  const tag = `${process.pid}-${++made}`;
  const running = await createTestProduct(`Flash Kettle ${tag}`);
  const upcoming = await createTestProduct(`Flash Teapot ${tag}`);
  // createTestProduct prices its variant at $15.00 with 10 in stock
  const now = await createTestFlashSale(await variantOf(running.id), { salePrice: 990, startsInMinutes: -5, lastsMinutes: 30 });
  const later = await createTestFlashSale(await variantOf(upcoming.id), {
    salePrice: 750,
    startsInMinutes: 25 * 60, // more than a day, however long the page takes to render: "Starts in 1d …"
    lastsMinutes: 30,
    quantityCap: 50,
  });
  return { running, upcoming, now, later, kettle: `Flash Kettle ${tag}`, teapot: `Flash Teapot ${tag}` };
}

test("/deals lists a running flash sale with its price, units left and a countdown, and an upcoming one with its start", async ({
  page,
}) => {
  const { running, now, later, kettle, teapot } = await saleProducts();
  await page.goto("/deals");
  await expect(page.getByRole("heading", { level: 1, name: "Flash deals" })).toBeVisible();

  const onNow = page.getByRole("region", { name: "On now" }).getByRole("article", { name: kettle });
  await expect(onNow.getByText("$9.90", { exact: true })).toBeVisible();
  await expect(onNow.getByText("was $15.00", { exact: true })).toBeVisible();
  await expect(onNow.getByText("20 left", { exact: true })).toBeVisible();
  await expect(onNow.getByText(/limit 1 per customer/)).toBeVisible();
  const ends = onNow.locator(`time[datetime="${now.endsAt.toISOString()}"]`);
  await expect(ends).toHaveText(utc(now.endsAt));
  await expect(onNow.getByText(/^Ends in \d\d:\d\d$/)).toBeVisible();
  await expect(onNow.getByRole("link")).toHaveAttribute("href", new RegExp(`^/p/${running.slug}\\?variant=\\d+$`));

  const comingUp = page.getByRole("region", { name: "Coming up" }).getByRole("article", { name: teapot });
  await expect(comingUp.getByText("$7.50", { exact: true })).toBeVisible();
  await expect(comingUp.locator(`time[datetime="${later.startsAt.toISOString()}"]`)).toHaveText(utc(later.startsAt));
  await expect(comingUp.getByText(/^Starts in \d+d \d\d:\d\d:\d\d$/)).toBeVisible();

  await page.getByRole("contentinfo").getByRole("link", { name: "Deals" }).click();
  await expect(page).toHaveURL(/\/deals$/);
});

test("the product page shows a running flash sale: badge, sale price, limit, units left and the end time", async ({ page }) => {
  const { running, upcoming, now, later } = await saleProducts();
  await page.goto(`/p/${running.slug}`);
  await expect(page.getByText("Flash sale", { exact: true })).toBeVisible();
  await expect(page.getByText("$9.90", { exact: true })).toBeVisible();
  await expect(page.getByText("20 left", { exact: true })).toBeVisible();
  await expect(page.getByText(/limit 1 per customer/)).toBeVisible();
  await expect(page.locator(`time[datetime="${now.endsAt.toISOString()}"]`)).toHaveText(utc(now.endsAt));
  await expect(page.getByText(/^Ends in \d\d:\d\d$/)).toBeVisible();

  await page.goto(`/p/${upcoming.slug}`);
  await expect(page.locator(`time[datetime="${later.startsAt.toISOString()}"]`)).toHaveText(utc(later.startsAt));
  await expect(page.getByText(/Flash sale at \$7\.50 starts/)).toBeVisible();
});

test("a sold-out flash sale leaves the regular price and says it sold out", async ({ page }) => {
  const title = `Flash Toaster ${process.pid}-${++made}`;
  const product = await createTestProduct(title);
  await createTestFlashSale(await variantOf(product.id), {
    salePrice: 500,
    startsInMinutes: -5,
    lastsMinutes: 30,
    quantityCap: 5,
    soldCount: 5,
  });
  await page.goto("/deals");
  await expect(page.getByRole("region", { name: "On now" }).getByRole("article", { name: title }).getByText("Sold out")).toBeVisible();
  await page.goto(`/p/${product.slug}`);
  await expect(page.getByText("Flash sale at $5.00: sold out")).toBeVisible();
  // the regular price in the buy box (related products below may cost the same)
  await expect(page.getByText("$15.00", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Flash sale", { exact: true })).toHaveCount(0);
});

test("/deals and a product page on flash sale have no serious accessibility problems @phone", async ({ page }) => {
  const { running } = await saleProducts();
  for (const path of ["/deals", `/p/${running.slug}`]) {
    await page.goto(path);
    await expect(page.getByText("$9.90", { exact: true }).first()).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sale price and the end time are plain text", async ({ page }) => {
    const { running, now } = await saleProducts();
    await page.goto("/deals");
    const ends = page.locator(`time[datetime="${now.endsAt.toISOString()}"]`);
    await expect(ends).toHaveText(utc(now.endsAt));
    await expect(page.getByRole("article").filter({ has: ends }).getByText("$9.90", { exact: true })).toBeVisible();
    // The product page's HTML holds the product itself, not a skeleton waiting for a script.
    await page.goto(`/p/${running.slug}`);
    await expect(page.getByText("$9.90", { exact: true })).toBeVisible();
    await expect(page.locator(`time[datetime="${now.endsAt.toISOString()}"]`)).toHaveText(utc(now.endsAt));
  });
});
