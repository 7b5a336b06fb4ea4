import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { categoryId, slugExists } from "../support/catalog-db";
import { testDb } from "../support/db";
import { replayForm, serverFormFields } from "../support/replay-form";

const uid = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe.configure({ timeout: 60_000 });

test("a merchant creates a category that shoppers see in the header and on its page", async ({ page, browser, backOffice }) => {
  await backOffice.signIn("admin", "/admin/categories");
  const id = uid();
  const name = `Garden ${id}`;
  const form = page.getByRole("form", { name: "New category" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Slug").fill(`garden-${id}`);
  await form.getByLabel("Description").fill("Pots, seeds and tools.");
  await form.getByRole("button", { name: "Create category" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Category created" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Category tree" }).getByRole("link", { name })).toBeVisible();
  await page.screenshot({ path: "test-results/catalog-category-tree.png", fullPage: true });

  // A subcategory, then the parent cannot be moved under it and cannot be deleted while it has it.
  await form.getByLabel("Name").fill(`Seeds ${id}`);
  await form.getByLabel("Parent").selectOption({ label: name });
  await form.getByRole("button", { name: "Create category" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Category created" })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit category" });
  // Its own subcategory is not offered as its parent (the server refuses a loop too: see lib/categories tests).
  await expect(edit.getByLabel("Parent")).not.toContainText(`Seeds ${id}`);
  await expect(edit.getByLabel("Parent")).toContainText("Clothing");
  await page.getByRole("button", { name: "Delete category" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "still has 1 subcategory" })).toBeVisible();

  const shopper = await browser.newPage();
  await shopper.goto("/");
  const link = shopper.getByRole("navigation", { name: "Categories" }).getByRole("link", { name });
  await expect(link).toBeVisible();
  await link.click();
  await expect(shopper.getByRole("heading", { level: 1, name })).toBeVisible();
  await shopper.close();
});

test("a merchant creates, renames and deletes a brand; the confirmation says its products stay", async ({ page, backOffice }) => {
  await backOffice.signIn("admin", "/admin/brands");
  const name = `Fernwood ${uid()}`;
  const form = page.getByRole("form", { name: "New brand" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create brand" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brand created" })).toBeVisible();
  await page.getByRole("link", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("form", { name: "Edit brand" });
  await edit.getByLabel("Name").fill(`${name} Co`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brand saved" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: `${name} Co` })).toBeVisible();
  await page.getByRole("link", { name: `Edit ${name} Co` }).click();
  await expect(page.getByRole("form", { name: "Delete brand" })).toContainText("Deleting cannot be undone");
  await page.getByRole("button", { name: "Delete brand" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Its products are still in the shop, without a brand" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: `${name} Co` })).toHaveCount(0);
});

test("shoppers and signed-out visitors are refused, and a replayed post creates nothing", async ({ page, browser, backOffice }) => {
  const visitor = await browser.newPage();
  await visitor.goto("/admin/categories");
  // The back-office layout sends them to sign in (and back to the back office).
  await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fadmin/);
  const shopperPage = await browser.newPage();
  await new AccountPages(shopperPage).signIn(await createAccount(), "/account");
  for (const path of ["/admin/categories", "/admin/brands"]) {
    const response = await shopperPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(shopperPage.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
  }

  await backOffice.signIn("admin", "/admin/categories");
  const fields = await serverFormFields(page, "/admin/categories", "New category");
  const brandFields = await serverFormFields(page, "/admin/brands", "New brand");
  const slug = `replayed-${uid()}`;
  for (const request of [visitor.request, shopperPage.request]) {
    await replayForm(request, new URL("/admin/categories", page.url()).href, fields, { name: "Replayed", slug });
    await replayForm(request, new URL("/admin/brands", page.url()).href, brandFields, { name: "Replayed", slug });
  }
  expect(await slugExists("categories", slug)).toBe(false);
  expect(await slugExists("brands", slug)).toBe(false);
  // The same post from the admin's own session does create it (under a seeded category): the replay was a fair one.
  await replayForm(page.request, new URL("/admin/categories", page.url()).href, fields, {
    name: "Replayed",
    slug,
    parentId: String(await categoryId("clothing")),
  });
  expect(await slugExists("categories", slug)).toBe(true);
  // Gone again, so specs counting Clothing's subcategories in parallel see the seeded tree.
  await testDb()`delete from categories where slug = ${slug}`;
  await visitor.close();
  await shopperPage.close();
});
