import { expect, test } from "../fixtures";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { pageWithoutJavaScript } from "../support/replay-form";

/** Moves an order to another day, so the date filters have something to tell apart. */
async function orderedOn(number: string, day: string): Promise<void> {
  await testDb()`update orders set created_at = ${`${day}T12:00:00Z`}::timestamptz where number = ${number}`;
}

test("a shopper filters their orders and buys one again", async ({ page, accountPages, cart }) => {
  const word = `Quokka${Date.now().toString(36)}${test.info().workerIndex}`;
  const [account, wanted, other] = await Promise.all([
    createAccount("Orla Lister"),
    createTestProduct(`${word} enamel kettle`),
    createTestProduct(`Plain linen towel ${Date.now()}`),
  ]);
  const kettle = await createDeliveredOrder(account.id, wanted.slug);
  const towel = await createDeliveredOrder(account.id, other.slug);
  await orderedOn(towel.number, "2025-01-15");
  const stranger = await createAccount("Sam Stranger");
  const theirs = await createDeliveredOrder(stranger.id, wanted.slug);

  await accountPages.signIn(account, "/account/orders");
  const table = page.getByRole("table", { name: /Your orders/ });
  await expect(table.getByRole("link", { name: kettle.number })).toBeVisible();
  await expect(table.getByRole("link", { name: towel.number })).toBeVisible();
  await expect(table.getByRole("link", { name: theirs.number })).toHaveCount(0);

  // A word of a product title; the filters go in the URL.
  await page.getByLabel("Search orders", { exact: true }).fill(word);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(table.getByRole("link", { name: kettle.number })).toBeVisible();
  await expect(table.getByRole("link", { name: towel.number })).toHaveCount(0);

  // Dates, inclusive, with a status: only the older order.
  await page.getByLabel("Search orders", { exact: true }).fill("");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Delivered" });
  await page.getByLabel("From", { exact: true }).fill("2025-01-01");
  await page.getByLabel("To", { exact: true }).fill("2025-01-15");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(/status=delivered/);
  await expect(table.getByRole("link", { name: towel.number })).toBeVisible();
  await expect(table.getByRole("link", { name: kettle.number })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Nonsense in the URL is ignored, never an error page.
  await page.goto("/account/orders?status=lost&from=yesterday&page=-4");
  await expect(table.getByRole("link", { name: kettle.number })).toBeVisible();

  await page.getByLabel("Search orders", { exact: true }).fill(kettle.number);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await table
    .getByRole("row", { name: new RegExp(kettle.number) })
    .getByRole("button", { name: "Buy again" })
    .click();
  await page.waitForURL((url) => url.pathname === "/cart");
  await expect(page.getByRole("status").filter({ hasText: `Added to your cart from order ${kettle.number}` })).toContainText(
    `${word} enamel kettle`,
  );
  await expect(cart.line(`${word} enamel kettle`)).toHaveCount(1);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("without JavaScript: filter by status and buy again an order whose product is no longer sold", async ({
  browser,
  page,
  accountPages,
}) => {
  const word = `Wombat${Date.now().toString(36)}${test.info().workerIndex}`;
  const [account, kept, withdrawn] = await Promise.all([
    createAccount("Nia Noscript"),
    createTestProduct(`${word} clay bowl`),
    createTestProduct(`${word} paper lantern`),
  ]);
  const bowl = await createDeliveredOrder(account.id, kept.slug);
  const lantern = await createDeliveredOrder(account.id, withdrawn.slug);
  await testDb()`update products set status = 'archived' where id = ${withdrawn.id}`;
  await accountPages.signIn(account, "/account/orders");

  const plain = await pageWithoutJavaScript(browser, page, "/account/orders");
  try {
    await plain.getByLabel("Status", { exact: true }).selectOption({ label: "Shipped" });
    await plain.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(plain.getByRole("status").filter({ hasText: "No orders match these filters." })).toBeVisible();
    await plain.getByLabel("Status", { exact: true }).selectOption({ label: "Any" });
    await plain.getByLabel("Search orders", { exact: true }).fill(word);
    await plain.getByRole("button", { name: "Filter", exact: true }).click();
    const table = plain.getByRole("table", { name: /Your orders/ });
    await expect(table.getByRole("row")).toHaveCount(3);
    await table
      .getByRole("row", { name: new RegExp(lantern.number) })
      .getByRole("button", { name: "Buy again" })
      .click();
    await expect(plain).toHaveURL(/\/cart/);
    await expect(plain.getByRole("alert").filter({ hasText: "Could not be added" })).toHaveText(
      `Could not be added: ${word} paper lantern (no longer sold).`,
    );
    await plain.goto("/account/orders");
    await plain
      .getByRole("row", { name: new RegExp(bowl.number) })
      .getByRole("button", { name: "Buy again" })
      .click();
    await expect(plain.getByRole("status").filter({ hasText: "Added to your cart" })).toContainText(`${word} clay bowl`);
  } finally {
    await plain.context().close();
  }
});
