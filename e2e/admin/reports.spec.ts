import { readFile } from "node:fs/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { Download, Page } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { createBulkOrders, createOrderWithLine, deleteOrdersOf, exportQueriesHeld } from "../support/report-db";

const product = PRODUCTS[0]!;

/** Clicks the link and returns the downloaded file's name and text (its byte-order mark checked and removed). */
async function download(page: Page, link: string): Promise<{ name: string; text: string; lines: string[] }> {
  const pending: Promise<Download> = page.waitForEvent("download");
  await page.getByRole("link", { name: link, exact: true }).click();
  const file = await pending;
  const raw = await readFile((await file.path())!, "utf8");
  expect(raw.charCodeAt(0), "a UTF-8 byte-order mark first").toBe(0xfeff);
  const text = raw.slice(1);
  return { name: file.suggestedFilename(), text, lines: text.split("\r\n") };
}

test("a merchant exports the orders a status filter shows, as CSV with their lines", async ({ page, backOffice }) => {
  const email = `${Date.now()}-export@example.com`;
  const shipped = await createOrderWithLine(email, "shipped", product.slug);
  const paid = await createOrderWithLine(email, "paid", product.slug);

  await backOffice.signIn("staff", "/admin/orders");
  await page.getByLabel("Search").fill(email);
  await page.getByLabel("Status").selectOption({ label: "Shipped" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=shipped/);
  await expect(page.getByRole("link", { name: shipped.number })).toBeVisible();

  const { name, text, lines } = await download(page, "Export CSV");
  expect(name).toMatch(/^orders-.*\.csv$/);
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

test("the reports page downloads each report for its range and passes axe; others get nothing", async ({ page, backOffice, browser }) => {
  test.setTimeout(120_000); // seven downloads on a busy machine
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

  const headers: [string, string, string][] = [
    ["Download orders", "orders", "Order number,Created (UTC),Paid (UTC),Status"],
    ["Download refunds", "refunds", "Order number,Refunded (UTC),Kind,Currency,Amount,Shipping part,Reason"],
    ["Download payments", "payments", "Order number,Created (UTC),Updated (UTC),Provider,Reference,Status,Currency,Amount"],
    ["Download inventory ledger", "inventory-ledger", "Date (UTC),SKU,Product,Change,Stock after,Reason,Note,Order number,By"],
    ["Download figures per day", "daily-figures", "Day,Currency,Orders,Revenue,Average order value,Refunds"],
  ];
  for (const [link, report, header] of headers) {
    const file = await download(page, link);
    expect(file.name).toBe(`${report}-${monthStart}-to-${today}.csv`);
    expect(file.lines[0]).toContain(header);
  }
  const daily = await download(page, "Download figures per day");
  expect(daily.lines.filter(Boolean)).toHaveLength(1 + Number(today.slice(8)));

  const stock = await download(page, "Download stock levels");
  expect(stock.lines[0]).toBe("SKU,Product,Variant,Product status,Stock,Low-stock threshold,Low stock");
  expect(stock.text).toContain(product.title);

  // Signed out and shoppers: a plain 404, no file.
  const visitor = await browser.newPage();
  expect((await visitor.request.get("/admin/reports/orders")).status()).toBe(404);
  const shopper = await browser.newPage();
  await new AccountPages(shopper).signIn(await createAccount(), "/account");
  const refused = await shopper.request.get(`/admin/reports/payments?from=${monthStart}&to=${today}`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain("Order number");
});

test("Export CSV on the inventory list carries its search", async ({ page, backOffice }) => {
  await backOffice.signIn("staff", "/admin/inventory");
  await page.getByLabel("Search").fill(product.title);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=/);
  const { lines } = await download(page, "Export CSV");
  const rows = lines.slice(1).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toContain(product.title);
});

test("a download the client abandons gives its database connection back", async ({ page, backOffice, baseURL }) => {
  test.setTimeout(120_000);
  const email = `${Date.now()}-bulk@example.com`;
  await createBulkOrders(email, 40_000); // ~6 MB of CSV: more than the sockets buffer
  try {
    await backOffice.signIn("staff", "/admin/orders");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const url = new URL(`/admin/reports/orders?q=${encodeURIComponent(email)}`, baseURL);
    // Read the headers and the first bytes, then stop reading: the export waits on the client, its cursor open.
    const req = httpRequest(url, { headers: { cookie } });
    const res = await new Promise<IncomingMessage>((resolve, reject) => req.on("response", resolve).on("error", reject).end());
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("orders-all-");
    await new Promise((resolve) => res.once("data", resolve));
    res.pause();
    await expect.poll(exportQueriesHeld, { timeout: 15_000 }).toBeGreaterThan(0);
    req.destroy(); // the client goes away
    await expect.poll(exportQueriesHeld, { timeout: 15_000 }).toBe(0);
  } finally {
    await deleteOrdersOf(email);
  }
});
