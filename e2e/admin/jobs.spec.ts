import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { exportRow } from "../support/exports";
import { createFailedExportJob, createFailedMailJob, mailStatus } from "../support/queue-db";

test("staff see a dead-lettered e-mail on Failed jobs and retry it: the worker sends it and the list lets it go", async ({ page }) => {
  const to = `failed-${crypto.randomUUID()}@example.com`;
  const id = await createFailedMailJob(to, "421 mail server busy, try again later");
  await new BackOffice(page).signIn("staff", "/admin/alerts");
  await page.getByRole("link", { name: "Failed jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Failed jobs" })).toBeVisible();

  // Other specs may leave failed jobs too: this test looks only at its own row.
  const row = page.getByRole("table", { name: "Failed jobs" }).getByRole("row").filter({ hasText: to });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("send-mail");
  await expect(row).toContainText(`E-mail order-shipped to ${to}`);
  await expect(row).toContainText("421 mail server busy, try again later");
  await expect(row.getByRole("cell").nth(2)).toHaveText("3");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await row.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The job will run again in a moment." })).toBeVisible();
  await expect(row).toHaveCount(0);
  // No SMTP_URL on the test server: the worker delivers to the outbox ("logged").
  await expect.poll(() => mailStatus(id), { timeout: 15_000 }).toBe("logged");
});

test("an export that failed every attempt says why on Exports, waits on Failed jobs by its name, and is ready once retried", async ({
  page,
}) => {
  // The retried export waits its turn in the fleet's one export queue (other specs export too) on a loaded machine.
  test.setTimeout(90_000);
  const id = await createFailedExportJob(`canceling statement due to statement timeout ${crypto.randomUUID()}`);
  await new BackOffice(page).signIn("staff", "/admin/exports");
  const exported = exportRow(page, String(id));
  await expect(exported).toContainText("Failed");
  await expect(exported).toContainText("canceling statement due to statement timeout");
  await expect(exported.getByRole("link", { name: "Download" })).toHaveCount(0);

  await page.goto("/admin/jobs");
  const row = page
    .getByRole("table", { name: "Failed jobs" })
    .getByRole("row")
    .filter({ hasText: `CSV export Stock levels #${id}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("export-csv");
  await row.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The job will run again in a moment." })).toBeVisible();
  await expect(row).toHaveCount(0);

  // The worker writes it; the Exports page shows it ready without a reload.
  await page.goto("/admin/exports");
  await expect(exported).toContainText("Ready", { timeout: 45_000 });
  await expect(exported.getByRole("link", { name: "Download" })).toBeVisible();
});
