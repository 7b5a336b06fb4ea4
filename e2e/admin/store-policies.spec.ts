import type { Page } from "@playwright/test";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { expect, test } from "../fixtures";

test.describe.configure({ timeout: 120_000 });

const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

type PolicyRow = {
  return_window_days: number;
  refund_shipping_on_return: boolean;
  shipping_summary: string | null;
  returns_summary: string | null;
  contact_email: string | null;
  contact_phone: string | null;
};

async function policyRow(): Promise<PolicyRow | null> {
  const [row] = await testDb()<PolicyRow[]>`
    select return_window_days, refund_shipping_on_return, shipping_summary, returns_summary, contact_email, contact_phone
    from store_settings where id = 1`;
  return row ?? null;
}

async function returnsPageRow() {
  const [row] = await testDb()<{ title: string; body: string }[]>`select title, body from store_pages where slug = 'returns'`;
  return row ?? null;
}

/** Fills the policies form with `row` (the column defaults when there was none) and saves it. */
async function savePolicies(page: Page, row: PolicyRow | null) {
  await page.goto("/admin/settings/policies");
  await page.getByLabel("Return window (days)").fill(String(row?.return_window_days ?? 30));
  await page.getByLabel("Refund shipping on returns").setChecked(row?.refund_shipping_on_return ?? false);
  await page.getByLabel("Shipping summary").fill(row?.shipping_summary ?? "");
  await page.getByLabel("Returns summary").fill(row?.returns_summary ?? "");
  await page.getByLabel("Contact e-mail").fill(row?.contact_email ?? "");
  await page.getByLabel("Contact phone").fill(row?.contact_phone ?? "");
  await page.getByRole("button", { name: "Save policies" }).click();
  await expect(status(page, "Policies saved.")).toBeVisible();
}

async function saveReturnsPage(page: Page, title: string, body: string) {
  await page.goto("/admin/content/pages/returns");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/content\/pages\?saved=returns/);
}

test("the merchant edits the Returns page and the return window; the shopper reads them on the page, product pages and the footer", async ({
  page,
  backOffice,
}) => {
  const tag = Date.now().toString(36);
  const product = await createTestProduct(`Policy kettle ${tag}`);
  const [beforePolicies, beforePage] = await Promise.all([policyRow(), returnsPageRow()]);
  // The product page is cached HTML from its first visit: the change below must reach it all the same.
  await page.goto(`/p/${product.slug}`);
  const notes = page.getByRole("region", { name: "Shipping & returns" });
  await expect(notes.getByText(`Return items within ${beforePolicies?.return_window_days ?? 30} days of delivery`)).toBeVisible();
  await backOffice.signIn("admin", "/admin/settings");
  await page.getByRole("link", { name: "Edit policies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Policies" })).toBeVisible();

  // Refused input is explained and nothing is saved.
  await page.getByLabel("Return window (days)").fill("0");
  await page.getByLabel("Contact e-mail").fill("not an address");
  await page.getByRole("button", { name: "Save policies" }).click();
  await expect(page.getByText("Enter whole days from 1 to 365.")).toBeVisible();
  await expect(page.getByText("Enter an e-mail address such as help@example.com")).toBeVisible();
  expect(await policyRow()).toEqual(beforePolicies);
  expect(await seriousA11yViolations(page)).toEqual([]);

  const email = `help-${tag}@shop.example`;
  try {
    await savePolicies(page, {
      return_window_days: 9,
      refund_shipping_on_return: true,
      shipping_summary: null,
      returns_summary: null,
      contact_email: email,
      contact_phone: "+1 555 0100",
    });

    // The Returns page: a Markdown text with a placeholder, and things that must stay inert.
    await page.goto("/admin/content");
    await page.getByRole("navigation", { name: "Content sections" }).getByRole("link", { name: "Pages" }).click();
    await page.getByRole("link", { name: /^Edit Returns/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Edit page: / })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const body = [
      `## Sent back within {{returnWindowDays}} days`,
      ``,
      `Keep the box, token ${tag}. Ask us:`,
      ``,
      `{{contact}}`,
      ``,
      `<script>document.title = "owned"</script>`,
      ``,
      `See [the contact page](/pages/contact), not [a bad link](javascript:alert(1)).`,
    ].join("\n");
    await page.getByLabel("Title", { exact: true }).fill(`Returns and refunds ${tag}`);
    await page.getByLabel("Body", { exact: true }).fill(body);
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("heading", { name: "Sent back within 9 days" })).toBeVisible();
    await expect(preview.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
    await expect(preview.getByRole("link", { name: "a bad link" })).toHaveCount(0);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(status(page, "page saved.")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`Returns and refunds ${tag}`) }).getByText(/^Edited /)).toBeVisible();

    // The shopper's side.
    await page.goto("/pages/returns");
    await expect(page.getByRole("heading", { level: 1, name: `Returns and refunds ${tag}` })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Sent back within 9 days" })).toBeVisible();
    await expect(main.getByText(`token ${tag}`)).toBeVisible();
    await expect(main.getByText('<script>document.title = "owned"</script>')).toBeVisible();
    await expect(main.getByText("a bad link")).toBeVisible();
    await expect(main.getByRole("link", { name: "a bad link" })).toHaveCount(0);
    await expect(main.getByRole("link", { name: "the contact page" })).toHaveAttribute("href", "/pages/contact");
    await expect(page).not.toHaveTitle(/owned/);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByText("Returns within 9 days of delivery")).toBeVisible();
    await expect(footer.getByRole("link", { name: email })).toBeVisible();

    await page.goto(`/p/${product.slug}`);
    await expect(
      notes.getByText("Return items within 9 days of delivery for a refund of what you paid for them, shipping included."),
    ).toBeVisible();
    await expect(page.getByRole("contentinfo").getByText("Returns within 9 days of delivery")).toBeVisible();
    await notes.getByRole("link", { name: "How returns work" }).click();
    await expect(page).toHaveURL(/\/pages\/returns$/);
  } finally {
    if (beforePage) await saveReturnsPage(page, beforePage.title, beforePage.body);
    await savePolicies(page, beforePolicies);
  }
  expect(await policyRow()).toEqual(
    beforePolicies ?? {
      return_window_days: 30,
      refund_shipping_on_return: false,
      shipping_summary: null,
      returns_summary: null,
      contact_email: null,
      contact_phone: null,
    },
  );
  if (beforePage) expect(await returnsPageRow()).toEqual(beforePage);
});

test("staff edit store pages but not the policy settings", async ({ page, backOffice }) => {
  await backOffice.signIn("staff", "/admin/settings/policies");
  await expect(page.getByRole("alert").filter({ hasText: "Only an admin can view or change the store settings" })).toBeVisible();
  await page.goto("/admin/content/pages/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Edit page: Privacy" })).toBeVisible();
  await page.getByLabel("Body", { exact: true }).fill("");
  await page.getByLabel("Title", { exact: true }).fill("Privacy");
  await page.getByRole("button", { name: "Preview" }).click();
  // An empty body previews (and saves as) the default text, worded from the settings.
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "What we use it for" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Enter a title, e.g. Returns.")).toBeVisible();
});
