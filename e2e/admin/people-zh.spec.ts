import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { createFailedMailJob } from "../support/queue-db";
import { untranslatedMessages } from "../support/untranslated";

test.describe.configure({ timeout: 120_000 });

const NAMESPACES = ["adminCustomers", "adminReviews", "adminQuestions", "adminReturns", "adminJobs"];

/** What shoppers and other specs wrote (names, titles, reviews, questions): it stays as entered, so it is not taken for an untranslated message. */
async function enteredText(): Promise<string> {
  const [row] = await testDb()`
    select (select string_agg(title, ' ') from products) as products,
           (select string_agg(coalesce(name, '') || ' ' || email, ' ') from users) as users,
           (select string_agg(body || ' ' || author_name || ' ' || coalesce(merchant_reply, ''), ' ') from reviews) as reviews,
           (select string_agg(question || ' ' || asker_name || ' ' || coalesce(answer, ''), ' ') from product_questions) as questions`;
  return JSON.stringify(row);
}

async function expectTranslated(page: Page, { extra = "", ignore = [] as string[] } = {}) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  // "none": the header's alert bell ("Alerts, none unread") is another area's text, not adminCustomers' "Tier: none".
  const catalog = `${await enteredText()} ${extra}`;
  expect(await untranslatedMessages(page, NAMESPACES, { catalog, ignore: ["none", ...ignore] })).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

test("staff work customers, reviews, questions, returns and failed jobs in Chinese; hiding a review reaches the database", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const [product] = await testDb()`
    select slug from products p
    where status = 'active' and not exists (select 1 from reviews r where r.product_id = p.id)
    order by random() limit 1`;
  const author = await createAccount("Lin Wei");
  const order = await createDeliveredOrder(author.id, product!.slug as string);
  const body = `Tea arrived cold ${tag}.`;
  const [review] = await testDb()`
    insert into reviews (product_id, user_id, order_line_id, rating, body, anonymous, author_name)
    select product_id, ${author.id}, id, 3, ${body}, false, ${author.name} from order_lines where id = ${order.lineId}
    returning id`;
  const to = `failed-zh-${crypto.randomUUID()}@example.com`;
  await createFailedMailJob(to, "421 mail server busy");

  // Reviews: find it, hide it; the answer and the badge are Chinese, the database says hidden.
  await new BackOffice(page).signIn("staff", "/zh-CN/admin/reviews");
  await expect(page).toHaveURL(/\/zh-CN\/admin\/reviews/);
  await expect(page.getByRole("heading", { level: 1, name: "评价" })).toBeVisible();
  await expect(page).toHaveTitle(/评价/);
  await page.getByRole("searchbox", { name: "搜索" }).fill(tag);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByText("1 条评价")).toBeVisible();
  const item = page.getByRole("article", { name: new RegExp(`^${author.name} 对 .+ 的评价$`) });
  await expect(item.getByText(body)).toBeVisible();
  await expect(item.getByText("已发布")).toBeVisible();
  await expectTranslated(page);
  await item.getByRole("button", { name: "隐藏评价" }).click();
  await expect(item.getByRole("status").filter({ hasText: "评价已从店铺中隐藏。" })).toBeVisible();
  await expect.poll(async () => (await testDb()`select status from reviews where id = ${review!.id}`)[0]?.status).toBe("hidden");
  await page.reload();
  await expect(item.getByText("已隐藏")).toBeVisible();
  await expect(item.getByRole("button", { name: "显示评价" })).toBeVisible();

  // Customers: the list, then the review's author.
  await page.goto(`/zh-CN/admin/customers?q=${encodeURIComponent(author.email)}`);
  await expect(page.getByRole("heading", { level: 1, name: "客户" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "累计消费" })).toBeVisible();
  await expectTranslated(page);
  await page.getByRole("link", { name: author.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: author.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "积分记录" })).toBeVisible();
  await expect(page.getByText("只有管理员可以更改角色。")).toBeVisible();
  await expect(page.getByRole("button", { name: "应用调整" })).toBeVisible();
  // The order history is the shared account table (components/account/order-table.tsx), still English: "Order", "Status".
  await expectTranslated(page, { ignore: ["Order", "Status"] });

  // Questions, returns, failed jobs.
  await page.goto("/zh-CN/admin/questions");
  await expect(page.getByRole("heading", { level: 1, name: "提问" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "提问筛选" }).getByRole("link", { name: "待回答" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectTranslated(page);

  await page.goto("/zh-CN/admin/returns");
  await expect(page.getByRole("heading", { level: 1, name: "退货" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "退货状态" }).getByRole("link", { name: /^全部（\d+）$/ })).toBeVisible();
  await expectTranslated(page);

  await page.goto("/zh-CN/admin/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "失败的任务" })).toBeVisible();
  const row = page.getByRole("table", { name: "失败的任务" }).getByRole("row").filter({ hasText: to });
  await expect(row.getByRole("button", { name: "重试" })).toBeVisible();
  const jobText = (await page.locator("tbody tr td:nth-child(-n+2)").allInnerTexts()).join(" ");
  await expectTranslated(page, { extra: jobText });
});
