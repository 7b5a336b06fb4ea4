import { createAccount, createDeliveredOrder } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { expect, PRODUCTS, test } from "../fixtures";
import { AccountPages } from "../pages/account";

const product = PRODUCTS[5]!;
const other = PRODUCTS[11]!;

test("a shopper edits their name and keeps an address book with one default", async ({ page, accountPages }) => {
  const account = await createAccount("Robin Tester");
  await accountPages.signIn(account);
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Robin Tester" })).toBeVisible();
  await expect(page.getByText(/^0\s*points$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await accountPages.nav().getByRole("link", { name: "Profile" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Robin Renamed");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your name was saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Robin Renamed");

  await accountPages.nav().getByRole("link", { name: "Addresses" }).click();
  await expect(page.getByText("No saved addresses yet")).toBeVisible();
  const add = async (fullName: string, line1: string, makeDefault: boolean) => {
    await page.getByRole("link", { name: "Add address" }).click();
    await page.getByLabel("Full name", { exact: true }).fill(fullName);
    await page.getByLabel("Address", { exact: true }).fill(line1);
    await page.getByLabel("City", { exact: true }).fill("Springfield");
    await page.getByLabel("Postal code", { exact: true }).fill("12345");
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
    await page.getByLabel("Phone", { exact: true }).fill("+1 555 0100");
    if (makeDefault) await page.getByLabel("Default address", { exact: true }).check();
    await page.getByRole("button", { name: "Save address" }).click();
    await expect(page.getByRole("status").filter({ hasText: "added to your address book" })).toBeVisible();
  };
  // A form with a missing field is refused and keeps what was typed.
  await page.getByRole("link", { name: "Add address" }).click();
  await page.getByLabel("Full name", { exact: true }).fill("Half Filled");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "correct the highlighted fields" })).toBeVisible();
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue("Half Filled");
  await accountPages.nav().getByRole("link", { name: "Addresses" }).click();

  await add("Robin Home", "1 Home Street", false);
  await add("Robin Work", "2 Work Avenue", true);
  const home = page.getByRole("article", { name: /Robin Home/ });
  const work = page.getByRole("article", { name: /Robin Work/ });
  await expect(work.getByText("Default address")).toBeVisible();
  await expect(home.getByText("Default address")).toHaveCount(0);
  await expect(home.getByText("Canada")).toBeVisible();

  await home.getByRole("button", { name: /Make .* the default/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "now your default address" })).toBeVisible();
  await expect(home.getByText("Default address")).toBeVisible();
  await expect(work.getByText("Default address")).toHaveCount(0);

  await work.getByRole("link", { name: /Edit/ }).click();
  await page.getByLabel("City", { exact: true }).fill("Shelbyville");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The address was saved." })).toBeVisible();
  await expect(work.getByText(/Shelbyville/)).toBeVisible();

  await work.getByRole("button", { name: /Delete/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "The address was deleted." })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(home.getByText("Default address")).toBeVisible();
});

