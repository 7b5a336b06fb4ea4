import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { type ProductFormPage, testPicture } from "../pages/admin-product-form";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { formFields, replayForm } from "../support/replay-form";

const uniqueWord = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;

/** A page in a fresh browser context signed in as a new shopper. */
async function shopperPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new AccountPages(page).signIn(await createAccount("Sam Shopper"));
  return page;
}

/** Creates an active simple product through the form; returns its id, title and slug. */
async function createSimpleProduct(form: ProductFormPage, price: string) {
  const word = uniqueWord();
  await form.page.goto("/admin/products/new");
  await form.title.fill(`Enamel mug ${word}`);
  await form.slug.fill(`enamel-mug-${word}`);
  await form.chooseFirstCategory();
  await form.status.selectOption("active");
  await form.fillVariant(form.variant("Price and stock"), { sku: `MUG-${word}`, price, stock: "7" });
  const id = await form.saveAndConfirm();
  return { id, title: `Enamel mug ${word}`, slug: `enamel-mug-${word}` };
}

test("a merchant creates an active product with two variants and a photo; a shopper finds it and sees its price", async ({
  backOffice,
  page,
  productForm: form,
  browser,
}) => {
  test.setTimeout(60_000);
  await backOffice.signIn("staff", "/admin/products");
  await page.getByRole("link", { name: "New product" }).click();
  await expect(page).toHaveURL(/\/admin\/products\/new$/);

  const word = uniqueWord();
  const title = `Linen shirt ${word}`;
  await form.title.fill(title);
  await expect(form.slug).toHaveValue(`linen-shirt-${word}`);
  await form.description.fill("Breathable linen for warm days.");
  await form.chooseFirstCategory();
  await form.status.selectOption("active");
  await form.tags.fill("linen, summer");
  await form.setOption(1, "Size", "S, M");
  await form.form.getByLabel("Spec 1 name", { exact: true }).fill("Material");
  await form.form.getByLabel("Spec 1 value", { exact: true }).fill("Linen");
  await form.fillVariant(form.variant("Size S"), { sku: `LS-${word}-S`, price: "12.50", compareAt: "15", stock: "5" });
  await form.fillVariant(form.variant("Size M"), { sku: `LS-${word}-M`, price: "14", stock: "3" });
  await form.images.setInputFiles(await testPicture());
  const id = await form.saveAndConfirm();

  // Saved as typed: cents, variants, the picture resized and described.
  await expect(form.variant("Size S").getByLabel("Price", { exact: true })).toHaveValue("12.50");
  await expect(form.variant("Size M").getByLabel("Stock", { exact: true })).toHaveValue("3");
  await expect(form.form.getByLabel("Alt text for image 1")).toHaveValue(title);
  const [image] = await testDb()`select width, height, url from product_images where product_id = ${id}`;
  expect(image).toMatchObject({ width: 1600, height: 1200, url: expect.stringMatching(/\.webp$/) });

  await page.goto(`/admin/products?q=${encodeURIComponent(`LS-${word}-M`)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  const shopper = await shopperPage(browser);
  await shopper.goto(`/search?q=${encodeURIComponent(title)}`);
  await shopper.getByRole("region", { name: "Results" }).getByRole("link", { name: title }).first().click();
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(shopper.getByText("$12.50").first()).toBeVisible();
  await expect(shopper.getByRole("img", { name: title }).first()).toBeVisible();
});

test("a merchant changes price and slug: the old address redirects permanently and the new price shows", async ({
  backOffice,
  productForm: form,
  browser,
}) => {
  test.setTimeout(60_000);
  await backOffice.signIn("admin", "/admin/products");
  const product = await createSimpleProduct(form, "20.00");
  const shopper = await shopperPage(browser);
  // The shopper's visit puts the page in the cache; the edit must replace it.
  await shopper.goto(`/p/${product.slug}`);
  await expect(shopper.getByText("$20.00").first()).toBeVisible();
  const newSlug = `${product.slug}-new`;
  await form.slug.fill(newSlug);
  await form.form.getByLabel("Price", { exact: true }).fill("18.00");
  await form.saveAndConfirm();

  const old = await shopper.request.get(`/p/${product.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/p/${newSlug}$`));
  // The Chinese page's former address leads to the Chinese page.
  const oldZh = await shopper.request.get(`/zh-CN/p/${product.slug}`, { maxRedirects: 0 });
  expect(oldZh.status()).toBe(308);
  expect(oldZh.headers().location).toMatch(new RegExp(`/zh-CN/p/${newSlug}$`));
  await shopper.goto(`/p/${product.slug}`);
  await expect(shopper).toHaveURL(new RegExp(`/p/${newSlug}$`));
  await expect(shopper.getByText("$18.00").first()).toBeVisible();
  await expect(shopper.getByText("$20.00")).toHaveCount(0);
});

test("refusals are clear and nothing is saved: duplicate SKU, compare-at not above price", async ({
  page,
  productForm: form,
  backOffice,
}) => {
  await backOffice.signIn("staff", "/admin/products");
  const first = await createSimpleProduct(form, "5.00");
  await page.goto("/admin/products/new");
  await form.title.fill("Clashing mug");
  await form.chooseFirstCategory();
  await form.fillVariant(form.variant("Price and stock"), {
    sku: `MUG-${first.slug.split("-").pop()}`,
    price: "5",
    compareAt: "4",
    stock: "1",
  });
  await form.save.click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(form.form.getByLabel("Compare-at price", { exact: true })).toHaveAccessibleDescription(/higher than the price/);
  await form.form.getByLabel("Compare-at price", { exact: true }).fill("");
  await form.save.click();
  await expect(form.form.getByLabel("SKU", { exact: true })).toHaveAccessibleDescription(/already used by “Enamel mug/);
  await expect(form.title).toHaveValue("Clashing mug");
  const rows = await testDb()`select id from products where title = 'Clashing mug'`;
  expect(rows).toHaveLength(0);
});

test("pictures: add, describe, reorder and delete; the list and form pass an accessibility check", async ({
  page,
  productForm: form,
  backOffice,
}) => {
  test.setTimeout(60_000);
  await backOffice.signIn("staff", "/admin/products");
  expect(await seriousA11yViolations(page)).toEqual([]);
  const product = await createSimpleProduct(form, "7.00");
  await form.images.setInputFiles([await testPicture("wide.png", 1200, 600), await testPicture("tall.png", 600, 1200)]);
  await form.saveAndConfirm();
  const images = () => testDb()`select alt, width, height from product_images where product_id = ${product.id} order by position`;
  expect(await images()).toEqual([
    { alt: product.title, width: 1200, height: 600 },
    { alt: product.title, width: 600, height: 1200 },
  ]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await form.form.getByRole("button", { name: "Move image 2 up" }).click();
  await form.form.getByLabel("Alt text for image 1").fill("Standing upright");
  await form.form.getByRole("button", { name: "Delete image 2" }).click();
  await expect(form.form.getByLabel("Alt text for image 2")).toHaveCount(0);
  await form.saveAndConfirm();
  expect(await images()).toEqual([{ alt: "Standing upright", width: 600, height: 1200 }]);

  await form.images.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
  await form.save.click();
  await expect(page.getByRole("alert").filter({ hasText: "notes.txt is not a picture" })).toBeVisible();
  expect(await images()).toHaveLength(1);
});

test.describe("access", () => {
  test("signed-out visitors are sent to sign in; shoppers get a 404", async ({ page, browser }) => {
    for (const path of ["/admin/products", "/admin/products/new"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?next=/);
    }
    const shopper = await shopperPage(browser);
    for (const path of ["/admin/products", "/admin/products/new"]) {
      const response = await shopper.goto(path);
      expect(response?.status()).toBe(404);
      await expect(shopper.getByRole("heading", { name: "Products" })).toHaveCount(0);
    }
  });

  test("a replayed Save from a shopper or nobody changes nothing; the same post from staff does", async ({
    backOffice,
    page,
    productForm: form,
    browser,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await backOffice.signIn("staff", "/admin/products");
    const product = await createSimpleProduct(form, "9.00");
    const fields = await formFields(form.form);
    const url = `${baseURL}/admin/products/${product.id}`;
    const titleNow = async () => (await testDb()`select title from products where id = ${product.id}`)[0]!.title as string;

    const shopper = await shopperPage(browser);
    await replayForm(shopper.request, url, fields, { title: "Taken over by a shopper" });
    const nobody = await playwright.request.newContext();
    await replayForm(nobody, url, fields, { title: "Taken over by nobody" });
    expect(await titleNow()).toBe(product.title);

    // The replay itself works: the staff member's own session gets it through.
    await replayForm(page.request, url, fields, { title: `${product.title} (renamed)` });
    await expect.poll(titleNow).toBe(`${product.title} (renamed)`);
  });
});
