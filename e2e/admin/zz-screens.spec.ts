import { signInToBackOffice } from "../pages/admin";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { testDb } from "../support/db";
import { test } from "../fixtures";

test("screens", async ({ page }) => {
  test.setTimeout(90_000);
  const [p] = await testDb()`select slug from products where status='active' order by id offset 5 limit 1`;
  for (const [name, rating, body] of [["Ann Able", 5, "Great kettle, boils fast and looks nice on the counter."], ["Ben Blunt", 1, "<b>Terrible</b> — arrived broken and support never answered."]] as const) {
    const a = await createAccount(name);
    const o = await createDeliveredOrder(a.id, p!.slug as string);
    await testDb()`insert into reviews (product_id, user_id, order_line_id, rating, body, anonymous, author_name, merchant_reply, merchant_replied_at)
      select product_id, ${a.id}, id, ${rating}, ${body}, false, ${name}, ${rating === 1 ? "Sorry! We have sent a replacement." : null}, ${rating === 1 ? new Date() : null} from order_lines where id = ${o.lineId}`;
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInToBackOffice(page, "admin", "/admin/reviews");
  await page.getByText("Write a reply").first().click();
  await page.screenshot({ path: "/tmp/rcs-reviews.png", fullPage: true });
  await page.goto("/admin/content");
  await page.screenshot({ path: "/tmp/rcs-content.png", fullPage: true });
  await page.goto("/admin/content/new");
  await page.screenshot({ path: "/tmp/rcs-content-new.png", fullPage: true });
  await page.goto("/admin/settings");
  await page.screenshot({ path: "/tmp/rcs-settings.png", fullPage: true });
  await page.goto("/admin/settings/shipping/new");
  await page.screenshot({ path: "/tmp/rcs-shipping-new.png", fullPage: true });
  await page.goto(`/p/${p!.slug}`);
  await page.getByRole("region", { name: "Reviews" }).scrollIntoViewIfNeeded();
  await page.getByRole("region", { name: "Reviews" }).screenshot({ path: "/tmp/rcs-product-reviews.png" });
});
