import { expect, PRODUCTS, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { exportAndDownload, exportRow } from "../support/exports";
import { createOrderWithLine } from "../support/report-db";

const product = PRODUCTS[0]!;

test("a merchant exports the orders a status filter shows: the Exports page says what it holds and gives the CSV with their lines", async ({
  page,
  backOffice,
}) => {
  const email = `${Date.now()}-export@example.com`;
  const shipped = await createOrderWithLine(email, "shipped", product.slug);
  const paid = await createOrderWithLine(email, "paid", product.slug);

  await backOffice.signIn("staff", "/admin/orders");
  await page.getByLabel("Search").fill(email);
  await page.getByLabel("Status").selectOption({ label: "Shipped" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=shipped/);
  await expect(page.getByRole("link", { name: shipped.number })).toBeVisible();

  const { id, name, text, lines } = await exportAndDownload(page, "Export CSV");
  const row = exportRow(page, id);
  await expect(row).toContainText(`Orders #${id}`);
  await expect(row).toContainText(`all dates · search “${email}” · status Shipped`);
  await expect(row.getByRole("cell").nth(4)).toHaveText("1"); // rows
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(name).toMatch(/^orders-all-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(lines[0]).toBe(
    "Order number,Created (UTC),Paid (UTC),Status,E-mail,Currency,Subtotal,Discount,Shipping,Total,Refunded,SKU,Product,Variant,Quantity,Unit price,Line total",
  );
  const rows = lines.slice(1).filter(Boolean);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(`${shipped.number},`);
  expect(rows[0]).toContain(`,shipped,${email},USD,`);
  expect(rows[0]).toContain(`,${shipped.sku},`);
  expect(text).not.toContain(paid.number);
});

test("the reports page exports each report for its range; the files wait on Exports, for staff only", async ({
  page,
  backOffice,
  browser,
}) => {
  test.setTimeout(150_000); // six exports on a busy machine
  await backOffice.signIn("staff", "/admin");
  await backOffice.nav().getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const today = new Date().toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 8)}01`;
  await page.getByLabel("From").fill(monthStart);
  await page.getByLabel("To").fill(today);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${monthStart}&to=${today}`));
  const reports = page.url();

  const headers: [string, string, string][] = [
    ["Export orders", "orders", "Order number,Created (UTC),Paid (UTC),Status"],
    ["Export refunds", "refunds", "Order number,Refunded (UTC),Kind,Currency,Amount,Shipping part,Reason"],
    ["Export payments", "payments", "Order number,Created (UTC),Updated (UTC),Provider,Reference,Status,Currency,Amount"],
    ["Export inventory ledger", "inventory-ledger", "Date (UTC),SKU,Product,Change,Stock after,Reason,Note,Order number,By"],
  ];
  for (const [button, report, header] of headers) {
    await page.goto(reports);
    const file = await exportAndDownload(page, button);
    expect(file.name).toBe(`${report}-${monthStart}-to-${today}.csv`);
    expect(file.lines[0]).toContain(header);
  }
  await page.goto(reports);
  const daily = await exportAndDownload(page, "Export figures per day");
  await expect(exportRow(page, daily.id)).toContainText(`Figures per day #${daily.id}`);
  await expect(exportRow(page, daily.id)).toContainText(`${monthStart} to ${today}`);
  expect(daily.lines[0]).toContain("Day,Currency,Orders,Revenue,Average order value,Refunds");
  expect(daily.lines.filter(Boolean)).toHaveLength(1 + Number(today.slice(8)));

  await page.goto(reports);
  const stock = await exportAndDownload(page, "Export stock levels");
  expect(stock.lines[0]).toBe("SKU,Product,Variant,Product status,Stock,Low-stock threshold,Low stock");
  expect(stock.text).toContain(product.title);

  // The page links to the exports, as does the back office's navigation.
  await page.goto(reports);
  await page.getByRole("link", { name: "See recent exports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  await expect(backOffice.nav().getByRole("link", { name: "Exports" })).toHaveAttribute("aria-current", "page");

  // Signed out and shoppers: a plain 404, no file.
  const download = `/admin/exports/${stock.id}/download`;
  const visitor = await browser.newPage();
  expect((await visitor.request.get(download)).status()).toBe(404);
  const shopper = await browser.newPage();
  await new AccountPages(shopper).signIn(await createAccount(), "/account");
  const refused = await shopper.request.get(download);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain("SKU");
  // Staff get it straight from the database, whichever instance answers.
  const served = await page.request.get(download);
  expect(served.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(served.headers()["content-disposition"]).toMatch(/^attachment; filename="stock-all-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(served.headers()["cache-control"]).toBe("no-store");
});

test("Export CSV on the inventory list carries its search", async ({ page, backOffice }) => {
  await backOffice.signIn("staff", "/admin/inventory");
  await page.getByLabel("Search").fill(product.title);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=/);
  const { id, lines } = await exportAndDownload(page, "Export CSV");
  await expect(exportRow(page, id)).toContainText(`Stock levels #${id}`);
  await expect(exportRow(page, id)).toContainText(`search “${product.title}”`);
  const rows = lines.slice(1).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toContain(product.title);
});
