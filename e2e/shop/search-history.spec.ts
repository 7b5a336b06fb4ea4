import type { Page } from "@playwright/test";
import { createAccount } from "../support/account-db";
import { BackOffice } from "../pages/admin";
import { testDb } from "../support/db";
import { expect, test } from "../fixtures";
import { Header } from "../pages/header";

/** Opens a search's results page and waits until the page has told the server it was shown. */
async function searchFor(page: Page, q: string) {
  const seen = page.waitForResponse((r) => r.url().endsWith("/api/search/seen") && r.request().method() === "POST");
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  expect((await seen).status()).toBe(204);
}

/** Empties and focuses the header's search box, so it shows recent and popular searches. */
async function focusEmpty(header: Header) {
  await header.search.fill("");
  await header.search.blur();
  await header.search.focus();
}

test("a signed-in shopper sees their recent searches in the empty box, removes one and clears them all", async ({
  page,
  header,
  accountPages,
}) => {
  const account = await createAccount("Sam Searcher");
  await accountPages.signIn(account);
  await searchFor(page, "wireless");
  await searchFor(page, "Ceramic  MUG");

  await focusEmpty(header);
  await expect(header.search).toHaveAttribute("aria-expanded", "true");
  const recent = header.suggestions.getByRole("option");
  await expect(recent.nth(0)).toHaveText("ceramic mug"); // newest first, stored normalised
  await expect(recent.nth(1)).toHaveText("wireless");

  await header.suggestions.getByRole("button", { name: "Remove ceramic mug from history" }).click();
  await expect(header.suggestions.getByRole("option", { name: "ceramic mug" })).toHaveCount(0);
  await expect(header.suggestions.getByRole("option", { name: "wireless" })).toBeVisible();
  // Gone on the server too: another page asks again (not a reload of the results page, which would be that search again).
  await page.goto("/");
  await focusEmpty(header);
  await expect(header.suggestions.getByRole("option", { name: "wireless" })).toBeVisible();
  await expect(header.suggestions.getByRole("option", { name: "ceramic mug" })).toHaveCount(0);

  // Choosing a recent search searches it again (and the results page records it again).
  const seen = page.waitForResponse((r) => r.url().endsWith("/api/search/seen") && r.request().method() === "POST");
  await header.suggestions.getByRole("option", { name: "wireless" }).click();
  await expect(page).toHaveURL(/\/search\?q=wireless/);
  await seen;

  await focusEmpty(header);
  await header.suggestions.getByRole("button", { name: "Clear search history" }).click();
  await expect(header.suggestions.getByRole("option", { name: "wireless" })).toHaveCount(0);
  await page.goto("/");
  await focusEmpty(header);
  await expect(header.suggestions.getByRole("button", { name: "Clear search history" })).toHaveCount(0);
});

test("a visitor sees the week's popular searches in the empty box, and no one's history", async ({ browser }) => {
  const word = `quokka${Date.now().toString(36)}`;
  await testDb()`insert into search_counts (day, query, count) values (current_date, ${word}, 1000000)`;
  // Popular searches are cached for CATALOG_CACHE_SECONDS: refresh them as a merchant's tool would, rather than wait.
  const adminContext = await browser.newContext();
  await new BackOffice(await adminContext.newPage()).signIn("staff");
  expect((await adminContext.request.post("/api/admin/revalidate", { data: { tags: ["popular-searches"] } })).status()).toBe(200);
  await adminContext.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  const header = new Header(page);
  await expect(async () => {
    await page.goto("/");
    await focusEmpty(header);
    await expect(header.suggestions.getByRole("option", { name: word })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(header.suggestions.getByText("Popular searches")).toBeVisible();
  await expect(header.suggestions.getByRole("button", { name: "Clear search history" })).toHaveCount(0);
  await expect(header.suggestions.getByRole("button", { name: /from history/ })).toHaveCount(0);
  await header.suggestions.getByRole("option", { name: word }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  await context.close();
});
