import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createAccount } from "../support/account-db";
import { runBackInStockJob } from "../support/back-in-stock-db";
import { testDb, waitForMailTo } from "../support/db";
import { createTestProduct } from "../support/product-db";

test.describe.configure({ timeout: 90_000 });
const slow = { timeout: 30_000 };

const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

test("a guest asks to be told when a sold-out product is back, and gets one e-mail once the merchant receives stock", async ({
  page,
  backOffice,
  baseURL,
}) => {
  const product = await createTestProduct("Back-in-stock lantern");
  const [variant] = await testDb()<{ id: number; sku: string }[]>`
    update variants set stock = 0 where product_id = ${product.id} returning id, sku`;
  const email = `notify-${Date.now().toString(36)}-${process.pid}@example.com`;

  await page.goto(`/p/${product.slug}`);
  await expect(page.locator("#stock-status")).toHaveText("Out of stock");
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeDisabled();
  // A bad address is refused with the reason.
  await page.getByLabel("Email").fill("not-an-address");
  await page.getByRole("button", { name: "Notify me" }).click();
  await expect(message(page, "alert", "Enter a valid e-mail address")).toBeVisible(slow);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Notify me" }).click();
  await expect(message(page, "status", `We will e-mail ${email} once when this is back in stock.`)).toBeVisible(slow);
  // Asking again answers alike (never saying whether the address was already waiting) and keeps one subscription.
  await page.getByRole("button", { name: "Notify me" }).click();
  await expect(message(page, "status", `We will e-mail ${email} once when this is back in stock.`)).toBeVisible(slow);
  const subscriptions = await testDb()`select 1 from stock_subscriptions where variant_id = ${variant!.id} and email = ${email}`;
  expect(subscriptions).toHaveLength(1);

  const before = new Date(Date.now() - 1000);
  await backOffice.signIn("staff", `/admin/inventory?q=${encodeURIComponent(variant!.sku)}`);
  const form = page.getByRole("form", { name: `Adjust stock of ${variant!.sku}` });
  await form.getByLabel("Adjustment").fill("2");
  await form.getByLabel("Reason").selectOption("received");
  await form.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(message(page, "status", `Stock of ${variant!.sku} is now 2 (+2, received).`)).toBeVisible(slow);

  await runBackInStockJob(baseURL!);
  const mail = await waitForMailTo(email, "back-in-stock", before);
  expect(mail.subject).toBe("Back in stock: Back-in-stock lantern");
  expect(mail.text).toContain(`/p/${product.slug}?variant=${variant!.id}`);
  // Once: a later sweep sends nothing more.
  await runBackInStockJob(baseURL!);
  const sent = await testDb()`select 1 from mail_outbox where "to" = ${email} and template = 'back-in-stock'`;
  expect(sent).toHaveLength(1);
});

test("a signed-in shopper asks with one click, for their own address", async ({ page, accountPages }) => {
  const product = await createTestProduct("Back-in-stock kettle");
  const [variant] = await testDb()<{ id: number }[]>`update variants set stock = 0 where product_id = ${product.id} returning id`;
  const account = await createAccount("Robin Waiting");
  await accountPages.signIn(account, `/p/${product.slug}`);
  await expect(page.getByRole("button", { name: "Notify me" })).toBeEnabled();
  await expect(page.getByLabel("Email")).toHaveCount(0);
  await page.getByRole("button", { name: "Notify me" }).click();
  await expect(message(page, "status", `We will e-mail ${account.email} once when this is back in stock.`)).toBeVisible(slow);
  const [row] = await testDb()<{ userId: string }[]>`
    select user_id as "userId" from stock_subscriptions where variant_id = ${variant!.id} and email = ${account.email}`;
  expect(row?.userId).toBe(account.id);
});
