import { expect, test } from "../fixtures";
import { createAccount } from "../support/account-db";
import { createStaffAccount } from "../support/staff-db";

// Every back-office page; each checks the role itself (the layout too).
const PAGES = [
  "/admin",
  "/admin/products",
  "/admin/products/new",
  "/admin/products/import",
  "/admin/categories",
  "/admin/brands",
  "/admin/orders",
  "/admin/exports",
  "/admin/inventory",
  "/admin/customers",
  "/admin/reviews",
  "/admin/coupons",
  "/admin/coupons/new",
  "/admin/promotions",
  "/admin/promotions/new",
  "/admin/promotions/flash-sales/new",
  "/admin/questions",
  "/admin/content",
  "/admin/settings",
];

test("a signed-out visitor is sent to sign in and back to the page asked for", async ({ request }) => {
  for (const path of PAGES) {
    const res = await request.get(`${path}?from=2026-01-01`, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    const location = new URL(res.headers().location!, "http://x");
    expect(location.pathname, path).toBe("/sign-in");
    expect(location.searchParams.get("next"), path).toBe(`${path}?from=2026-01-01`);
  }
  // A file download answers 404, never a sign-in page.
  expect((await request.get("/admin/exports/1/download", { maxRedirects: 0 })).status()).toBe(404);
});

test("a shopper gets a 404 from every back-office page, and none of the back office's frame", async ({ page, accountPages }) => {
  await accountPages.signIn(await createAccount("Nosy Shopper"));
  for (const path of PAGES) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    const html = await res.text();
    expect(html, path).toMatch(/find that page|^Not found$/);
    expect(html, path).not.toContain('aria-label="Back office"');
  }
});

test("staff reach every section from the nav; a signed-out visitor who signs in lands where they were going", async ({
  page,
  backOffice,
}) => {
  const staff = await createStaffAccount("staff");
  await page.goto("/admin/orders?status=paid");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/orders\?status=paid$/);
  for (const name of [
    "Dashboard",
    "Products",
    "Orders",
    "Returns",
    "Inventory",
    "Reports",
    "Exports",
    "Customers",
    "Reviews",
    "Coupons",
    "Promotions",
    "Questions",
    "Content",
    "Settings",
  ]) {
    await backOffice.nav().getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(backOffice.nav().getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
  }
});
