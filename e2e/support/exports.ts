import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** The Exports page's row of export `id` (its number, "#12", is in the first cell). */
export function exportRow(page: Page, id: string): Locator {
  return page
    .getByRole("table", { name: "Recent exports" })
    .getByRole("row")
    .filter({ hasText: new RegExp(`#${id}(?!\\d)`) });
}

/**
 * Clicks an export button (`Export CSV`, `Export orders`…), which opens the Exports page; waits there,
 * without reloading (the page refreshes itself), for the export to be ready, then clicks its `Download`.
 * Returns the export's number and the file's name and text (its byte-order mark checked and removed).
 */
export async function exportAndDownload(page: Page, button: string): Promise<{ id: string; name: string; text: string; lines: string[] }> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/exports\?requested=\d+$/);
  const id = new URL(page.url()).searchParams.get("requested")!;
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  const row = exportRow(page, id);
  await expect(row).toContainText("Ready", { timeout: 20_000 });
  const pending: Promise<Download> = page.waitForEvent("download");
  await row.getByRole("link", { name: "Download" }).click();
  const file = await pending;
  const raw = await readFile((await file.path())!, "utf8");
  expect(raw.charCodeAt(0), "a UTF-8 byte-order mark first").toBe(0xfeff);
  const text = raw.slice(1);
  return { id, name: file.suggestedFilename(), text, lines: text.split("\r\n") };
}
