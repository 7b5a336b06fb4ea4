import type { Browser } from "@playwright/test";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { formFields, replayForm } from "../support/replay-form";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { BackOffice } from "../pages/admin";

test.describe.configure({ timeout: 90_000 });

/** A product nobody has reviewed, with one review written straight to the database (as e2e/shop/reviews.spec.ts does). */
async function seededReview(author: string, body: string): Promise<{ id: number; slug: string; title: string }> {
  const [product] = await testDb()`
    select slug, title from products p
    where status = 'active' and not exists (select 1 from reviews r where r.product_id = p.id)
    order by random() limit 1`;
  const account = await createAccount(author);
  const order = await createDeliveredOrder(account.id, product!.slug as string);
  const [review] = await testDb()`
    insert into reviews (product_id, user_id, order_line_id, rating, body, anonymous, author_name)
    select product_id, ${account.id}, id, 2, ${body}, false, ${author} from order_lines where id = ${order.lineId}
    returning id`;
  return { id: review!.id as number, slug: product!.slug as string, title: product!.title as string };
}

async function reviewRow(id: number) {
  const [row] = await testDb()`select status, merchant_reply from reviews where id = ${id}`;
  return row as { status: string; merchant_reply: string | null };
}

test("a merchant replies to a review and hides it; the product page follows", async ({ page, backOffice }) => {
  const tag = Date.now().toString(36);
  const body = `Arrived late and the <i>box</i> was crushed ${tag}.`;
  const review = await seededReview("Casey Critic", body);
  await backOffice.signIn("staff", "/admin/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search" }).fill(tag);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  const item = page.getByRole("article", { name: `Review by Casey Critic of ${review.title}` });
  await expect(item.getByText(body)).toBeVisible();
  await expect(item.getByRole("link", { name: review.title })).toHaveAttribute("href", `/p/${review.slug}`);

  // Reply: an empty reply is refused, then the reply is saved and shown publicly.
  await item.getByText("Write a reply").click();
  await item.getByRole("button", { name: "Save reply" }).click();
  await expect(item.getByText("Write the reply, or use Remove reply")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const reply = `Sorry ${tag}: a replacement is on its way.`;
  await item.getByLabel("Reply", { exact: true }).fill(reply);
  await item.getByRole("button", { name: "Save reply" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Reply saved" })).toBeVisible();
  expect((await reviewRow(review.id)).merchant_reply).toBe(reply);

  await page.goto(`/p/${review.slug}`);
  const reviews = page.getByRole("region", { name: "Reviews" });
  const shown = reviews.getByRole("article", { name: "Review by Casey Critic" });
  await expect(shown.getByText(body)).toBeVisible();
  await expect(shown.getByRole("region", { name: "Reply from the store" }).getByText(reply)).toBeVisible();
  await expect(reviews.getByText("Based on 1 review", { exact: true })).toBeVisible();
  await page.goto(`/p/${review.slug}/reviews`);
  await expect(page.getByRole("region", { name: "Reply from the store" }).getByText(reply)).toBeVisible();

  // Hide: gone from the product page, its average and count.
  await page.goto(`/admin/reviews?q=${tag}`);
  await item.getByRole("button", { name: "Hide review" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Review hidden" })).toBeVisible();
  await expect(item.getByRole("button", { name: "Show review" })).toBeVisible();
  expect((await reviewRow(review.id)).status).toBe("hidden");
  await page.goto(`/admin/reviews?q=${tag}&status=published`);
  await expect(page.getByText("No reviews match these filters.")).toBeVisible();

  await page.goto(`/p/${review.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: review.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviews" }).getByRole("article")).toHaveCount(0);
  await expect(page.getByText(body)).toHaveCount(0);
  await page.goto(`/p/${review.slug}/reviews`);
  await expect(page.getByText(body)).toHaveCount(0);
});

async function moderationForms(browser: Browser, review: { id: number; title: string }, tag: string) {
  const admin = await browser.newPage();
  await new BackOffice(admin).signIn("admin", `/admin/reviews`);
  await admin.goto(`/admin/reviews?q=${tag}`);
  const item = admin.getByRole("article", { name: `Review by Dana Doubt of ${review.title}` });
  const hide = await formFields(item.locator("form").filter({ has: admin.getByRole("button", { name: "Hide review" }) }));
  await item.getByText("Write a reply").click();
  const reply = await formFields(item.locator("form").filter({ has: admin.getByRole("button", { name: "Save reply" }) }));
  return { hide, reply, url: admin.url(), admin };
}

test("shoppers and signed-out visitors cannot open the moderation page or replay its actions", async ({ browser, page, baseURL }) => {
  const tag = `acc${Date.now().toString(36)}`;
  const review = await seededReview("Dana Doubt", `Not sure about this one ${tag}.`);
  const forms = await moderationForms(browser, review, tag);

  // Signed out: sent to sign in; a replayed post changes nothing.
  await page.goto("/admin/reviews");
  // (The back-office layout sends them to sign in and back to the dashboard.)
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
  const anonymous = await browser.newContext({ baseURL });
  await replayForm(anonymous.request, forms.url, forms.hide);
  await replayForm(anonymous.request, forms.url, forms.reply, { reply: "Hacked by nobody" });
  await anonymous.close();

  // A shopper: the back office is not there for them; their replays change nothing either.
  const shopper = await createAccount("Sam Shopper");
  const shopperContext = await browser.newContext({ baseURL });
  const shopperPage = await shopperContext.newPage();
  await new AccountPages(shopperPage).signIn(shopper, "/account");
  const response = await shopperPage.goto("/admin/reviews");
  expect(response?.status()).toBe(404);
  await expect(shopperPage.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
  await replayForm(shopperContext.request, forms.url, forms.hide);
  await replayForm(shopperContext.request, forms.url, forms.reply, { reply: "Hacked by a shopper" });
  await shopperContext.close();

  expect(await reviewRow(review.id)).toEqual({ status: "published", merchant_reply: null });
  // The same replay from the admin's own session does work: the refusals above were the access check.
  await replayForm(forms.admin.context().request, forms.url, forms.hide);
  expect((await reviewRow(review.id)).status).toBe("hidden");
  await forms.admin.close();
});