test("another shopper's address answers 404", async ({ page, accountPages }) => {
  const [owner, intruder] = [await createAccount(), await createAccount()];
  const [row] = await testDb()`
    insert into addresses (user_id, full_name, line1, city, postal_code, country, is_default)
    values (${owner.id}, 'Owner', '1 Private Road', 'Hometown', '12345', 'US', true) returning id`;
  await accountPages.signIn(intruder);
  const response = await page.goto(`/account/addresses/${row!.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("1 Private Road")).toHaveCount(0);
});

test("favourites from the product page, and recently viewed products", async ({ page, accountPages }) => {
  const account = await createAccount();
  await accountPages.signIn(account);
  await page.goto(`/p/${other.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: other.title })).toBeVisible();
  await page.goto(`/p/${product.slug}`);
  const add = page.getByRole("button", { name: "Add to favourites" });
  await expect(add).toHaveAttribute("aria-pressed", "false");
  await add.click();
  const remove = page.getByRole("button", { name: "Remove from favourites" });
  await expect(remove).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove from favourites" })).toBeVisible();

  await page.goto("/account/favourites");
  const list = page.getByRole("list", { name: "Your favourites" });
  await expect(list.getByRole("link", { name: product.title })).toBeVisible();
  await list.getByRole("button", { name: /Remove from favourites/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed from favourites." })).toBeVisible();
  await expect(page.getByText("No favourites yet")).toBeVisible();

  await accountPages.nav().getByRole("link", { name: "Recently viewed" }).click();
  const recent = page.getByRole("list", { name: /Recently viewed products/ }).getByRole("link");
  await expect(recent.first()).toHaveText(product.title);
  await expect(recent.nth(1)).toHaveText(other.title);
  await page.getByRole("button", { name: "Clear history" }).click();
  await expect(page.getByText("Products you look at will appear here.")).toBeVisible();
});

test("a guest who wants a favourite is asked to sign in and comes back", async ({ page }) => {
  await page.goto(`/p/${product.slug}`);
  await page.getByRole("button", { name: "Add to favourites" }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/p/${product.slug}`)}`));
});

test("what a guest viewed is kept in their history once they sign in", async ({ page, accountPages }) => {
  const account = await createAccount();
  await page.goto(`/p/${other.slug}`);
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === "mercato_recent")).toBe(true);
  await accountPages.signIn(account);
  // The view is recorded by a beacon after the page loads: wait for it before leaving.
  const recorded = page.waitForResponse((r) => r.url().includes("/api/me/recently-viewed") && r.request().method() === "POST");
  await page.goto(`/p/${product.slug}`);
  await expect(page.getByRole("button", { name: "Add to favourites" })).toBeVisible();
  await recorded;
  await page.goto("/account/recently-viewed");
  const recent = page.getByRole("list", { name: /Recently viewed products/ }).getByRole("link");
  await expect(recent).toHaveText([product.title, other.title]);
});

test("changing the password keeps this browser signed in and signs others out", async ({ page, browser, accountPages }) => {
  const account = await createAccount();
  await accountPages.signIn(account);
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await new AccountPages(otherPage).signInThroughPage(account);

  await page.goto("/account/profile");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not your current password" })).toBeVisible();

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  // Hashing, then signing in again with the new password: allow the server its time.
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible({ timeout: 20_000 });
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: /^Hello/ })).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await new AccountPages(otherPage).signInThroughPage({ ...account, password: "a-brand-new-password" });
  await expect(otherPage.getByRole("heading", { level: 1, name: /^Hello/ })).toBeVisible();
  await elsewhere.close();
});

// One page per test: axe over a page costs seconds on a slow machine, and each test keeps its own budget.
const a11yPaths: [string, (ctx: { orderNumber: string; lineId: number }) => string][] = [
  ["account", () => "/account"],
  ["profile", () => "/account/profile"],
  ["address book", () => "/account/addresses"],
  ["new address", () => "/account/addresses/new"],
  ["orders", () => "/account/orders"],
  ["favourites", () => "/account/favourites"],
  ["recently viewed", () => "/account/recently-viewed"],
  ["my reviews", () => "/account/reviews"],
  ["write a review", ({ orderNumber, lineId }) => `/orders/${orderNumber}/review/${lineId}`],
  ["product reviews", () => `/p/${product.slug}/reviews`],
];
for (const [name, pathOf] of a11yPaths) {
  test(`the ${name} page has no serious accessibility problems @phone`, async ({ page, accountPages }) => {
    const account = await createAccount();
    const order = await createDeliveredOrder(account.id, product.slug);
    await testDb()`insert into favourites (user_id, product_id) select ${account.id}, id from products where slug = ${product.slug}`;
    await testDb()`insert into addresses (user_id, full_name, line1, city, postal_code, country, is_default)
      values (${account.id}, 'Robin Tester', '1 Test Street', 'Testville', '12345', 'US', true)`;
    await accountPages.signIn(account);
    await page.goto(pathOf({ orderNumber: order.number, lineId: order.lineId }));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
