import { createAccount } from "../support/account-db";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { latestOrderFor } from "../support/order-db";
import { expect, PRODUCTS, test } from "../fixtures";
import { fillChinaAddress } from "../pages/china-address";

const product = PRODUCTS.find((p) => p.slug === "organic-jasmine-pearls")!;
const shenzhen = {
  fullName: "张三",
  province: "广东省",
  city: "深圳市",
  district: "南山区",
  line1: "科技园路 1 号",
  mobile: "138 0013 8000",
};
const printed = "广东省 深圳市 南山区 科技园路 1 号";

test.describe.configure({ timeout: 90_000 });

test("a guest checks out with a Chinese address chosen from the lists and sees it on the order", async ({ page, checkout }) => {
  await setStock(product.slug, 500);
  await checkout.addToCart(product.slug);
  await page.goto("/checkout");
  const email = `${Date.now()}-china@example.com`;
  await page.getByLabel("Email").fill(email);

  // A wrong mobile number is named; the lists keep their choice.
  await fillChinaAddress(page, { ...shenzhen, mobile: "12345" });
  await expect(page.getByLabel("Postal code", { exact: true })).not.toHaveAttribute("required");
  await page.getByRole("radio", { name: "Standard" }).check();
  await checkout.placeOrder.click();
  await expect(page.getByText("Enter a mainland China mobile number")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("440305");

  await page.getByLabel("Mobile number", { exact: true }).fill(shenzhen.mobile);
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\//, { timeout: 30_000 });

  const order = (await latestOrderFor(email))!;
  const [row] =
    await testDb()`select ship_province, ship_city, ship_district, ship_region_code, ship_phone from orders where id = ${order.id}`;
  expect(row).toEqual({
    ship_province: "广东省",
    ship_city: "深圳市",
    ship_district: "南山区",
    ship_region_code: "440305",
    ship_phone: "13800138000",
  });
  await page.goto(`/orders/${order.number}`);
  await expect(page.getByText(printed)).toBeVisible();
  await expect(page.getByText("13800138000")).toBeVisible();
});

test("the address book keeps a Chinese address and the form follows the country", async ({ page, accountPages }) => {
  const account = await createAccount("Zhang San");
  await accountPages.signIn(account);
  await page.goto("/account/addresses/new");
  // Other countries keep today's fields.
  await expect(page.getByRole("textbox", { name: "City", exact: true })).toBeVisible();
  await expect(page.getByLabel("Province", { exact: true })).toHaveCount(0);

  await fillChinaAddress(page, shenzhen);
  await page.getByRole("button", { name: "Save address" }).click();
  const card = page.getByRole("article", { name: /张三/ });
  await expect(card.getByText(printed)).toBeVisible({ timeout: 30_000 });

  // Editing refills the lists from the saved region.
  await card.getByRole("link", { name: /Edit/ }).click();
  await expect(page.getByLabel("Province", { exact: true })).toHaveValue("44");
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("4403");
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("440305");
  await page.getByLabel("District", { exact: true }).selectOption({ label: "福田区" });
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(card.getByText("广东省 深圳市 福田区 科技园路 1 号")).toBeVisible({ timeout: 30_000 });
});
