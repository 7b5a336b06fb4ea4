import { createAccount, createDeliveredOrder } from "../support/account-db";
import { testDb } from "../support/db";
import { expect, test } from "../fixtures";

/** A product nobody has reviewed yet, so its average and count are this test's alone. */
async function unreviewedProduct(): Promise<{ slug: string; title: string }> {
  const [row] = await testDb()`
    select slug, title from products p
    where status = 'active' and not exists (select 1 from reviews r where r.product_id = p.id)
    order by random() limit 1`;
  return row as { slug: string; title: string };
}

const hostile = `<script>window.__reviewXss = 1</script> Sturdy and <b>warm</b> & exactly as pictured.`;

test("a shopper reviews a delivered item once; the product page shows it as text with the average and count", async ({
  page,
  context,
  accountPages,
}) => {
  const product = await unreviewedProduct();
  const account = await createAccount("Robin Reviewer");
  const order = await createDeliveredOrder(account.id, product.slug);
  const formUrl = `/orders/${order.number}/review/${order.lineId}`;
  await accountPages.signIn(account, `/orders/${order.number}`);
  await page.getByRole("link", { name: /Write a review/ }).click();
  await expect(page).toHaveURL(new RegExp(`${formUrl}$`));
  // A second tab with the same form open, to submit it again afterwards.
  const second = await context.newPage();
  await second.goto(formUrl);

  await expect(page.getByRole("heading", { level: 1, name: "Write a review" })).toBeVisible();
  await expect(page.getByText(product.title)).toBeVisible();
  // Nothing chosen and too little text: refused, nothing saved.
  await page.getByLabel("Review").fill("Too short");
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "correct the highlighted fields" })).toBeVisible();
  await expect(page.getByText("Choose a rating from 1 to 5 stars.")).toBeVisible();
  await expect(page.getByLabel("Review")).toHaveValue("Too short");

  const rating = page.getByRole("group", { name: "Rating" });
  await rating.getByRole("radio", { name: "4 stars" }).check({ force: true });
  await page.getByLabel("Review").fill(hostile);
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your review is published." })).toBeVisible();

  await page.getByRole("link", { name: `See ${product.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
  const reviews = page.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByText("4 out of 5", { exact: true })).toBeVisible();
  await expect(reviews.getByText("Based on 1 review", { exact: true })).toBeVisible();
  const mine = reviews.getByRole("article", { name: "Review by Robin Reviewer" });
  await expect(mine.getByText(hostile)).toBeVisible();
  await expect(mine.getByText("4 out of 5 stars")).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __reviewXss?: number }).__reviewXss)).toBeUndefined();
  await expect(reviews.getByRole("list", { name: "Rating distribution" }).getByRole("listitem").first()).toHaveText(/5 stars\s*0 reviews/);

  // The form that was still open elsewhere is refused, with a reason.
  await second.getByRole("group", { name: "Rating" }).getByRole("radio", { name: "1 star", exact: true }).check({ force: true });
  await second.getByLabel("Review").fill("Changed my mind about this one.");
  await second.getByRole("button", { name: "Submit review" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "already reviewed this item" })).toBeVisible();
  // And the form itself now explains instead of offering a second review.
  await page.goto(formUrl);
  await expect(page.getByText("You have already reviewed this item.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit review" })).toHaveCount(0);
  expect((await testDb()`select count(*)::int as n from reviews where order_line_id = ${order.lineId}`)[0]!.n).toBe(1);
});

test("all reviews: anonymous authors, sort by most helpful, one helpful vote per shopper", async ({ page, accountPages }) => {
  const product = await unreviewedProduct();
  const [ann, bob, voter] = [await createAccount("Ann Early"), await createAccount("Bob Hidden"), await createAccount("Vera Voter")];
  for (const [account, rating, anonymous] of [
    [ann, 5, false],
    [bob, 4, true],
  ] as const) {
    const order = await createDeliveredOrder(account.id, product.slug);
    await testDb()`
      insert into reviews (product_id, user_id, order_line_id, rating, body, anonymous, author_name, created_at)
      select product_id, ${account.id}, id, ${rating}, ${`Rated ${rating}: does the job well.`}, ${anonymous},
        ${anonymous ? "Anonymous" : account.name}, now() - ${rating === 5 ? "2 days" : "1 day"}::interval
      from order_lines where id = ${order.lineId}`;
  }

  await accountPages.signIn(voter, `/p/${product.slug}/reviews`);
  await expect(page.getByRole("heading", { level: 1, name: `Reviews of ${product.title}` })).toBeVisible();
  await expect(page.getByText("4.5 out of 5", { exact: true })).toBeVisible();
  await expect(page.getByText("Based on 2 reviews", { exact: true })).toBeVisible();
  const list = page.getByRole("list", { name: "Reviews" });
  await expect(list.getByRole("article")).toHaveCount(2);
  await expect(list.getByRole("article").first()).toHaveAccessibleName("Review by Anonymous");
  await expect(page.getByText("Bob Hidden")).toHaveCount(0);

  const annReview = list.getByRole("article", { name: "Review by Ann Early" });
  await annReview.getByRole("button", { name: "Helpful" }).click();
  await expect(annReview.getByRole("status").filter({ hasText: "your vote was counted" })).toBeVisible();
  await expect(annReview.getByText("1 person found this helpful")).toBeVisible();
  await expect(annReview.getByRole("button", { name: "Helpful" })).toBeDisabled();

  await page.getByRole("link", { name: "Most helpful" }).click();
  await expect(page).toHaveURL(/sort=helpful/);
  await expect(list.getByRole("article").first()).toHaveAccessibleName("Review by Ann Early");
  // Voting again is not offered, and the count stayed at one.
  await expect(list.getByRole("article", { name: "Review by Ann Early" }).getByRole("button", { name: "Helpful" })).toBeDisabled();
  expect((await testDb()`select helpful_count from reviews where user_id = ${ann.id}`)[0]!.helpful_count).toBe(1);

  await page.getByRole("link", { name: `Back to ${product.title}` }).click();
  await expect(page.getByRole("region", { name: "Reviews" }).getByRole("link", { name: "See all reviews" })).toBeVisible();
});

test("nobody else can open a shopper's review form, and undelivered items cannot be reviewed", async ({ page, accountPages }) => {
  const product = await unreviewedProduct();
  const [owner, stranger] = [await createAccount(), await createAccount()];
  const order = await createDeliveredOrder(owner.id, product.slug);
  await testDb()`update orders set status = 'shipped', delivered_at = null where number = ${order.number}`;

  await accountPages.signIn(stranger, "/account");
  const response = await page.goto(`/orders/${order.number}/review/${order.lineId}`);
  expect(response?.status()).toBe(404);

  await page.context().clearCookies();
  await accountPages.signIn(owner, `/orders/${order.number}/review/${order.lineId}`);
  await expect(page.getByText("You can review this item once the order has been delivered.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit review" })).toHaveCount(0);
});
