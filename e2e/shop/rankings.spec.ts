import { expect, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";
import { createTestProduct } from "../support/product-db";
import { categoryOf, insertPaidOrder } from "../support/rankings-db";

test("a product paid for this week ranks among its category's weekly best sellers, with the units sold", async ({ page }) => {
  const title = `Rank Lamp ${process.pid}-${Date.now().toString(36)}`;
  const product = await createTestProduct(title);
  const category = await categoryOf(product.id);
  // Far more than any other product sells in a test run, in two orders this week; an older order counts for the month only.
  await insertPaidOrder(product.id, 60_000, 1);
  await insertPaidOrder(product.id, 40_000, 0);
  await insertPaidOrder(product.id, 5, 20);

  await page.goto("/");
  await page.getByRole("link", { name: "See the rankings" }).click();
  await expect(page).toHaveURL(/\/rankings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Rankings" })).toBeVisible();

  await page.getByRole("navigation", { name: "Rankings by category" }).getByRole("link", { name: category.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/rankings\\?category=${category.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: `${category.name} rankings` })).toBeVisible();

  const week = page.getByRole("region", { name: "Best sellers this week" });
  const item = week
    .getByRole("list")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title }) });
  await expect(item).toContainText("100,000 sold this week");
  await expect(item).toContainText(/^\s*1(?!\d)/);
  const month = page.getByRole("region", { name: "Best sellers this month" }).getByRole("listitem").filter({ hasText: title });
  await expect(month).toContainText("100,005 sold this month");
  for (const name of ["Best sellers of all time", "New arrivals", "Most reviewed", "Top rated"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }

  await item.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${product.slug}$`));
});

test("/rankings has no serious accessibility violations and is linked from the footer", async ({ page }) => {
  await page.goto("/deals");
  await page.getByRole("contentinfo").getByRole("link", { name: "Rankings" }).click();
  await expect(page).toHaveURL(/\/rankings$/);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("an unknown category's rankings answer 404", async ({ page }) => {
  const response = await page.goto("/rankings?category=no-such-category-anywhere");
  expect(response?.status()).toBe(404);
});
