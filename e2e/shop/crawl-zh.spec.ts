import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { shopCatalogText } from "../support/shop-catalog-text";
import { untranslatedMessages } from "../support/untranslated";

/** The shopper's namespaces: every messages/en file but the back office's and the e-mails'. */
const SHOP_NAMESPACES = readdirSync(path.join(process.cwd(), "messages", "en"))
  .map((file) => file.replace(/\.json$/, ""))
  .filter((ns) => !ns.startsWith("admin") && ns !== "catalogAdmin" && !ns.startsWith("mail"));

const LIMIT = 40;
// A product no other spec buys: this one puts it in the cart.
const slug = "guaer-drip-coffee-10";

// About 60 pages: 14 s alone on an idle machine since 2026-12-06, when the message check began looking at the
// page's text before the catalog's (62 s before, and 81–158 s in fresh-clone runs, as other specs grow the
// catalog); the budget still allows for the slowest of those on a machine three times slower.
test.describe.configure({ timeout: 480_000 });

test("a crawl of the Chinese shopper pages finds no untranslated message", async ({ page }) => {
  const problems: string[] = [];
  const seen = new Set<string>();
  /** Opens `url`, checks the page is Chinese and holds no English message of the shop, and returns its /zh-CN links. */
  async function visit(url: string): Promise<string[]> {
    if (seen.has(url)) return [];
    seen.add(url);
    const response = await page.goto(url);
    if (!response || response.status() >= 400) problems.push(`${url}: HTTP ${response?.status()}`);
    if ((await page.locator("html").getAttribute("lang")) !== "zh-CN") problems.push(`${url}: <html lang> is not zh-CN`);
    // A store page's body is the merchant's content (like the catalog's names), kept as entered.
    const catalog = `${await shopCatalogText()}\n${url.startsWith("/zh-CN/pages/") ? await page.locator("main").innerText() : ""}`;
    for (const found of await untranslatedMessages(page, SHOP_NAMESPACES, { catalog })) problems.push(`${url}: ${found}`);
    const hrefs = await page.locator('a[href^="/zh-CN"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    return hrefs.map((href) => new URL(href, "http://x").pathname);
  }

  // Breadth first from the home page: same-origin Chinese links, one page per kind of deeper page (a product, a category…).
  const skip = /^\/zh-CN\/(admin|api)(\/|$)|sign-out/;
  const kinds = new Set<string>();
  const queue = ["/zh-CN"];
  while (queue.length > 0 && seen.size < LIMIT) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    for (const next of await visit(url)) {
      if (seen.has(next) || queue.includes(next) || skip.test(next)) continue;
      const parts = next.split("/").filter(Boolean); // ["zh-CN", "p", "slug"]
      if (parts.length > 2) {
        const kind = parts.slice(1, -1).join("/");
        if (kinds.has(kind)) continue;
        kinds.add(kind);
      }
      queue.push(next);
    }
  }

  // The pages no link of the home page leads to without a cart, a query or a session.
  await setStock(slug, 300);
  await page.goto(`/zh-CN/p/${slug}`);
  await page.getByRole("button", { name: "加入购物车" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /已加入购物车/ })
      .first(),
  ).toBeVisible();
  for (const url of ["/zh-CN/cart", "/zh-CN/checkout", "/zh-CN/track", "/zh-CN/search?q=tea", "/zh-CN/search?q=zzzzqqq"]) await visit(url);
  for (const url of ["/zh-CN/sign-in", "/zh-CN/sign-up", "/zh-CN/sign-in/code", "/zh-CN/forgot-password"]) await visit(url);

  // Signed in: the account pages, and an order whose history (stored in English) shows in Chinese.
  const account = await createAccount("王芳");
  const order = await createDeliveredOrder(account.id, slug);
  await testDb()`
    insert into order_events (order_id, to_status, actor, note)
    select id, s.status::order_status, s.actor::order_actor, s.note from orders,
      (values ('pending_payment', 'shopper', 'Order placed'), ('paid', 'payment', 'Paid via test'),
              ('delivered', 'system', 'Delivered: no complaint within 7 days of shipping')) as s(status, actor, note)
    where number = ${order.number}`;
  await page.goto("/zh-CN/sign-in?next=%2Faccount");
  await page.getByLabel("电子邮箱").fill(account.email);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/zh-CN/account", { timeout: 30_000 });
  for (const section of ["", "/orders", "/profile", "/addresses", "/favourites", "/points", "/reviews", "/recently-viewed"]) {
    await visit(`/zh-CN/account${section}`);
  }
  await visit(`/zh-CN/orders/${order.number}`);
  const history = page.getByRole("region", { name: "订单记录" });
  await expect(history).toContainText("订单已提交");
  await expect(history).toContainText("发货后 7 天内无异议");
  await expect(history).not.toContainText("Order placed");

  expect(seen.size).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
