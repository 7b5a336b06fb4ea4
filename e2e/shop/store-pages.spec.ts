import { seriousA11yViolations } from "../support/axe";
import { createTestProduct } from "../support/product-db";
import { expect, test } from "../fixtures";

test("the footer links to every store page; About reads well and is accessible", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  for (const [name, slug] of [
    ["About us", "about"],
    ["Contact us", "contact"],
    ["Shipping", "shipping"],
    ["Returns", "returns"],
    ["Terms of sale", "terms"],
    ["Privacy", "privacy"],
  ])
    await expect(footer.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/pages/${slug}`);
  await expect(footer.getByText(/^Returns within \d+ days? of delivery$/)).toBeVisible();

  await footer.getByRole("link", { name: "About us", exact: true }).click();
  await expect(page).toHaveURL(/\/pages\/about$/);
  await expect(page.getByRole("heading", { level: 1, name: "About us" })).toBeVisible();
  // The seeded text's placeholders are worded from the settings.
  await expect(page.getByRole("main")).not.toContainText("{{");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto("/pages/shipping");
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("business day");
});

test("an unknown store page is a 404", async ({ page }) => {
  const response = await page.goto("/pages/no-such-page");
  expect(response?.status()).toBe(404);
});

test("the cart names the free-shipping threshold and checkout the return window, both from the settings", async ({ page, checkout }) => {
  const product = await createTestProduct(`Policy mug ${Date.now().toString(36)}`);
  await checkout.addToCart(product.slug);
  await page.goto("/cart");
  await expect(
    page.getByText(/Shipping is chosen and added at checkout\. Free .*shipping on orders of \$\d+\.\d\d or more\./),
  ).toBeVisible();
  await page.goto("/checkout");
  const summary = page.getByRole("region", { name: "Order summary" });
  await expect(summary.getByText(/Returns within \d+ days? of delivery\./)).toBeVisible();
  await expect(summary.getByRole("link", { name: "returns policy" })).toHaveAttribute("href", "/pages/returns");
});
