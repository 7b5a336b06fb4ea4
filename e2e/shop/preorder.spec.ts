import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { ProductFormPage } from "../pages/admin-product-form";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";

// A guest pays through the test gateway's webhook while staff work in a second browser: allow for a busy server.
test.describe.configure({ timeout: 150_000 });
const slow = { timeout: 30_000 };

const address = { fullName: "Pat Preorder", line1: "3 Harbour Road", city: "Leeds", postalCode: "LS1 4AP", country: "United Kingdom" };
const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

async function staffPage(browser: Browser, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new BackOffice(page).signIn("staff", next);
  return page;
}

test("a merchant puts a sold-out variant on pre-order; a guest buys and pays; it ships once stock arrives", async ({
  page,
  checkout,
  browser,
}) => {
  const product = await createTestProduct("Pre-order telescope");
  const [variant] = await testDb()<{ id: number; sku: string }[]>`
    update variants set stock = 0 where product_id = ${product.id} returning id, sku`;
  const shipsOn = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const shipsFrom = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${shipsOn}T00:00:00Z`));
  const promise = `Pre-order — ships from ${shipsFrom}`;

  // The merchant: a date without a limit is refused with what to do, then both are saved.
  const staff = await staffPage(browser, `/admin/products/${product.id}`);
  const form = new ProductFormPage(staff);
  const fields = form.variant("Price and stock");
  await fields.getByLabel("Pre-order ships from").fill(shipsOn);
  await form.save.click();
  await expect(staff.getByText("Enter a pre-order limit, or clear the ships-from date.")).toBeVisible(slow);
  await fields.getByLabel("Pre-order limit").fill("2");
  await form.saveAndConfirm();
  await expect(form.variant("Price and stock").getByLabel("Pre-order limit")).toHaveValue("2");
  await expect(staff.getByText("No pre-orders waiting.")).toBeVisible();

  // The shopper: purchasable, with the promise, on the product page, in the cart and on the paid order.
  await page.goto(`/p/${product.slug}`);
  await expect(page.locator("#stock-status")).toHaveText(promise);
  await expect(page.getByRole("button", { name: "Notify me" })).toHaveCount(0);
  await checkout.addToCart(product.slug);
  await page.goto("/cart");
  await expect(page.getByText(promise)).toBeVisible();
  await page.goto("/checkout");
  await checkout.fill(`${Date.now()}-preorder@example.com`, address, "Standard");
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\//, slow);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Order ", "").trim();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`), slow);
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(promise)).toBeVisible();

  // The merchant sees it waiting, and cannot ship it yet.
  await staff.goto(`/admin/products/${product.id}`);
  await expect(staff.getByText("1 unit waits on pre-order")).toBeVisible();
  await staff.goto(`/admin/orders/${number}`);
  await expect(staff.getByText(/Waiting for stock/)).toBeVisible();
  await staff.getByLabel("Carrier").fill("DHL");
  await staff.getByLabel("Tracking number").fill("JD0146000123");
  await staff.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(message(staff, "alert", /Pre-order telescope, ships from .* is a pre-order still waiting for stock/)).toBeVisible(slow);

  // Stock arrives in the inventory: it fills the pre-order first, nothing is left on the shelf.
  await staff.goto(`/admin/inventory?q=${encodeURIComponent(variant!.sku)}`);
  const adjust = staff.getByRole("form", { name: `Adjust stock of ${variant!.sku}` });
  await adjust.getByLabel("Adjustment").fill("1");
  await adjust.getByLabel("Reason").selectOption("received");
  await adjust.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(
    message(staff, "status", `Stock of ${variant!.sku} is now 0 (+1, received). 1 went to waiting pre-orders, oldest first.`),
  ).toBeVisible(slow);

  await staff.goto(`/admin/orders/${number}`);
  await expect(staff.getByText(/Stock arrived/)).toBeVisible();
  await staff.getByLabel("Carrier").fill("DHL");
  await staff.getByLabel("Tracking number").fill("JD0146000123");
  await staff.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(message(staff, "status", "Marked as shipped")).toBeVisible(slow);
  await page.reload();
  await expect(page.getByText("Shipped", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Stock arrived/)).toBeVisible();
});
