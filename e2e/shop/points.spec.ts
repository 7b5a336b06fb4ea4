import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { testDb } from "../support/db";
import { giveSpend, givePoints, tierNamed } from "../support/points-db";
import { seriousA11yViolations } from "../support/axe";

test("a shopper sees their points balance, tier and history on /account/points", async ({ page, accountPages }) => {
  const shopper = await createAccount("Pat Points");
  const order = await createDeliveredOrder(shopper.id, "the-slow-kitchen");
  await givePoints(shopper.id, 42, { kind: "earned", orderNumber: order.number, reason: `Order ${order.number}` });
  await accountPages.signIn(shopper, "/account");

  // The overview's points figure leads to the points page, as does the account nav.
  await expect(accountPages.nav().getByRole("link", { name: "Points" })).toHaveAttribute("href", "/account/points");
  await page.getByRole("link", { name: /^42\s*points$/ }).click();
  await expect(page).toHaveURL(/\/account\/points$/);
  await expect(page.getByRole("heading", { name: "Points and tier", level: 1 })).toBeVisible();

  await expect(page.getByRole("region", { name: "Points balance" })).toContainText(/42\s*points/);
  const tier = page.getByRole("region", { name: "Member tier" });
  await expect(tier).toContainText("Member");
  await expect(tier).toContainText(/Spend \$[\d,.]+ more in 12 months to reach Silver/);

  const history = page.getByRole("table", { name: "Your points history, newest first" });
  const row = history.getByRole("row").filter({ hasText: "Earned" });
  await expect(row).toContainText("+42");
  await expect(row.getByRole("link", { name: order.number })).toHaveAttribute("href", `/orders/${order.number}`);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a Gold member sees their member price on the (cached) product page; a guest does not", async ({ page, browser, accountPages }) => {
  const gold = await tierNamed("Gold");
  const shopper = await createAccount("Gale Gold");
  await giveSpend(shopper.id, gold.minSpend);
  const [v] = await testDb()`
    select v.price from products p join variants v on v.product_id = p.id
    where p.slug = 'the-slow-kitchen' order by v.position, v.id limit 1`;
  const price = v!.price as number;
  const member = price - Math.floor((price * gold.percentOff) / 100 + 0.5);
  const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

  await accountPages.signIn(shopper, "/account");
  await page.goto("/p/the-slow-kitchen");
  await expect(page.getByText(`Gold price ${dollars(member)}`)).toBeVisible();

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto("/p/the-slow-kitchen");
  await expect(guestPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(guestPage.getByRole("button", { name: "Add to favourites" })).toBeEnabled(); // the islands have loaded
  await expect(guestPage.getByText(/Gold price/)).toHaveCount(0);
  await guest.close();
});

test("an admin adjusts a customer's points with a reason; the shopper sees the new balance", async ({ page, browser, backOffice }) => {
  const shopper = await createAccount("Casey Adjusted");
  await givePoints(shopper.id, 10);
  await backOffice.signIn("admin", `/admin/customers/${shopper.id}`);
  await expect(page.getByRole("region", { name: "Loyalty points" })).toContainText("10");

  // Taking more than the balance is refused, and nothing changes.
  await page.getByRole("spinbutton", { name: "Points adjustment" }).fill("-25");
  await page.getByRole("textbox", { name: "Reason" }).fill("Returned goods");
  await page.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "would make the balance negative" })).toBeVisible();

  await page.getByRole("spinbutton", { name: "Points adjustment" }).fill("15");
  await page.getByRole("textbox", { name: "Reason" }).fill("Apology for a late parcel");
  await page.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 15 points: the balance is now 25." })).toBeVisible();
  const history = page.getByRole("table", { name: /points history/ });
  await expect(history.getByRole("row").filter({ hasText: "Apology for a late parcel" })).toContainText("+15");

  const context = await browser.newContext();
  const shopperPage = await context.newPage();
  await new AccountPages(shopperPage).signIn(shopper, "/account/points");
  await expect(shopperPage.getByRole("region", { name: "Points balance" })).toContainText(/25\s*points/);
  await expect(shopperPage.getByRole("row").filter({ hasText: "Apology for a late parcel" })).toContainText("Adjusted");
  await context.close();
});

test("an admin saves the points settings and adds and deletes a member tier", async ({ page, backOffice }) => {
  await backOffice.signIn("admin", "/admin/settings");
  await page.getByRole("link", { name: "Edit tiers and points" }).click();
  await expect(page.getByRole("heading", { name: "Tiers and points", level: 1 })).toBeVisible();

  // Saved as they stand: other tests share these settings.
  await expect(page.getByRole("checkbox", { name: "Points enabled" })).toBeChecked();
  await page.getByRole("button", { name: "Save points settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Points settings saved." })).toBeVisible();

  const name = `Platinum ${Date.now().toString(36)}`;
  const add = page.getByRole("group", { name: "New tier" });
  await add.getByRole("textbox", { name: "Name" }).fill(name);
  await add.getByRole("textbox", { name: "Minimum spend" }).fill(String(700000 + Math.floor(Math.random() * 99999)));
  await add.getByRole("spinbutton", { name: "Percent off" }).fill("8");
  await add.getByRole("checkbox", { name: "Free shipping" }).check();
  await add.getByRole("button", { name: "Add tier" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Tier ${name} added.` })).toBeVisible();

  const tier = page
    .getByRole("list", { name: "Member tiers" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("group", { name }) });
  await expect(tier.getByRole("spinbutton", { name: "Percent off" })).toHaveValue("8");
  await tier.getByRole("button", { name: "Delete tier" }).click();
  await expect(page.getByRole("group", { name })).toHaveCount(0);
});
