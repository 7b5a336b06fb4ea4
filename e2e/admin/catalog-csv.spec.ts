import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { anySeededVariant, slugExists, stockAndLedger } from "../support/catalog-db";
import { exportAndDownload, exportRow } from "../support/exports";
import { replayForm, serverFormFields } from "../support/replay-form";

const uid = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const HEADER = "handle,title,description,status,category,brand,tags,sku,price,compare_at_price,stock";

/** A CSV with one good new product (a Chinese title, a quoted description) and one row with a bad price. */
function csvFor(id: string) {
  const handle = `csv-teapot-${id}`;
  const good = `${handle},"紫砂壶 Teapot ${id}","Clay, fired twice; says ""hi""",active,kitchen-dining,Claywork ${id},"tea, clay",CSV-${id}-1,12.50,,5`;
  const bad = `csv-broken-${id},Broken ${id},,active,kitchen-dining,,,CSV-${id}-2,12$,,1`;
  return { handle, text: `${HEADER}\n${good}\n${bad}\n`, title: `紫砂壶 Teapot ${id}` };
}

async function tempCsv(text: string): Promise<string> {
  const path = join(tmpdir(), `mercato-import-${uid()}.csv`);
  await writeFile(path, text, "utf8");
  return path;
}

test.describe.configure({ timeout: 60_000 });

test("a merchant imports a CSV: progress ends, the bad row is reported, the good product is in the shop", async ({
  page,
  browser,
  backOffice,
}) => {
  await backOffice.signIn("admin", "/admin/products/import");
  const { handle, text, title } = csvFor(uid());
  await page.getByLabel("CSV file").setInputFiles(await tempCsv(text));
  await page.getByRole("button", { name: "Import" }).click();
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toHaveAttribute("value", "2", { timeout: 20_000 });
  await expect(progress).toHaveAttribute("max", "2");
  await expect(page.getByRole("status").filter({ hasText: "1 of 2 rows imported, 1 not imported" })).toBeVisible();
  const report = page.getByRole("table", { name: "Rows not imported" });
  const badRow = report.getByRole("row").filter({ hasText: "12$" });
  await expect(badRow).toContainText("3");
  await expect(badRow).toContainText(/CSV-.*-2/);
  await expect(badRow).toContainText("Write the price with a dot");
  await page.screenshot({ path: "test-results/catalog-import-report.png", fullPage: true });

  expect(await slugExists("products", `csv-broken-${handle.slice("csv-teapot-".length)}`)).toBe(false);
  const sku = `CSV-${handle.slice("csv-teapot-".length)}-1`;
  expect(await stockAndLedger(sku)).toEqual({ stock: 5, ledger: 5 });

  const shopper = await browser.newPage();
  await shopper.goto(`/p/${handle}`);
  await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(shopper.getByText("$12.50").first()).toBeVisible();
  await shopper.close();
});

test("Export CSV prepares every variant on the Exports page, and its Download has a seeded SKU", async ({ page, backOffice }) => {
  const seeded = await anySeededVariant();
  await backOffice.signIn("admin", "/admin/products/import");
  const { id, name, text } = await exportAndDownload(page, "Export CSV");
  await expect(exportRow(page, id)).toContainText(`Products #${id}`);
  expect(name).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.split("\r\n")[0]).toBe(
    "handle,title,description,status,category,brand,tags,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,price,compare_at_price,stock,image_urls",
  );
  expect(text).toContain(`${seeded.slug},`);
  expect(text).toContain(`,${seeded.sku},`);
});

test("shoppers and signed-out visitors cannot import or export, and a replayed import writes nothing", async ({
  page,
  browser,
  backOffice,
}) => {
  const visitor = await browser.newPage();
  await visitor.goto("/admin/products/import");
  await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fadmin/);
  expect((await visitor.request.get("/admin/exports/1/download")).status()).toBe(404);

  const shopperPage = await browser.newPage();
  await new AccountPages(shopperPage).signIn(await createAccount(), "/account");
  expect((await shopperPage.goto("/admin/products/import"))?.status()).toBe(404);
  const exported = await shopperPage.request.get("/admin/exports/1/download");
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("sku");

  await backOffice.signIn("admin", "/admin/products/import");
  const fields = await serverFormFields(page, "/admin/products/import", "Import products");
  const { handle, text } = csvFor(uid());
  const file = { name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
  const url = new URL("/admin/products/import", page.url()).href;
  for (const request of [visitor.request, shopperPage.request]) await replayForm(request, url, fields, { file });
  expect(await slugExists("products", handle)).toBe(false);
  // The admin's own replay imports it (the no-JavaScript path): the replay was a fair one.
  await replayForm(page.request, url, fields, { file });
  expect(await slugExists("products", handle)).toBe(true);
  await visitor.close();
  await shopperPage.close();
});
