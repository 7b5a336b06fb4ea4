import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { untranslatedMessages } from "../support/untranslated";

// Each test walks several pages with axe on each: more than the default budget on a slow machine.
test.describe.configure({ timeout: 150_000 });

const NAMESPACES = ["adminDashboard", "adminSettings", "adminReports", "adminExports"];

/** A back-office page in Chinese: its language, its heading, no serious axe violation and none of our English messages. */
async function readsInChinese(page: Page, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await untranslatedMessages(page, NAMESPACES)).toEqual([]);
}

test("staff read the dashboard and the reports in Chinese; the settings tell them they are for admins", async ({ page }) => {
  await new BackOffice(page).signIn("staff", "/zh-CN/admin");
  await expect(page).toHaveURL(/\/zh-CN\/admin$/);
  await readsInChinese(page, "概览");
  for (const name of ["收入", "订单", "平均订单金额", "退款", "转化", "热销商品", "最新订单"]) {
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "收入", exact: true })).toContainText(/前 30 天/);
  await expect(page.getByRole("img", { name: /^销售图表，每日收入/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "最近 30 天" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: "最近 7 天" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\?range=7$/);
  await expect(page.getByRole("region", { name: "收入", exact: true })).toContainText("前 7 天");
  // A custom range posts to the Chinese page; an impossible one is refused in Chinese.
  await page.getByLabel("开始", { exact: true }).fill("2026-03-10");
  await page.getByLabel("结束", { exact: true }).fill("2026-03-01");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\?from=2026-03-10&to=2026-03-01$/);
  await expect(page.getByRole("alert").filter({ hasText: "开始日期不能晚于结束日期" })).toBeVisible();

  await page.goto("/zh-CN/admin/reports");
  await readsInChinese(page, "报表");
  for (const name of ["订单", "退款", "支付", "库存流水", "每日数据", "库存水平"]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  // An export asked for in Chinese: the Exports page reads in Chinese, and the export becomes ready there without a reload.
  await page.getByRole("button", { name: "导出订单", exact: true }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\/exports\?requested=\d+$/);
  const id = new URL(page.url()).searchParams.get("requested");
  // Queued, or already ready when the worker was quick; the notice follows the export.
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`导出 #${id} (已排队|已准备好)`) })).toBeVisible();
  const row = page
    .getByRole("table", { name: "最近的导出" })
    .getByRole("row")
    .filter({ hasText: new RegExp(`#${id}(?!\\d)`) });
  await expect(row).toContainText("已就绪", { timeout: 20_000 });
  await expect(row).toContainText(/订单 #\d+.*至/);
  await expect(row.getByRole("link", { name: "下载" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `导出 #${id} 已准备好，请在下方下载。` })).toBeVisible();
  await readsInChinese(page, "导出");

  await page.goto("/zh-CN/admin/settings");
  await expect(page.getByRole("alert").filter({ hasText: "只有管理员可以查看或更改店铺设置和运费" })).toBeVisible();
  await readsInChinese(page, "设置");
});

test("an admin works the settings in Chinese: every settings page, a refused and a saved shipping rate", async ({ page }) => {
  await new BackOffice(page).signIn("admin", "/zh-CN/admin/settings");
  await readsInChinese(page, "设置");
  for (const name of ["店铺", "运费", "店铺政策", "会员等级和积分", "发票", "后台任务"]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("combobox", { name: "默认语言" })).toBeVisible();
  await expect(page.getByRole("button", { name: "保存设置" })).toBeVisible();

  for (const [link, heading] of [
    ["编辑店铺政策", "店铺政策"],
    ["编辑会员等级和积分", "会员等级和积分"],
    ["编辑发票设置", "发票"],
  ] as const) {
    await page.goto("/zh-CN/admin/settings");
    await page.getByRole("link", { name: link }).click();
    await readsInChinese(page, heading);
  }

  // A new shipping rate, offered nowhere (other specs' checkouts do not see it): first refused, then saved.
  await page.goto("/zh-CN/admin/settings");
  await page.getByRole("link", { name: "新建运费" }).click();
  await readsInChinese(page, "新建运费");
  const code = `zh-${Date.now().toString(36)}`;
  await page.getByLabel("代码").fill(code);
  await page.getByLabel(/^价格/).fill("12");
  await page.getByRole("checkbox", { name: "在结账时提供" }).uncheck();
  await page.getByRole("button", { name: "保存运费" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请更正标出的字段。" })).toBeVisible();
  await expect(page.getByText("请输入名称，如“标准配送”。")).toBeVisible();
  await page.getByLabel("名称").fill("次日达（测试）");
  await page.getByRole("button", { name: "保存运费" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\/settings\?saved=shipping$/);
  await expect(page.getByRole("status").filter({ hasText: "运费已保存。" })).toBeVisible();
  const rates = page.getByRole("table", { name: "运费" });
  await expect(rates.getByRole("row").filter({ hasText: code })).toContainText("已停用");
  await expect(rates.getByRole("row").filter({ hasText: code })).toContainText("1–3 个工作日");
  const [row] = await testDb()<{ name: string; active: boolean }[]>`select name, active from shipping_methods where code = ${code}`;
  expect(row).toEqual({ name: "次日达（测试）", active: false });
  await readsInChinese(page, "设置");
});
