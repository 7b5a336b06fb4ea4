import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "../fixtures";
import { CartPage } from "../pages/cart-page";
import { type AppInstance, STANDALONE_DIR, startAppInstance } from "../support/app-instance";
import { createTestProduct } from "../support/product-db";

// The deployable artefact (the Dockerfile copies .next/standalone and nothing else), copied out of the
// project first: inside it, a file missing from the artefact would still be found in the project's own
// node_modules. Its server.js runs from the copy against the browser tests' database.
const PORT = Number(process.env.E2E_OPS_PORT_E ?? 3211);
// The data folder (stored pictures, the generated auth secret) is the tests' own, made absolute.
const dataDir = resolve(process.env.DATA_DIR ?? ".data");

test.describe.configure({ mode: "serial" });

let app: AppInstance;
let artefact: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  artefact = mkdtempSync(join(tmpdir(), "mercato-standalone-"));
  // Symlinks as they are (Next links hashed module names to node_modules), as Docker's COPY keeps them.
  cpSync(STANDALONE_DIR, artefact, { recursive: true, verbatimSymlinks: true });
  const mediaDir = resolve(process.env.MEDIA_DIR ?? join(dataDir, "media"));
  app = await startAppInstance(PORT, { DATA_DIR: dataDir, MEDIA_DIR: mediaDir }, 60_000, { standalone: artefact });
});

test.afterAll(async () => {
  await app?.stop();
  if (artefact) rmSync(artefact, { recursive: true, force: true });
});

test("the standalone server serves the shop: home, a product, add to cart, the cart, health", async ({ browser }) => {
  const product = await createTestProduct("Standalone teapot");
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();

  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);

  await page.goto("/");
  const productLinks = page.locator('main a[href^="/p/"]');
  await expect(productLinks.first()).toBeVisible();
  expect(await productLinks.count()).toBeGreaterThan(3);

  await page.goto(`/p/${product.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Standalone teapot" })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();

  await page.goto("/cart");
  const cart = new CartPage(page);
  await expect(cart.line("Standalone teapot")).toBeVisible();
  await expect(cart.line("Standalone teapot").getByRole("spinbutton", { name: "Quantity" })).toHaveValue("1");
  await context.close();
});

test("the standalone server serves its static chunks, the app icon and stored pictures", async ({ request }) => {
  const home = await (await request.get(`${app.url}/`)).text();
  const chunks = [...home.matchAll(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g)].map((m) => m[0]);
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of new Set(chunks.slice(0, 5))) {
    const res = await request.get(`${app.url}${chunk}`);
    expect(res.status(), chunk).toBe(200);
    expect(res.headers()["cache-control"]).toContain("immutable");
  }
  const icon = await request.get(`${app.url}/icon.svg`);
  expect(icon.status()).toBe(200);

  const picture = /\/media\/[^"'\s?]+\.(?:svg|webp|jpg|png)/.exec(home)?.[0];
  expect(picture, "a product picture on the home page").toBeTruthy();
  const media = await request.get(`${app.url}${picture}`);
  expect(media.status()).toBe(200);
  expect(media.headers()["content-type"]).toMatch(/^image\//);
});

test("the artefact holds what is loaded at run time outside the bundle", () => {
  for (const file of [
    "lib/cache/cache-handler.mjs",
    "lib/cache/shared-tags.mjs",
    "lib/cache/disk-lru.mjs",
    "db/migrations/meta/_journal.json",
    "node_modules/pdfkit/js/data/Helvetica.afm",
    "node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf",
    "node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf",
  ])
    expect(existsSync(join(artefact, file)), file).toBe(true);
  // Every migration the journal names, so a fresh database migrates from the artefact alone.
  const journal = JSON.parse(readFileSync(join(artefact, "db/migrations/meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  for (const { tag } of journal.entries) expect(existsSync(join(artefact, "db/migrations", `${tag}.sql`)), tag).toBe(true);
});

/**
 * Runs `body` as an ES module placed in the artefact, in a Node of its own: bare imports resolve from the
 * artefact's node_modules with the "import" conditions, as the server's external imports do (Next loads
 * sharp and pdfkit with import()). Returns what it prints.
 */
function runInArtefact(name: string, body: string): string {
  const file = join(artefact, `${name}.mjs`);
  writeFileSync(file, body);
  try {
    return execFileSync(process.execPath, [file], { cwd: artefact, encoding: "utf8", timeout: 30_000 });
  } finally {
    rmSync(file, { force: true });
  }
}

test("sharp and its native parts load from the artefact alone", () => {
  const out = runInArtefact(
    "sharp-probe",
    `import sharp from "sharp";
    const png = await sharp({ create: { width: 8, height: 4, channels: 3, background: "#c0ffee" } }).png().toBuffer();
    const webp = await sharp(png).resize(4).webp().toBuffer();
    console.log(JSON.stringify({ width: (await sharp(webp).metadata()).width, from: import.meta.resolve("sharp") }));`,
  );
  const result = JSON.parse(out) as { width: number; from: string };
  expect(result.width).toBe(4);
  expect(result.from.startsWith(pathToFileURL(artefact).href)).toBe(true);
});

test("PDFKit (with its font metrics) and the invoice font load from the artefact alone", () => {
  const out = runInArtefact(
    "pdf-probe",
    `import PDFDocument from "pdfkit";
    const doc = new PDFDocument(); // opens with Helvetica: reads its metrics from pdfkit/js/data
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on("end", resolve));
    doc.font("node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf").text("发票 Invoice MC-2026-000123");
    doc.end();
    await ended;
    const pdf = Buffer.concat(chunks);
    console.log(JSON.stringify({ head: pdf.subarray(0, 5).toString(), font: pdf.toString("latin1").includes("NotoSansHans-Bold") }));`,
  );
  expect(JSON.parse(out)).toEqual({ head: "%PDF-", font: true });
});
