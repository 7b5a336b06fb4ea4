import type { Download, Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import { fillChinaAddress } from "../pages/china-address";
import { expect, PRODUCTS, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";

// Pays through the test gateway and drives two browsers: allow for a busy server.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 30_000 };

// A demo product with a Chinese title that no other spec buys.
const tea = PRODUCTS.find((p) => p.slug === "longjing-green-tea-250g")!;
// A Chinese address is chosen from the province, city and district lists, with a mobile number.
const address = {
  fullName: "Iris Invoice",
  province: "浙江省",
  city: "杭州市",
  district: "西湖区",
  line1: "8 Renmin Road",
  mobile: "13800138000",
};
const company = "杭州示例贸易有限公司";

/** The text of a downloaded PDF, read back with a PDF text extractor (no system tools needed). */
async function pdfText(download: Download): Promise<{ text: string; head: string }> {
  const bytes = await readFile((await download.path())!);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { text, head: bytes.subarray(0, 5).toString("latin1") };
}

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return file;
}

test("a shopper gives invoice details at checkout, pays, and downloads the invoice as a PDF that names the order, the company and the tea", async ({
  page,
  checkout,
  browser,
}) => {
  await setStock(tea.slug, 50);
  await checkout.addToCart(tea.slug);
  await page.goto("/checkout");
  const email = `${Date.now()}-invoice@example.com`;
  await page.getByLabel("Email").fill(email);
  await fillChinaAddress(page, address);
  await page.getByRole("radio", { name: "Standard" }).check();
  await page.getByText("Invoice for a company (optional)").click();
  await page.getByLabel("Company name (invoice)").fill(company);
  await page.getByLabel("Tax number (invoice)").fill("91330100MA2XXXXX1Q");
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\//, slow);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Order ", "").trim();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`), slow);

  // The payment queued the invoice (numbered by the booking job, in order of payment): its number
  // shows as text beside the link once issued, within moments.
  const documents = page.getByRole("region", { name: "Invoices" });
  await expect(async () => {
    await page.reload();
    await expect(documents.getByText(/INV-\d{4}-\d{6}/)).toBeVisible({ timeout: 1_000 });
  }).toPass(slow);
  const invoiceNumber = (await documents.getByText(/INV-\d{4}-\d{6}/).textContent())!.trim();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const file = await download(page, "Download invoice");
  expect(file.suggestedFilename()).toBe(`invoice-${invoiceNumber}.pdf`);
  const { text, head } = await pdfText(file);
  expect(head).toBe("%PDF-");
  for (const expected of [number, invoiceNumber, company, "91330100MA2XXXXX1Q", tea.title, "Iris Invoice"])
    expect(text).toContain(expected);

  // Another browser, without the order in its cookie, gets the same 404 as for an order that does not exist.
  const stranger = await browser.newContext();
  const response = await stranger.request.get(`/orders/${number}/invoice`);
  expect(response.status()).toBe(404);
  expect((await stranger.request.get(`/admin/orders/${number}/invoice`)).status()).toBe(404);
  await stranger.close();

  // The merchant downloads the same invoice from the back office.
  const staff = await (await browser.newContext()).newPage();
  await new BackOffice(staff).signIn("staff", `/admin/orders/${number}`);
  await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(staff.getByText(invoiceNumber)).toBeVisible();
  const merchantFile = await download(staff, "Download invoice");
  expect(merchantFile.suggestedFilename()).toBe(`invoice-${invoiceNumber}.pdf`);
  const merchant = await pdfText(merchantFile);
  expect(merchant.text).toContain(number);
  expect(merchant.text).toContain(tea.title);
});

test("the merchant downloads the invoice of an order paid before invoices existed: it is numbered on that first download", async ({
  browser,
}) => {
  // An order as the shop recorded paid orders before this feature: paid, no invoice.
  const sql = testDb();
  const [order] = await sql<{ id: string; number: string }[]>`
    insert into orders (number, email, status, currency, subtotal, shipping_total, total, shipping_method_code, shipping_method_name,
                        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider, payment_due_at, paid_at)
    values ('MC-2020-' || lpad((floor(random() * 899999) + 100000)::text, 6, '0'), 'old-invoice@example.com', 'paid', 'USD', 5800, 0, 5800,
            'standard', 'Standard', 'Olga Older', '1 Old Street', 'Leeds', 'LS1 1AA', 'GB', gen_random_uuid()::text, 'test', now(), now())
    returning id, number`;
  await sql`insert into order_lines (order_id, product_title, product_slug, sku, unit_price, quantity, line_total)
            values (${order!.id}, ${tea.title}, ${tea.slug}, 'OLD-1', 5800, 1, 5800)`;

  const staff = await (await browser.newContext()).newPage();
  await new BackOffice(staff).signIn("staff", `/admin/orders/${order!.number}`);
  const documents = staff.getByRole("region", { name: "Invoices" });
  await expect(documents.getByText("(numbered when first downloaded)")).toBeVisible();
  const file = await download(staff, "Download invoice");
  const { text } = await pdfText(file);
  expect(text).toContain(order!.number);
  expect(text).toContain(tea.title);
  const [issued] = await sql<{ number: string }[]>`select number from invoices where order_id = ${order!.id} and kind = 'invoice'`;
  expect(file.suggestedFilename()).toBe(`invoice-${issued!.number}.pdf`);
  await staff.reload();
  await expect(documents.getByText(issued!.number)).toBeVisible();
});

test("an admin sets the store address, tax number and tax rate for invoices; a wrong rate is refused", async ({ page, backOffice }) => {
  const sql = testDb();
  const [before] = await sql<
    { store_address: string | null; store_tax_number: string | null; tax_rate_basis_points: number; tax_name: string }[]
  >`
    select store_address, store_tax_number, tax_rate_basis_points, tax_name from store_settings where id = 1`;
  await backOffice.signIn("admin", "/admin/settings");
  await page.getByRole("link", { name: "Edit invoice settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
  try {
    await page.getByLabel("Tax rate (%)").fill("13.555");
    await page.getByRole("button", { name: "Save invoice settings" }).click();
    await expect(page.getByText(/at most two decimals/)).toBeVisible();
    await page.getByLabel("Store address").fill("1 Market Street\nSpringfield");
    await page.getByLabel("Store tax number").fill("GB123456789");
    await page.getByLabel("Tax rate (%)").fill(before ? String(before.tax_rate_basis_points / 100) : "0");
    await page.getByLabel("Tax name").fill(before?.tax_name ?? "VAT");
    await page.getByRole("button", { name: "Save invoice settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invoice settings saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Store address")).toHaveValue("1 Market Street\nSpringfield");
    await expect(page.getByLabel("Store tax number")).toHaveValue("GB123456789");
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    // Other tests issue invoices from the same row: put it back.
    await sql`update store_settings set store_address = ${before?.store_address ?? null}, store_tax_number = ${before?.store_tax_number ?? null}
              where id = 1`;
  }
});
