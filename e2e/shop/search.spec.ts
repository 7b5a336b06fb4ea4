import { expect, PRODUCTS, test } from "../fixtures";

test("typing shows suggestions; the keyboard picks one and opens the product", async ({ page, header }) => {
  const target = PRODUCTS.find((p) => p.title.includes("Wireless"))!;
  await page.goto("/");
  await header.search.click();
  await header.search.pressSequentially(target.title.slice(0, 12), { delay: 30 });
  await expect(header.suggestions.getByRole("option").first()).toBeVisible();
  await expect(header.search).toHaveAttribute("aria-expanded", "true");
  const option = header.suggestions.getByRole("option", { name: new RegExp(target.title.slice(0, 12)) }).first();
  await expect(option).toBeVisible();
  // Walk down to that option with the arrow keys, then Enter.
  const options = await header.suggestions.getByRole("option").allTextContents();
  const index = options.findIndex((t) => t.includes(target.title.slice(0, 12)));
  for (let i = 0; i <= index; i++) await header.search.press("ArrowDown");
  await header.search.press("Enter");
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(target.title.slice(0, 12));
});

test("Enter searches; results are ranked and the query stays in the field", async ({ page, header, listing }) => {
  await page.goto("/");
  await header.search.fill("wireless");
  await header.search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=wireless/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “wireless”");
  await expect(header.search).toHaveValue("wireless");
  expect(await listing.count()).toBeGreaterThan(1);
  await expect(listing.cards().first().getByRole("link")).toContainText(/wireless/i);
});

test("a typo still finds the product", async ({ page, listing }) => {
  await page.goto("/search?q=wirless");
  await expect(listing.cards().first().getByRole("link")).toContainText(/wireless/i);
});

test("Chinese text is searchable and suggested", async ({ page, header, listing }) => {
  const zh = PRODUCTS.find((p) => p.title.includes("茶"))!;
  await page.goto("/search?q=" + encodeURIComponent("茶"));
  await expect(listing.results.getByRole("link", { name: zh.title })).toBeVisible();
  await header.search.fill("");
  await header.search.pressSequentially("茶", { delay: 30 });
  await expect(header.suggestions.getByRole("option").first()).toBeVisible();
});

test("no results: a helpful page with ways forward", async ({ page }) => {
  await page.goto("/search?q=zzqxv%20flurbo");
  await expect(page.getByText("No products match “zzqxv flurbo”.")).toBeVisible();
  await expect(page.getByText(/Check the spelling/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Popular right now" })).toBeVisible();
});

test("hostile search input is shown as text and answered normally", async ({ page }) => {
  const res = await page.goto("/search?q=" + encodeURIComponent(`<script>alert(1)</script>' OR 1=1 --`) + "&page=999999");
  expect(res!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
  const long = await page.goto("/search?q=" + "a".repeat(10_000));
  expect(long!.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "limited to 100 characters" })).toBeVisible();
});

test("the suggestions API and the health check answer JSON", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  const res = await request.get("/api/search/suggest?q=lin");
  const body = await res.json();
  expect(body.suggestions.length).toBeGreaterThan(0);
  expect((await (await request.get("/api/search/suggest?q=" + "%25".repeat(3000))).json()).suggestions).toBeInstanceOf(Array);
});

test("what a shopper types before the page's JavaScript runs stays in the field, and typing on is suggested", async ({ page, header }) => {
  // Hold the page's scripts until the shopper has typed, as on a slow phone.
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await header.search.click();
  await header.search.pressSequentially("wireless", { delay: 20 });
  release();
  await page.waitForLoadState("load");
  // Hydrated: the field still holds the text and the focus, and suggests what was typed without another keystroke.
  await expect(header.suggestions.getByRole("option").first()).toBeVisible();
  await expect(header.search).toHaveValue("wireless");
  // The next keystroke suggests too.
  await expect(async () => {
    await expect(header.search).toBeFocused();
    await header.search.press("End");
    await header.search.press("Space");
    await expect(header.suggestions.getByRole("option").first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(header.search).toHaveValue(/^wireless +$/);
  await header.search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=wireless/);
});
